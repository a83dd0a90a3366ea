/**
 * "Add virtual machines" on a plan that has not started: the plan wizard's VM
 * picker over the source provider's inventory (VMs already in this plan shown
 * checked and marked, VMs in other plans named), a warning naming the networks
 * and storage of the new VMs that the plan's maps do not cover, then one JSON
 * patch appending them to `spec.vms`, guarded by the resourceVersion and
 * re-applied once on the fresh plan after a 409 (editPlan).
 */
import * as React from 'react';
import { Alert, Button, Modal, ModalBody, ModalHeader } from '@patternfly/react-core';
import { ModalActions } from '../../components/modal/ModalActions';
import type { V1beta1Map, V1beta1Plan } from '../../k8s/types';
import { HELPER_COLLECTIONS, SOURCE_COLLECTION, toSources } from '../../mappings/data/sourceResources';
import type { MappingKind } from '../../mappings/editor';
import { withQueryClient } from '../../utils/queryClient';
import { useForkliftTranslation } from '../../utils/i18n';
import { editPlan } from '../actions/api';
import { addVmsOps } from '../actions/planBuilders';
import { useActionRunner } from '../actions/useActionRunner';
import { useSourceVms } from '../wizard/useSourceVms';
import { inventoryProviderOf, providerTypeOf, useInventoryLists, useWizardData, vmsInOtherPlans } from '../wizard/useWizardData';
import type { WizardVm } from '../wizard/values';
import { VmPicker } from '../wizard/VmPicker';
import { unmappedSources } from './addVms';

interface Props {
  plan: V1beta1Plan;
  onClose: () => void;
  /** After the patch landed: how many VMs were added and whether a 409 made it re-apply. */
  onAdded: (count: number, retried: boolean) => void;
}

const mapOf = (maps: readonly V1beta1Map[], ref: { name?: string; namespace?: string } | undefined, namespace: string) =>
  ref?.name ? maps.find((m) => m.metadata?.name === ref.name && m.metadata?.namespace === (ref.namespace ?? namespace)) : undefined;

const AddVmsModalBody: React.FC<Props> = ({ plan, onClose, onAdded }) => {
  const { t } = useForkliftTranslation();
  const namespace = plan.metadata?.namespace ?? '';
  const sourceName = plan.spec?.provider?.source?.name ?? '';
  const data = useWizardData(namespace);
  const [query, setQuery] = React.useState('');
  const [vms, setVms] = React.useState<WizardVm[]>([]);
  const { run, inFlight, error } = useActionRunner();

  const sourceType = providerTypeOf(data, sourceName);
  const inventory = inventoryProviderOf(data, plan.spec?.provider?.source?.namespace ?? namespace, sourceName);
  const source = useSourceVms(inventory, vms);
  const inPlan = React.useMemo(() => new Set((plan.spec?.vms ?? []).flatMap((v) => [v.id, v.name].filter((k): k is string => !!k))), [plan.spec?.vms]);
  const otherPlans = React.useMemo(
    () => vmsInOtherPlans(data.plans.filter((p) => p.metadata?.uid !== plan.metadata?.uid), sourceName),
    [data.plans, plan.metadata?.uid, sourceName],
  );

  // Which networks and storage the VMs being added use, and which of them the plan's maps leave out.
  const collections = (kind: MappingKind) => (sourceType ? [SOURCE_COLLECTION[sourceType][kind], ...(HELPER_COLLECTIONS[sourceType]?.[kind] ?? [])] : []);
  const networkCollections = React.useMemo(() => collections('network'), [sourceType]); // eslint-disable-line react-hooks/exhaustive-deps
  const storageCollections = React.useMemo(() => collections('storage'), [sourceType]); // eslint-disable-line react-hooks/exhaustive-deps
  const networkLists = useInventoryLists(inventory, networkCollections);
  const storageLists = useInventoryLists(inventory, storageCollections);
  const selected = source.selectedObjects;
  const unmapped = React.useMemo(() => {
    if (!selected || !sourceType || vms.length === 0) return undefined;
    const of = (kind: MappingKind, names: string[], lists: typeof networkLists, map: V1beta1Map | undefined) => {
      if (lists.loading || !lists.lists[names[0]]) return undefined;
      const helpers = Object.fromEntries(names.slice(1).map((c) => [c, lists.lists[c] ?? []]));
      const used = toSources(sourceType, kind, { resources: lists.lists[names[0]] ?? [], vms: selected, helpers }).filter((s) => (s.vmCount ?? 0) > 0);
      return unmappedSources(used, map).map((s) => s.name);
    };
    return {
      network: of('network', networkCollections, networkLists, mapOf(data.networkMaps, plan.spec?.map?.network, namespace)),
      storage: of('storage', storageCollections, storageLists, mapOf(data.storageMaps, plan.spec?.map?.storage, namespace)),
    };
  }, [selected, sourceType, vms.length, networkCollections, storageCollections, networkLists, storageLists, data.networkMaps, data.storageMaps, plan.spec?.map, namespace]);

  const add = () =>
    run(async () => {
      const result = await editPlan(plan, (current) => addVmsOps(current, vms));
      onAdded(vms.length, result.retried);
      onClose();
    });

  const gaps = [
    ...(unmapped?.network?.length ? [t('Networks not in the network map: {{names}}', { names: unmapped.network.join(', ') })] : []),
    ...(unmapped?.storage?.length ? [t('Storage not in the storage map: {{names}}', { names: unmapped.storage.join(', ') })] : []),
  ];

  return (
    <Modal isOpen variant="large" onClose={onClose} aria-labelledby="add-vms-title">
      <ModalHeader
        title={t('Add virtual machines to {{plan}}', { plan: plan.metadata?.name })}
        labelId="add-vms-title"
        description={t('VMs of {{provider}}. The plan\'s VMs are checked and marked; pick more and add them.', { provider: sourceName })}
      />
      <ModalBody>
        <VmPicker
          idPrefix="add-vms"
          providerName={sourceName}
          source={source}
          query={query}
          onQuery={setQuery}
          vms={vms}
          onChange={setVms}
          otherPlans={otherPlans}
          inPlan={inPlan}
          exportName={`${plan.metadata?.name ?? 'plan'}-added`}
          height={320}
        />
        {gaps.length > 0 && (
          <Alert isInline variant="warning" className="pf-v6-u-mt-md" title={t('The plan\'s maps do not cover everything these VMs use')}>
            <ul>
              {gaps.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
            {t('The plan will not be ready to start until its maps cover them: edit the maps, or pick other maps on the Details tab.')}
          </Alert>
        )}
        {error ? (
          <Alert isInline variant="danger" className="pf-v6-u-mt-md" title={t('The VMs could not be added')}>
            {error}
          </Alert>
        ) : null}
      </ModalBody>
      <ModalActions onCancel={onClose}>
        <Button variant="primary" onClick={() => void add()} isDisabled={vms.length === 0 || inFlight} isLoading={inFlight}>
          {t('Add {{count}} VMs', { count: vms.length })}
        </Button>
      </ModalActions>
    </Modal>
  );
};

export const AddVmsModal = withQueryClient(AddVmsModalBody);
