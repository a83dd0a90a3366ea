/**
 * The charts of the Metrics tab: small SVGs of our own (chartGeometry.ts does
 * the arithmetic) in PatternFly's chart colours (its CSS variables, with their
 * light-theme values as fallbacks). They replaced PatternFly charts on victory
 * for the bundle budget (bench/README.md, "Bundle and build").
 *
 * Accessibility: each chart is one image (role="img") named by its title and
 * described by a sentence with every number it draws; the table under each
 * chart (MetricsCard's FigureTable) has the same numbers for screen readers
 * and keyboard users. Hovering a slice, bar or point shows its value (SVG <title>).
 */
import * as React from 'react';
import chart_axis_grid_stroke_Color from '@patternfly/react-tokens/dist/esm/chart_axis_grid_stroke_Color';
import chart_donut_label_subtitle_Fill from '@patternfly/react-tokens/dist/esm/chart_donut_label_subtitle_Fill';
import chart_global_label_Fill from '@patternfly/react-tokens/dist/esm/chart_global_label_Fill';
import color100 from '@patternfly/react-tokens/dist/esm/chart_theme_multi_color_unordered_ColorScale_100';
import color200 from '@patternfly/react-tokens/dist/esm/chart_theme_multi_color_unordered_ColorScale_200';
import color300 from '@patternfly/react-tokens/dist/esm/chart_theme_multi_color_unordered_ColorScale_300';
import color400 from '@patternfly/react-tokens/dist/esm/chart_theme_multi_color_unordered_ColorScale_400';
import color500 from '@patternfly/react-tokens/dist/esm/chart_theme_multi_color_unordered_ColorScale_500';
import color600 from '@patternfly/react-tokens/dist/esm/chart_theme_multi_color_unordered_ColorScale_600';
import { donutSlices, linePath, linearScale, timeTicks, valueTicks } from './chartGeometry';
import type { LabelledValue, Series } from './metricsQueries';

/** PatternFly's colour order for charts whose series are not ordered (its "multi unordered" theme). */
const COLORS = [color100, color200, color300, color400, color500, color600].map((token) => token.var);
export const seriesColor = (i: number) => COLORS[i % COLORS.length];

const TEXT = chart_global_label_Fill.var;
const MUTED_TEXT = chart_donut_label_subtitle_Fill.var;
const GRID = chart_axis_grid_stroke_Color.var;
const FONT = 12;

const timeLabel = (ms: number, step: number) =>
  step >= 24 * 3_600_000 ? new Date(ms).toLocaleDateString([], { month: 'short', day: 'numeric' }) : new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** An SVG image named by its title and described by `description`; it scales to its container's width. */
const ChartSvg: React.FC<{ title: string; description: string; width: number; height: number; children: React.ReactNode }> = ({ title, description, width, height, children }) => {
  const id = React.useId();
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width, display: 'block', fontSize: FONT, fill: TEXT }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
};

/** A legend of coloured squares and names, laid out by the browser (it wraps). */
const Legend: React.FC<{ names: readonly string[]; vertical?: boolean }> = ({ names, vertical }) => (
  <ul aria-hidden style={{ listStyle: 'none', padding: 0, margin: '4px 0', display: 'flex', flexDirection: vertical ? 'column' : 'row', flexWrap: 'wrap', gap: '4px 16px', fontSize: FONT }}>
    {names.map((name, i) => (
      <li key={`${i}-${name}`} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <span style={{ width: 10, height: 10, background: seriesColor(i), display: 'inline-block', flex: 'none' }} />
        {name}
      </li>
    ))}
  </ul>
);

export const OutcomeDonut: React.FC<{ rows: LabelledValue[]; title: string; subTitle: string; ariaTitle: string; ariaDesc: string }> = ({ rows, title, subTitle, ariaTitle, ariaDesc }) => {
  const size = 200;
  const slices = donutSlices(
    rows.map((r) => r.value),
    size / 2,
    size / 2,
    size / 2 - 10,
    size / 2 - 30,
  );
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
      <div style={{ width: size }}>
        <ChartSvg title={ariaTitle} description={ariaDesc} width={size} height={size}>
          {slices.map((slice, i) =>
            slice.path ? (
              <path key={rows[i].label} d={slice.path} fill={seriesColor(i)}>
                <title>{`${rows[i].label}: ${rows[i].value}`}</title>
              </path>
            ) : null,
          )}
          <text x={size / 2} y={size / 2} textAnchor="middle" style={{ fontSize: 24 }}>
            {title}
          </text>
          <text x={size / 2} y={size / 2 + 20} textAnchor="middle" style={{ fill: MUTED_TEXT }}>
            {subTitle}
          </text>
        </ChartSvg>
      </div>
      <Legend names={rows.map((r) => `${r.label}: ${r.value}`)} vertical />
    </div>
  );
};

