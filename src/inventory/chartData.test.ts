import { describe, expect, it } from 'vitest';
import { barChartData } from './chartData';

describe('barChartData', () => {
  it('uses the last numeric column as the value and the rest as the label', () => {
    const data = barChartData(['cluster', 'powerState', 'count'], [
      ['c1', 'on', 3],
      ['c2', null, 7],
    ]);
    expect(data).toEqual({
      labelColumns: ['cluster', 'powerState'],
      valueColumn: 'count',
      bars: [
        { label: 'c2 / (none)', value: 7 },
        { label: 'c1 / on', value: 3 },
      ],
      max: 7,
    });
  });

  it('returns null when nothing is numeric or there are no rows', () => {
    expect(barChartData(['a', 'b'], [['x', 'y']])).toBeNull();
    expect(barChartData(['a', 'n'], [])).toBeNull();
    expect(barChartData(['n'], [[1]])).toBeNull();
  });

  it('keeps at most 50 bars, largest first', () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`g${i}`, i]);
    const data = barChartData(['g', 'n'], rows);
    expect(data?.bars).toHaveLength(50);
    expect(data?.bars[0]).toEqual({ label: 'g79', value: 79 });
  });
});
