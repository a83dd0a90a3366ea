/**
 * A small horizontal bar chart for GROUP BY results: plain SVG, no chart
 * library. The SVG has a text summary for screen readers; the table below it
 * carries the same numbers.
 */
import * as React from 'react';
import { useForkliftTranslation } from '../utils/i18n';
import type { BarChartData } from './chartData';

const BAR = 20;
const GAP = 6;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 80;
const WIDTH = 720;

const truncate = (text: string, max = 32) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const BarChart: React.FC<{ data: BarChartData }> = ({ data }) => {
  const { t } = useForkliftTranslation();
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = data.bars.length * (BAR + GAP);
  const summary = t('{{value}} by {{label}}: {{bars}}', {
    value: data.valueColumn,
    label: data.labelColumns.join(', '),
    bars: data.bars.map((b) => `${b.label} ${b.value}`).join('; '),
  });
  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: WIDTH, height: 'auto' }}
      data-testid="inventory-bar-chart"
    >
      {data.bars.map((bar, i) => {
        const y = i * (BAR + GAP);
        const w = data.max > 0 ? Math.max(1, (bar.value / data.max) * plot) : 1;
        return (
          <g key={`${bar.label}-${i}`} data-testid="inventory-bar">
            <title>{`${bar.label}: ${bar.value}`}</title>
            <text x={LABEL_WIDTH - 8} y={y + BAR * 0.72} textAnchor="end" fontSize={12} fill="currentColor">
              {truncate(bar.label)}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={w} height={BAR} rx={2} fill="var(--pf-t--global--color--brand--default, #0066cc)" />
            <text x={LABEL_WIDTH + w + 6} y={y + BAR * 0.72} fontSize={12} fill="currentColor">
              {bar.value.toLocaleString()}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
