import { describe, expect, it } from 'vitest';
import { donutSlices, linePath, linearScale, timeTicks, valueTicks } from './chartGeometry';

describe('chart geometry', () => {
  it('scales linearly, a flat domain to the middle', () => {
    const s = linearScale([0, 10], [100, 200]);
    expect([s(0), s(5), s(10)]).toEqual([100, 150, 200]);
    expect(linearScale([0, 10], [200, 100])(2)).toBe(180);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });

  it('puts round value ticks from 0 to at least the maximum', () => {
    expect(valueTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(valueTicks(10)).toEqual([0, 5, 10]);
    expect(valueTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(valueTicks(1234, 4)).toEqual([0, 500, 1000, 1500]);
    expect(valueTicks(0)).toEqual([0, 1]);
    expect(valueTicks(2)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(valueTicks(2, 4, 1)).toEqual([0, 1, 2]);
    expect(valueTicks(Number.NaN)).toEqual([0, 1]);
    for (const max of [1, 3, 17, 99, 100, 101, 5e9, 0.07]) {
      const ticks = valueTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it('puts time ticks on whole steps in the given time zone, at most `count` of them', () => {
    const h = 3_600_000;
    const t0 = Date.UTC(2026, 0, 1, 10, 17);
    expect(timeTicks(t0, t0 + 6 * h, 6, 0)).toEqual({ step: h, ticks: [1, 2, 3, 4, 5, 6].map((i) => Date.UTC(2026, 0, 1, 10 + i)) });
    // UTC+2: ticks on whole local hours (every 2 h over 12 h, so 6 of them).
    const { ticks, step } = timeTicks(t0, t0 + 12 * h, 6, 2 * h);
    expect(step).toBe(2 * h);
    expect(ticks.every((t) => (t + 2 * h) % (2 * h) === 0)).toBe(true);
    expect(timeTicks(t0, t0 + 7 * 24 * h, 8, 0).step).toBe(24 * h);
    expect(timeTicks(t0, t0, 6, 0)).toEqual({ ticks: [t0], step: 60_000 });
  });

  it('draws lines through points', () => {
    expect(linePath([{ x: 0, y: 1 }, { x: 2.345, y: 3 }])).toBe('M0,1L2.35,3');
    expect(linePath([])).toBe('');
  });

  it('cuts a donut into slices proportional to the values, clockwise from the top', () => {
    const [a, b, zero] = donutSlices([3, 1, 0], 100, 100, 90, 70);
    expect([a.fraction, b.fraction, zero.fraction]).toEqual([0.75, 0.25, 0]);
    // 3/4 of the ring: starts at 12 o'clock, ends at 9 o'clock, takes the large arc.
    expect(a.path).toBe('M100,10A90,90 0 1 1 10,100L30,100A70,70 0 1 0 100,30Z');
    expect(b.path).toBe('M10,100A90,90 0 0 1 100,10L100,30A70,70 0 0 0 30,100Z');
    expect(zero.path).toBe('');
    const [whole] = donutSlices([5], 100, 100, 90, 70);
    expect(whole.fraction).toBe(1);
    expect(whole.path.match(/M/g)).toHaveLength(2);
    expect(donutSlices([0, 0], 100, 100, 90, 70).map((s) => s.path)).toEqual(['', '']);
  });
});
