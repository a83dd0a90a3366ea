import * as React from 'react';
import type { UseFormSetValue } from 'react-hook-form';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { Button, Flex, FlexItem, FormGroup, FormSelect, FormSelectOption, Title } from '@patternfly/react-core';
import { HookModel, gvkOf } from '../../k8s/models';
import type { V1beta1Hook } from '../../k8s/types';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useForkliftTranslation } from '../../utils/i18n';
import { vmCustomisationOf, type VmCustomisation } from '../actions/planBuilders';
import { VmSettingsModal } from '../details/VmSettingsModal';
import { NO_HOOK, objectNames, WIZARD_POST_HOOK, WIZARD_PRE_HOOK, type WizardValues, type WizardVm } from './values';
import { HOOK_KEYS, isMissingWizardHook, planWideHook, vmHook } from './vmHooks';
import { hasVmSettings, withVmSettings } from './vmSettings';

const EMPTY: VmCustomisation = { targetName: '', targetPowerState: '', pvcNameTemplate: '', preHook: '', postHook: '' };

/**
 * The review's per-VM settings: pick a VM, set what the plan's VM settings
 * dialog sets, including its own pre/post hooks (the wizard's hooks or a Hook
 * already in the namespace, instead of the plan-wide ones), and see the VMs
 * that have their own settings. They live in the wizard's values, so the
 * draft and going back and forth keep them.
 */
export const WizardVmSettings: React.FC<{ values: WizardValues; setValue: UseFormSetValue<WizardValues> }> = ({ values, setValue }) => {
  const { t } = useForkliftTranslation();
  const [picked, setPicked] = React.useState(values.vms[0]?.id ?? '');
  const [editing, setEditing] = React.useState<string>();
  const vm = values.vms.find((v) => v.id === editing);
  const customised = values.vms.filter(hasVmSettings);
  const label = (v: { id: string; name: string }) => v.name || v.id;
  const save = (id: string, settings: VmCustomisation) =>
    setValue('vms', withVmSettings(values.vms, id, settings), { shouldDirty: true });
  const [hooks] = useK8sWatchResource<V1beta1Hook[]>({ groupVersionKind: gvkOf(HookModel), namespace: values.namespace, isList: true });
  const own = objectNames(values.name);
  const hookOptions = [
    ...(values.preHook.enabled ? [{ value: WIZARD_PRE_HOOK, label: t('This plan’s pre-migration hook ({{name}})', { name: own.preHook }) }] : []),
    ...(values.postHook.enabled ? [{ value: WIZARD_POST_HOOK, label: t('This plan’s post-migration hook ({{name}})', { name: own.postHook }) }] : []),
    ...(hooks ?? [])
      .map((h) => h.metadata?.name ?? '')
      .filter((name) => name && name !== own.preHook && name !== own.postHook)
      .sort()
      .map((name) => ({ value: name, label: t('Existing hook {{name}}', { name }) })),
  ];
  const planHooks = { preHook: planWideHook(values, 'preHook'), postHook: planWideHook(values, 'postHook') };
  const hooksText = (v: WizardVm) =>
    HOOK_KEYS.filter((key) => v[key] !== undefined)
      .map((key) => {
        const name = vmHook(values, v, key) || t('none');
        const missing = isMissingWizardHook(values, v[key]) ? ` (${t('the wizard’s hook is turned off')})` : '';
        return `${key === 'preHook' ? t('pre') : t('post')}: ${name}${missing}`;
      })
      .join(', ');
  const powerLabel = (state?: string) => (state === 'on' ? t('on') : state === 'off' ? t('off') : state === 'auto' ? t('auto (as the source)') : '');
  return (
    <>
      <Title headingLevel="h3">{t('Per-VM settings')}</Title>
      <Flex alignItems={{ default: 'alignItemsFlexEnd' }}>
        <FlexItem>
          <FormGroup label={t('VM to set up')} fieldId="plan-wizard-vm-settings-pick">
            <FormSelect id="plan-wizard-vm-settings-pick" value={picked} onChange={(_e, v) => setPicked(v)}>
              {values.vms.map((v) => (
                <FormSelectOption key={v.id} value={v.id} label={label(v)} />
              ))}
            </FormSelect>
          </FormGroup>
        </FlexItem>
        <FlexItem>
          <Button variant="secondary" onClick={() => setEditing(picked)} isDisabled={!values.vms.some((v) => v.id === picked)}>
            {t('Edit VM settings')}
          </Button>
        </FlexItem>
      </Flex>
      {customised.length > 0 ? (
        <Table aria-label={t('VMs with their own settings')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('VM')}</Th>
              <Th>{t('Target name')}</Th>
              <Th>{t('Target power state')}</Th>
              <Th>{t('PVC name template')}</Th>
              <Th>{t('Hooks')}</Th>
              <Th screenReaderText={t('Actions')} />
            </Tr>
          </Thead>
          <Tbody>
            {customised.map((v) => (
              <Tr key={v.id}>
                <Td dataLabel={t('VM')}>{label(v)}</Td>
                <Td dataLabel={t('Target name')}>{v.targetName ?? '–'}</Td>
                <Td dataLabel={t('Target power state')}>{powerLabel(v.targetPowerState) || '–'}</Td>
                <Td dataLabel={t('PVC name template')}>{v.pvcNameTemplate ? <code>{v.pvcNameTemplate}</code> : '–'}</Td>
                <Td dataLabel={t('Hooks')}>{hooksText(v) || t('As the plan')}</Td>
                <Td isActionCell>
                  <Button variant="link" isInline onClick={() => setEditing(v.id)} aria-label={t('Edit settings of {{name}}', { name: label(v) })}>
                    {t('Edit')}
                  </Button>{' '}
                  <Button variant="link" isInline onClick={() => save(v.id, EMPTY)} aria-label={t('Reset settings of {{name}}', { name: label(v) })}>
                    {t('Reset')}
                  </Button>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      ) : (
        <p className="pf-v6-u-color-200">{t('Every VM uses the plan’s settings.')}</p>
      )}
      {vm ? (
        <VmSettingsModal
          vmName={label(vm)}
          initial={{ ...vmCustomisationOf(vm), preHook: vm.preHook ?? '', postHook: vm.postHook ?? '' }}
          planPowerState={values.targetPowerState}
          planPvcTemplate={values.pvcNameTemplate}
          hookOptions={[{ value: NO_HOOK, label: t('None for this VM') }, ...hookOptions]}
          planHooks={planHooks}
          onSave={async (settings) => {
            save(vm.id, settings);
            return true;
          }}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </>
  );
};
