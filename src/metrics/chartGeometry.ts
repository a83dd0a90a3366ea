/**
 * The geometry of the Metrics tab's SVG charts: scales, round tick values,
 * time ticks, donut slices and line paths. Pure (no React, no DOM), so the
 * numbers a chart draws are unit tested.
 *
 * The charts are our own small SVGs rather than PatternFly charts on victory:
 * those cost ~100 KB gzipped for three charts, against the plugin's 512 KB
 * budget for all of dist/ (bench/README.md, "Bundle and build").
 */

/** Maps [d0, d1] linearly onto [r0, r1]; a zero-width domain maps to the middle of the range. */
export const linearScale =
  ([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]) =>
  (v: number): number =>
    d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);

/** A step of 1, 2, 5 or 10 times a power of ten that cuts `span` into about `count` parts. */
const niceStep = (span: number, count: number): number => {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
};

/**
 * Ticks for a value axis that starts at 0 and reaches at least `max`: about
 * `count` round values (0, 5, 10...), steps no smaller than `minStep` (1 for
 * counts: no 0.5 migration). A max of 0 gives [0, 1] so an empty chart still
 * has an axis.
 */
export const valueTicks = (max: number, count = 4, minStep = 0): number[] => {
  if (!(max > 0)) return [0, 1];
  const step = Math.max(minStep, niceStep(max, count));
  const n = Math.max(1, Math.ceil(max / step - 1e-9));
  // toPrecision drops float noise (0.30000000000000004).
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TIME_STEPS = [MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY];

/**
 * Ticks for a time axis from t0 to t1 (ms): the smallest usual step (1 min,
 * 5 min... 1 day) that gives at most `count` ticks, on multiples of the step
 * counted in the browser's time zone (whole hours land on whole hours).
 */
export const timeTicks = (t0: number, t1: number, count = 6, timeZoneOffsetMs = new Date(t0).getTimezoneOffset() * -MINUTE): { ticks: number[]; step: number } => {
  if (!(t1 > t0)) return { ticks: [t0], step: MINUTE };
  const step = TIME_STEPS.find((s) => (t1 - t0) / s <= count) ?? Math.ceil((t1 - t0) / count / DAY) * DAY;
  const first = Math.ceil((t0 + timeZoneOffsetMs) / step) * step - timeZoneOffsetMs;
  const ticks: number[] = [];
  for (let t = first; t <= t1; t += step) ticks.push(t);
  return { ticks, step };
};

/** The SVG path of a line through points already in pixels. */
export const linePath = (points: readonly { x: number; y: number }[]): string =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join('');

const round = (v: number) => Math.round(v * 100) / 100;

export interface DonutSlice {
  /** The share of the whole, 0..1. */
  fraction: number;
  path: string;
}

/**
 * The slices of a donut centred on (cx, cy), clockwise from 12 o'clock, one per
 * value (a value of 0 gets an empty path). A single non-zero value is a full
 * ring: an arc cannot start and end at the same point, so it is drawn as two halves.
 */
export const donutSlices = (values: readonly number[], cx: number, cy: number, outer: number, inner: number): DonutSlice[] => {
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  let angle = 0;
  const at = (r: number, a: number) => `${round(cx + r * Math.sin(a))},${round(cy - r * Math.cos(a))}`;
  const arc = (a0: number, a1: number) => {
    const large = a1 - a0 > Math.PI ? 1 : 0;
    return `M${at(outer, a0)}A${outer},${outer} 0 ${large} 1 ${at(outer, a1)}L${at(inner, a1)}A${inner},${inner} 0 ${large} 0 ${at(inner, a0)}Z`;
  };
  return values.map((v) => {
    const fraction = total > 0 ? Math.max(0, v) / total : 0;
    const a0 = angle;
    const a1 = angle + fraction * 2 * Math.PI;
    angle = a1;
    if (fraction === 0) return { fraction, path: '' };
    if (fraction >= 1 - 1e-9) return { fraction, path: arc(0, Math.PI) + arc(Math.PI, 2 * Math.PI) };
    return { fraction, path: arc(a0, a1) };
  });
};
