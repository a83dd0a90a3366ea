import * as React from 'react';
import { Label } from '@patternfly/react-core';
import { useForkliftTranslation } from '../utils/i18n';
import { concernCounts } from './columns';

const COLOR: Record<string, 'red' | 'orange' | 'blue' | 'grey'> = { Critical: 'red', Error: 'red', Warning: 'orange', Information: 'blue' };

/**
 * A VM's concerns as one compact label per category with its count, on one
 * line: the virtualized table relies on every row having the same height.
 */
export const ConcernsCell: React.FC<{ value: unknown }> = ({ value }) => {
  const { t } = useForkliftTranslation();
  const counts = concernCounts(value);
  if (counts.length === 0) return null;
  return (
    <span role="list" aria-label={t('Concerns')} style={{ display: 'inline-flex', gap: 4, whiteSpace: 'nowrap' }}>
      {counts.map(({ category, count }) => (
        <span role="listitem" key={category}>
          <Label isCompact color={COLOR[category] ?? 'grey'} data-testid={`concern-${category}`}>
            {category} {count}
          </Label>
        </span>
      ))}
    </span>
  );
};
