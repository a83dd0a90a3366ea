import * as React from 'react';
import { Progress, ProgressMeasureLocation } from '@patternfly/react-core';
import type { V1beta1Plan } from '../k8s/types';
import { useForkliftTranslation } from '../utils/i18n';
import { countByOutcome, percentDone, type OutcomeCounts } from './progress/vmProgress';

/** "2 succeeded, 1 failed, 3 running": only the outcomes that occur. */
export const useOutcomeSummary = () => {
  const { t } = useForkliftTranslation();
  return (c: OutcomeCounts): string =>
    [
      c.succeeded ? t('{{count}} succeeded', { count: c.succeeded }) : '',
      c.failed ? t('{{count}} failed', { count: c.failed }) : '',
      c.running ? t('{{count}} running', { count: c.running }) : '',
      c.waitingCutover ? t('{{count}} waiting for cutover', { count: c.waitingCutover }) : '',
      c.canceled ? t('{{count}} canceled', { count: c.canceled }) : '',
      c.pending && c.pending !== c.total ? t('{{count}} pending', { count: c.pending }) : '',
    ]
      .filter(Boolean)
      .join(', ');
};

/** A plan's progress: share of VMs ended, and counts by outcome. */
export const PlanProgressCell: React.FC<{ plan: V1beta1Plan }> = ({ plan }) => {
  const { t } = useForkliftTranslation();
  const summary = useOutcomeSummary();
  const counts = countByOutcome(plan);
  if (!plan.status?.migration?.vms?.length) return <>{t('{{count}} VMs', { count: counts.total })}</>;
  const failed = counts.failed > 0;
  return (
    <div>
      <Progress
        size="sm"
        value={percentDone(counts)}
        measureLocation={ProgressMeasureLocation.outside}
        variant={failed ? 'danger' : counts.succeeded === counts.total ? 'success' : undefined}
        aria-label={t('VMs done in {{plan}}', { plan: plan.metadata?.name })}
      />
      <small>{t('{{done}} of {{total}} VMs', { done: counts.succeeded + counts.failed + counts.canceled, total: counts.total })}: {summary(counts)}</small>
    </div>
  );
};
