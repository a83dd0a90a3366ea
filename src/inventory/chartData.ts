/**
 * Bars for a GROUP BY result: one label column (the group keys joined) and
 * one numeric column (the first aggregate, usually count(*)).
 */

export interface Bar {
  label: string;
  value: number;
}

export interface BarChartData {
  labelColumns: string[];
  valueColumn: string;
  bars: Bar[];
  max: number;
}

const MAX_BARS = 50;

/**
 * Picks the value column: the last column whose every non-null value is a
 * number; the label is everything before it. Null when no column is numeric or
 * there are no rows. Bars are the largest values first, at most 50.
 */
export const barChartData = (columns: readonly string[], rows: readonly (readonly unknown[])[]): BarChartData | null => {
  if (rows.length === 0 || columns.length < 2) return null;
  let valueIndex = -1;
  for (let c = columns.length - 1; c >= 1; c--) {
    const values = rows.map((r) => r[c]).filter((v) => v !== null && v !== undefined);
    if (values.length > 0 && values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      valueIndex = c;
      break;
    }
  }
  if (valueIndex < 1) return null;
  const labelIndices = columns.map((_, i) => i).filter((i) => i !== valueIndex && i < valueIndex);
  const bars = rows
    .map((r) => ({
      label: labelIndices.map((i) => (r[i] === null || r[i] === undefined ? '(none)' : typeof r[i] === 'object' ? JSON.stringify(r[i]) : String(r[i]))).join(' / '),
      value: typeof r[valueIndex] === 'number' ? (r[valueIndex] as number) : 0,
    }))
    .sort((a, b) => b.value - a.value)
    .slice(0, MAX_BARS);
  return {
    labelColumns: labelIndices.map((i) => columns[i]),
    valueColumn: columns[valueIndex],
    bars,
    max: Math.max(0, ...bars.map((b) => b.value)),
  };
};
