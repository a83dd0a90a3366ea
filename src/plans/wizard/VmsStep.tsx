import * as React from 'react';
import { Alert } from '@patternfly/react-core';
import { useForkliftTranslation } from '../../utils/i18n';
import type { StepProps } from './stepProps';
import type { SourceVms } from './useSourceVms';
import { vmsInOtherPlans } from './useWizardData';
import type { WizardVm } from './values';
import { VmPicker } from './VmPicker';

/** Step 2: the source's VMs in the VM picker, bound to the wizard's form. */
export const VmsStep: React.FC<StepProps & { source: SourceVms }> = ({ values, setValue, errors, data, source }) => {
  const { t } = useForkliftTranslation();
  const { index } = source;
  const otherPlans = React.useMemo(() => vmsInOtherPlans(data.plans, values.sourceProvider), [data.plans, values.sourceProvider]);

  // VMs chosen elsewhere (the inventory browser's link) arrive as ids: give them their names.
  React.useEffect(() => {
    if (!index || !values.vms.some((v) => !v.name)) return;
    setValue(
      'vms',
      values.vms.map((v) => (v.name ? v : { id: v.id, name: index.name[index.bySourceId.get(v.id) ?? -1] ?? '' })),
    );
  }, [index, values.vms, setValue]);

  const onQuery = React.useCallback((text: string) => setValue('vmQuery', text, { shouldDirty: true }), [setValue]);
  const onChange = React.useCallback((vms: WizardVm[]) => setValue('vms', vms, { shouldDirty: true }), [setValue]);

  if (!values.sourceProvider) return <Alert isInline variant="info" title={t('Pick a source provider in the first step')} />;
  return (
    <VmPicker
      idPrefix="plan-wizard"
      providerName={values.sourceProvider}
      source={source}
      query={values.vmQuery}
      onQuery={onQuery}
      vms={values.vms}
      onChange={onChange}
      otherPlans={otherPlans}
      exportName={values.name || values.sourceProvider}
      error={errors.vms}
    />
  );
};
