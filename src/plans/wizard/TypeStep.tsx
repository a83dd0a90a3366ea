import * as React from 'react';
import { Form, FormGroup, Radio } from '@patternfly/react-core';
import type { PlanType, ProviderType } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { FieldHelp } from './fields';
import { typeAvailability, type UnavailableReason } from './migrationTypes';
import type { StepProps } from './stepProps';

/** Step 5: cold, warm, live or conversion-only, each with what it means for downtime. */
export const TypeStep: React.FC<StepProps & { sourceType?: ProviderType; targetType?: ProviderType }> = ({ values, setValue, errors, sourceType, targetType }) => {
  const { t } = useForkliftTranslation();
  const label: Record<PlanType, string> = {
    cold: t('Cold migration'),
    warm: t('Warm migration'),
    live: t('Live migration'),
    conversion: t('Conversion only'),
  };
  const meaning: Record<PlanType, string> = {
    cold: t('The VMs are shut down, then their disks are copied and converted. Downtime: the whole migration.'),
    warm: t('Disks are copied while the VMs run, then changes are copied again until cutover, when the VMs shut down for a last sync. Downtime: minutes, at cutover.'),
    live: t('Running KubeVirt VMs move with their memory and CPU state. Downtime: seconds.'),
    conversion: t('Only the guest is converted; the disks stay on storage the target can already reach (no storage map). Downtime: the conversion.'),
  };
  const why: Record<UnavailableReason, string> = {
    warmNotSupported: t('Not available: warm migration needs a vSphere or oVirt source.'),
    openshiftUsesLive: t('Not available: an OpenShift source migrates running VMs with live migration instead.'),
    liveNeedsOpenShift: t('Not available: live migration needs OpenShift as both source and target.'),
    conversionNeedsVsphere: t('Not available: conversion-only migration needs a vSphere source.'),
    noSource: t('Pick the source provider first.'),
  };
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup role="radiogroup" fieldId="plan-wizard-type" label={t('Migration type')} isStack>
        {typeAvailability(sourceType, targetType).map(({ type, available, reason }) => (
          <Radio
            key={type}
            id={`plan-wizard-type-${type}`}
            name="plan-type"
            label={label[type]}
            description={
              <>
                {meaning[type]}
                {reason && <div style={{ color: 'var(--pf-t--global--text--color--subtle)' }}>{why[reason]}</div>}
              </>
            }
            isChecked={values.type === type}
            isDisabled={!available}
            onChange={() => setValue('type', type, { shouldDirty: true })}
          />
        ))}
        <FieldHelp error={errors.type} />
      </FormGroup>
    </Form>
  );
};
