/**
 * The per-VM settings form (target name, power state, PVC name template and,
 * where hooks can be picked, the VM's hooks) as a modal. It only edits
 * values: where they go is the caller's, a plan on the cluster
 * (VmCustomiseModal) or the plan wizard's VM list before creation.
 */
import * as React from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import {
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
  ModalHeader,
  TextInput,
} from '@patternfly/react-core';
import { ModalActions } from '../../components/modal/ModalActions';
import { useForkliftTranslation } from '../../utils/i18n';
import { PVC_TEMPLATE_VARIABLES, vmCustomisationSchema, type VmCustomisation } from '../actions/planBuilders';

/** react-hook-form resolver over the pure zod schema (messages are keys the form turns into words). */
const resolver: Resolver<VmCustomisation> = async (values) => {
  const parsed = vmCustomisationSchema.safeParse(values);
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= { type: 'validate', message: issue.message };
  return { values: {}, errors };
};

export interface VmSettingsModalProps {
  /** The VM's source name, for the title and as the target name placeholder. */
  vmName: string;
  initial: VmCustomisation;
  /** The plan's own settings, shown as what an empty field means. */
  planPowerState?: string;
  planPvcTemplate?: string;
  /** Hooks the VM may run (a Hook name, or a value with its label); undefined leaves hooks out of this form. */
  hookOptions?: (string | { value: string; label: string })[];
  /**
   * Where VMs inherit hooks (the plan wizard): an empty choice then means the
   * plan's hook of that step, named here ('' when the plan has none), instead of no hook.
   */
  planHooks?: { preHook: string; postHook: string };
  /** Resolves true when the values were taken (the modal then closes). */
  onSave: (values: VmCustomisation) => Promise<boolean>;
  inFlight?: boolean;
  /** Alerts under the fields: the save's failure, a retry's notice. */
  children?: React.ReactNode;
  onClose: () => void;
}

export const VmSettingsModal: React.FC<VmSettingsModalProps> = ({ vmName, initial, planPowerState, planPvcTemplate, hookOptions, planHooks, onSave, inFlight, children, onClose }) => {
  const { t } = useForkliftTranslation();
  const { register, handleSubmit, formState, watch, setValue } = useForm<VmCustomisation>({ defaultValues: initial, resolver, mode: 'onChange' });
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
    if (await onSave(values)) onClose();
  });
  const nameError = errorText('targetName');
  const templateError = errorText('pvcNameTemplate');
  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="vm-customise-title">
      <ModalHeader title={t('Settings of VM {{name}}', { name: vmName })} labelId="vm-customise-title" />
      <ModalBody>
        <Form id="vm-customise-form" onSubmit={onSubmit}>
          <FormGroup label={t('Target name')} fieldId="vm-target-name">
            <TextInput id="vm-target-name" {...field('targetName')} placeholder={vmName} validated={nameError ? 'error' : 'default'} />
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant={nameError ? 'error' : 'default'}>{nameError ?? t('Empty keeps the source name (made DNS-safe).')}</HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
          <FormGroup label={t('Target power state')} fieldId="vm-power">
            <FormSelect id="vm-power" {...select('targetPowerState')}>
              <FormSelectOption value="" label={t('As the plan ({{value}})', { value: planPowerState || 'auto' })} />
              <FormSelectOption value="auto" label={t('auto (as the source)')} />
              <FormSelectOption value="on" label={t('on')} />
              <FormSelectOption value="off" label={t('off')} />
            </FormSelect>
          </FormGroup>
          <FormGroup label={t('PVC name template')} fieldId="vm-pvc-template">
            <TextInput id="vm-pvc-template" {...field('pvcNameTemplate')} placeholder={planPvcTemplate || '{{.VmName}}-disk-{{.DiskIndex}}'} validated={templateError ? 'error' : 'default'} />
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant={templateError ? 'error' : 'default'}>{templateError ?? t('Empty uses the plan’s template.')}</HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
          {hookOptions
            ? (['preHook', 'postHook'] as const).map((key) => (
                <FormGroup key={key} label={key === 'preHook' ? t('Pre-migration hook') : t('Post-migration hook')} fieldId={`vm-${key}`}>
                  <FormSelect id={`vm-${key}`} {...select(key)}>
                    <FormSelectOption
                      value=""
                      label={planHooks ? t('As the plan ({{value}})', { value: planHooks[key] || t('none') }) : t('None')}
                    />
                    {hookOptions.map((h) => {
                      const option = typeof h === 'string' ? { value: h, label: h } : h;
                      return <FormSelectOption key={option.value} value={option.value} label={option.label} />;
                    })}
                  </FormSelect>
                </FormGroup>
              ))
            : null}
          {children}
        </Form>
      </ModalBody>
      <ModalActions onCancel={onClose}>
        <Button type="submit" form="vm-customise-form" isDisabled={inFlight || !formState.isValid} isLoading={inFlight}>
          {t('Save')}
        </Button>
      </ModalActions>
    </Modal>
  );
};
