import * as React from 'react';
import { Label, type LabelProps } from '@patternfly/react-core';
import { useForkliftTranslation } from '../utils/i18n';
import type { PlanState } from './planState';

const COLORS: Record<PlanState, LabelProps['color']> = {
  Running: 'blue',
  Ready: 'green',
  NotReady: 'orange',
  Validating: 'grey',
  Succeeded: 'green',
  Failed: 'red',
  Canceled: 'grey',
  Archived: 'grey',
};

export const usePlanStateNames = (): Record<PlanState, string> => {
  const { t } = useForkliftTranslation();
  return {
    Running: t('Running'),
    Ready: t('Ready to start'),
    NotReady: t('Not ready'),
    Validating: t('Validating'),
    Succeeded: t('Succeeded'),
    Failed: t('Failed'),
    Canceled: t('Canceled'),
    Archived: t('Archived'),
  };
};

export const PlanStateLabel: React.FC<{ state: PlanState }> = ({ state }) => {
  const names = usePlanStateNames();
  return (
    <Label isCompact color={COLORS[state]}>
      {names[state]}
    </Label>
  );
};
