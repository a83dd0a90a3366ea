import * as React from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  TextInput,
} from '@patternfly/react-core';
import { HookModel, gvkOf } from '../../k8s/models';
import type { PlanVm, V1beta1Hook, V1beta1Plan } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { editPlan } from '../actions/api';
import { PVC_TEMPLATE_VARIABLES, applyVmCustomisation, replaceVmOps, vmCustomisationOf, vmCustomisationSchema, type VmCustomisation } from '../actions/planBuilders';
import { useActionRunner } from '../actions/useActionRunner';

/** react-hook-form resolver over the pure zod schema (messages are keys the form turns into words). */
const resolver: Resolver<VmCustomisation> = async (values) => {
  const parsed = vmCustomisationSchema.safeParse(values);
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= { type: 'validate', message: issue.message };
  return { values: {}, errors };
};

/** Per-VM settings of a plan not started yet: target name, power state, PVC name template, hooks. */
export const VmCustomiseModal: React.FC<{ plan: V1beta1Plan; vm: PlanVm; onClose: () => void }> = ({ plan, vm, onClose }) => {
  const { t } = useForkliftTranslation();
  const ns = plan.metadata?.namespace;
  const [hooks] = useK8sWatchResource<V1beta1Hook[]>({ groupVersionKind: gvkOf(HookModel), namespace: ns, isList: true });
  const { register, handleSubmit, formState, watch, setValue } = useForm<VmCustomisation>({ defaultValues: vmCustomisationOf(vm), resolver, mode: 'onChange' });
  const { run, inFlight, error } = useActionRunner();
  const [retried, setRetried] = React.useState(false);
  const name = vm.name ?? vm.id;
  const errorText = (key: keyof VmCustomisation): string | undefined => {
    const message = formState.errors[key]?.message;
    if (!message) return undefined;
    if (message === 'dns') return t('Use at most 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.');
    if (message === 'template') return t('Check the braces; variables: {{vars}}', { vars: PVC_TEMPLATE_VARIABLES.join(', ') });
    return message;
  };
  // register() returns onChange(event); PatternFly inputs call onChange(event, value).
  const field = (key: keyof VmCustomisation) => {
    const { onChange, ...rest } = register(key);
    return { ...rest, onChange: (event: React.FormEvent) => void onChange(event) };
  };
  // A PatternFly FormSelect is always controlled (its value defaults to '') and passes no ref to its
  // <select>, so register() would never see the choice: drive it from the form state instead.
  const select = (key: 'targetPowerState' | 'preHook' | 'postHook') => ({
    value: watch(key) ?? '',
    onChange: (_event: React.FormEvent, value: string) => setValue(key, value as VmCustomisation[typeof key], { shouldDirty: true, shouldValidate: true }),
  });
  const onSubmit = handleSubmit(async (values) => {
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
    if (ok && !wasRetried) onClose();
  });
  const hookOptions = (hooks ?? []).map((h) => h.metadata?.name ?? '');
  const nameError = errorText('targetName');
  const templateError = errorText('pvcNameTemplate');
  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="vm-customise-title">
      <ModalHeader title={t('Settings of VM {{name}}', { name })} labelId="vm-customise-title" />
      <ModalBody>
        <Form id="vm-customise-form" onSubmit={onSubmit}>
          <FormGroup label={t('Target name')} fieldId="vm-target-name">
            <TextInput id="vm-target-name" {...field('targetName')} placeholder={name} validated={nameError ? 'error' : 'default'} />
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant={nameError ? 'error' : 'default'}>{nameError ?? t('Empty keeps the source name (made DNS-safe).')}</HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
          <FormGroup label={t('Target power state')} fieldId="vm-power">
            <FormSelect id="vm-power" {...select('targetPowerState')}>
              <FormSelectOption value="" label={t('As the plan ({{value}})', { value: plan.spec?.targetPowerState ?? 'auto' })} />
              <FormSelectOption value="auto" label={t('auto (as the source)')} />
              <FormSelectOption value="on" label={t('on')} />
              <FormSelectOption value="off" label={t('off')} />
            </FormSelect>
          </FormGroup>
          <FormGroup label={t('PVC name template')} fieldId="vm-pvc-template">
            <TextInput id="vm-pvc-template" {...field('pvcNameTemplate')} placeholder={plan.spec?.pvcNameTemplate ?? '{{.VmName}}-disk-{{.DiskIndex}}'} validated={templateError ? 'error' : 'default'} />
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant={templateError ? 'error' : 'default'}>{templateError ?? t('Empty uses the plan’s template.')}</HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
          {(['preHook', 'postHook'] as const).map((key) => (
            <FormGroup key={key} label={key === 'preHook' ? t('Pre-migration hook') : t('Post-migration hook')} fieldId={`vm-${key}`}>
              <FormSelect id={`vm-${key}`} {...select(key)}>
                <FormSelectOption value="" label={t('None')} />
                {hookOptions.map((h) => (
                  <FormSelectOption key={h} value={h} label={h} />
                ))}
              </FormSelect>
            </FormGroup>
          ))}
          {retried ? <Alert isInline variant="info" title={t('The plan had changed meanwhile (409 Conflict); your change was applied to its latest version.')} /> : null}
          {error ? (
            <Alert isInline variant="danger" title={t('The settings could not be saved')}>
              {error}
            </Alert>
          ) : null}
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button type="submit" form="vm-customise-form" isDisabled={inFlight || !formState.isValid} isLoading={inFlight}>
          {t('Save')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
