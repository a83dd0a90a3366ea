import * as React from 'react';
import { Alert, Form } from '@patternfly/react-core';
import { useForkliftTranslation } from '../../utils/i18n';
import { errorMessage } from '../../utils/errors';
import { SelectField, TextAreaField, TextField } from './fields';
import type { StepProps } from './stepProps';
import { inventoryProviderOf, useInventoryList, type OpenshiftItem } from './useWizardData';

/** Step 1: the plan's name and description, its providers and where the VMs land. */
export const GeneralStep: React.FC<StepProps> = ({ control, values, setValue, errors, data }) => {
  const { t } = useForkliftTranslation();
  const providerOptions = (filter: (type: string | undefined, isHost: boolean) => boolean) =>
    data.providers
      .filter((p) => filter(p.spec?.type, p.spec?.type === 'openshift' && !p.spec?.url))
      .map((p) => ({
        value: p.metadata?.name ?? '',
        label: `${p.metadata?.name} (${p.spec?.type ?? '?'}${p.status?.phase && p.status.phase !== 'Ready' ? `, ${p.status.phase}` : ''})`,
      }));
  const target = inventoryProviderOf(data, values.namespace, values.targetProvider);
  const namespaces = useInventoryList<OpenshiftItem>(target, target ? 'namespaces' : undefined);
  const namespaceNames = React.useMemo(() => (namespaces.data ?? []).map((n) => n.name).sort(), [namespaces.data]);
  const isNewNamespace = !!values.targetNamespace && namespaces.isSuccess && !namespaceNames.includes(values.targetNamespace);

  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      {data.providersError ? (
        <Alert isInline variant="danger" title={t('The providers could not be read')}>
          {errorMessage(data.providersError)}
        </Alert>
      ) : null}
      <TextField control={control} name="name" label={t('Plan name')} isRequired error={errors.name} help={t('A DNS label: lowercase letters, digits and "-".')} />
      <TextField control={control} name="namespace" label={t('Plan namespace')} readOnly help={t('The plan, its maps and hooks are created here (the project you are in).')} />
      <TextAreaField control={control} name="description" label={t('Description')} rows={2} />
      <SelectField
        control={control}
        name="sourceProvider"
        label={t('Source provider')}
        isRequired
        placeholder={t('Select a provider')}
        options={providerOptions((_type, isHost) => !isHost)}
        error={errors.sourceProvider}
        onPicked={() => {
          // Another source has other VMs, networks and storage.
          setValue('vms', []);
          setValue('networkMap', { ...values.networkMap, pairs: [], existing: '' });
          setValue('storageMap', { ...values.storageMap, pairs: [], existing: '' });
        }}
      />
      <SelectField
        control={control}
        name="targetProvider"
        label={t('Target provider')}
        isRequired
        placeholder={t('Select a provider')}
        options={providerOptions((type) => type === 'openshift')}
        error={errors.targetProvider}
        help={t('An OpenShift provider; the host cluster is the usual target.')}
      />
      <TextField
        control={control}
        name="targetNamespace"
        label={t('Target namespace')}
        isRequired
        error={errors.targetNamespace}
        list="plan-wizard-target-namespaces"
        help={isNewNamespace ? t('A new namespace: Forklift creates it when the migration starts.') : t('Where the migrated VMs are created.')}
      />
      <datalist id="plan-wizard-target-namespaces">
        {namespaceNames.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
    </Form>
  );
};

