import * as React from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { Alert } from '@patternfly/react-core';
import { HookModel, gvkOf } from '../../k8s/models';
import type { PlanVm, V1beta1Hook, V1beta1Plan } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { editPlan } from '../actions/api';
import { applyVmCustomisation, replaceVmOps, vmCustomisationOf } from '../actions/planBuilders';
import { useActionRunner } from '../actions/useActionRunner';
import { VmSettingsModal } from './VmSettingsModal';

/** Per-VM settings of a plan not started yet, saved to the plan: target name, power state, PVC name template, hooks. */
export const VmCustomiseModal: React.FC<{ plan: V1beta1Plan; vm: PlanVm; onClose: () => void }> = ({ plan, vm, onClose }) => {
  const { t } = useForkliftTranslation();
  const ns = plan.metadata?.namespace;
  const [hooks] = useK8sWatchResource<V1beta1Hook[]>({ groupVersionKind: gvkOf(HookModel), namespace: ns, isList: true });
  const { run, inFlight, error } = useActionRunner();
  const [retried, setRetried] = React.useState(false);
  const initial = React.useMemo(() => vmCustomisationOf(vm), [vm]);
  const save = async (values: ReturnType<typeof vmCustomisationOf>): Promise<boolean> => {
    setRetried(false);
    let wasRetried = false;
    const ok = await run(async () => {
      const result = await editPlan(plan, (current) => {
        const currentVm = (current.spec?.vms ?? []).find((v) => (vm.id ? v.id === vm.id : v.name === vm.name)) ?? vm;
        return replaceVmOps(current, currentVm, applyVmCustomisation(currentVm, values, ns));
      });
      wasRetried = result.retried;
      setRetried(result.retried);
    });
    // After a retry the modal stays open so the person sees that the plan had changed.
    return ok && !wasRetried;
  };
  return (
    <VmSettingsModal
      vmName={vm.name ?? vm.id ?? ''}
      initial={initial}
      planPowerState={plan.spec?.targetPowerState}
      planPvcTemplate={plan.spec?.pvcNameTemplate}
      hookOptions={(hooks ?? []).map((h) => h.metadata?.name ?? '')}
      onSave={save}
      inFlight={inFlight}
      onClose={onClose}
    >
      {retried ? <Alert isInline variant="info" title={t('The plan had changed meanwhile (409 Conflict); your change was applied to its latest version.')} /> : null}
      {error ? (
        <Alert isInline variant="danger" title={t('The settings could not be saved')}>
          {error}
        </Alert>
      ) : null}
    </VmSettingsModal>
  );
};
