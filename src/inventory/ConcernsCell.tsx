import * as React from 'react';
import { concernCounts } from './columns';

// PatternFly's label colour classes (grey has none).
const COLOR: Record<string, string> = { Critical: ' pf-m-red', Error: ' pf-m-red', Warning: ' pf-m-orange', Information: ' pf-m-blue' };

/**
 * A VM's concerns as one compact label per category with its count, on one
 * line: the virtualized table relies on every row having the same height.
 * The labels are PatternFly's label markup, not its `Label` component: that
 * one measures its text in a layout effect on every mount (for truncation),
 * which forced a layout per row while a fast scroll mounted new rows.
 * `label` (the list's accessible name) comes translated from the table.
 */
export const ConcernsCell: React.FC<{ value: unknown; label: string }> = ({ value, label }) => {
  const counts = concernCounts(value);
  if (counts.length === 0) return null;
  return (
    <span role="list" aria-label={label} style={{ display: 'inline-flex', gap: 4, whiteSpace: 'nowrap' }}>
      {counts.map(({ category, count }) => (
        <span role="listitem" key={category}>
          <span className={`pf-v6-c-label pf-m-filled pf-m-compact${COLOR[category] ?? ''}`} data-testid={`concern-${category}`}>
            <span className="pf-v6-c-label__content">
              <span className="pf-v6-c-label__text">
                {category} {count}
              </span>
            </span>
          </span>
        </span>
      ))}
    </span>
  );
};
