import * as React from 'react';
import { Label, LabelGroup } from '@patternfly/react-core';
import { useForkliftTranslation } from '../utils/i18n';
import { concernCounts } from './columns';

const COLOR: Record<string, 'red' | 'orange' | 'blue' | 'grey'> = { Critical: 'red', Error: 'red', Warning: 'orange', Information: 'blue' };

/** A VM's concerns as one label per category with its count. */
export const ConcernsCell: React.FC<{ value: unknown }> = ({ value }) => {
  const { t } = useForkliftTranslation();
  const counts = concernCounts(value);
  if (counts.length === 0) return null;
  return (
    <LabelGroup aria-label={t('Concerns')} numLabels={4}>
      {counts.map(({ category, count }) => (
        <Label key={category} isCompact color={COLOR[category] ?? 'grey'} data-testid={`concern-${category}`}>
          {category} {count}
        </Label>
      ))}
    </LabelGroup>
  );
};