const WIDTH = 700;

export const TimeSeriesChart: React.FC<{ series: Series[]; ariaTitle: string; ariaDesc: string; formatY: (v: number) => string }> = ({ series, ariaTitle, ariaDesc, formatY }) => {
  const height = 220;
  const pad = { left: 90, right: 20, top: 12, bottom: 28 };
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const t0 = Math.min(...xs);
  const t1 = Math.max(...xs);
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  const yTicks = valueTicks(Math.max(0, ...ys), 4, ys.every(Number.isInteger) ? 1 : 0);
  const x = linearScale([t0, t1], [pad.left, WIDTH - pad.right]);
  const y = linearScale([0, yTicks[yTicks.length - 1]], [height - pad.bottom, pad.top]);
  const { ticks: xTicks, step } = timeTicks(t0, t1);
  return (
    <div>
      <ChartSvg title={ariaTitle} description={ariaDesc} width={WIDTH} height={height}>
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={WIDTH - pad.right} y1={y(v)} y2={y(v)} stroke={GRID} />
            <text x={pad.left - 8} y={y(v)} textAnchor="end" dominantBaseline="middle">
              {formatY(v)}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={t} x={x(t)} y={height - 8} textAnchor="middle">
            {timeLabel(t, step)}
          </text>
        ))}
        {series.map((s, i) => (
          <g key={s.name}>
            <path d={linePath(s.points.map((p) => ({ x: x(p.x), y: y(p.y) })))} fill="none" stroke={seriesColor(i)} strokeWidth={2} />
            {s.points.map((p) => (
              <circle key={p.x} cx={x(p.x)} cy={y(p.y)} r={4} fill="transparent">
                <title>{`${s.name}: ${formatY(p.y)} (${new Date(p.x).toLocaleString()})`}</title>
              </circle>
            ))}
          </g>
        ))}
      </ChartSvg>
      <Legend names={series.map((s) => s.name)} />
    </div>
  );
};

export const HorizontalBars: React.FC<{ rows: LabelledValue[]; ariaTitle: string; ariaDesc: string; formatY: (v: number) => string }> = ({ rows, ariaTitle, ariaDesc, formatY }) => {
  const bar = 20;
  const gap = 14;
  const pad = { left: 200, right: 90, top: 8, bottom: 24 };
  const height = pad.top + rows.length * (bar + gap) + pad.bottom;
  const ticks = valueTicks(Math.max(0, ...rows.map((r) => r.value)), 4, rows.every((r) => Number.isInteger(r.value)) ? 1 : 0);
  const x = linearScale([0, ticks[ticks.length - 1]], [pad.left, WIDTH - pad.right]);
  return (
    <ChartSvg title={ariaTitle} description={ariaDesc} width={WIDTH} height={height}>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={pad.top} y2={height - pad.bottom} stroke={GRID} />
          <text x={x(v)} y={height - 6} textAnchor="middle">
            {formatY(v)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const top = pad.top + i * (bar + gap) + gap / 2;
        return (
          <g key={`${i}-${r.label}`}>
            <text x={pad.left - 8} y={top + bar / 2} textAnchor="end" dominantBaseline="middle">
              {r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label}
            </text>
            <rect x={pad.left} y={top} width={Math.max(0, x(r.value) - pad.left)} height={bar} fill={seriesColor(0)}>
              <title>{`${r.label}: ${formatY(r.value)}`}</title>
            </rect>
            <text x={x(r.value) + 6} y={top + bar / 2} dominantBaseline="middle">
              {formatY(r.value)}
            </text>
          </g>
        );
      })}
    </ChartSvg>
  );
};
