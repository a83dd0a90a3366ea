/**
 * The charts of the Metrics tab (PatternFly charts on victory). Imported only
 * by MetricsTab, which the overview loads lazily: victory stays out of the
 * entry chunk.
 */
import * as React from 'react';
import { Chart, ChartAxis, ChartBar, ChartDonut, ChartGroup, ChartLine, ChartVoronoiContainer } from '@patternfly/react-charts/victory';
import type { LabelledValue, Series } from './metricsQueries';

const timeLabel = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export const OutcomeDonut: React.FC<{ rows: LabelledValue[]; title: string; subTitle: string; ariaTitle: string; ariaDesc: string }> = ({ rows, title, subTitle, ariaTitle, ariaDesc }) => (
  <div style={{ height: 230, width: 350 }}>
    <ChartDonut
      ariaTitle={ariaTitle}
      ariaDesc={ariaDesc}
      constrainToVisibleArea
      data={rows.map((r) => ({ x: r.label, y: r.value }))}
      labels={({ datum }: { datum: { x: string; y: number } }) => `${datum.x}: ${datum.y}`}
      legendData={rows.map((r) => ({ name: `${r.label}: ${r.value}` }))}
      legendOrientation="vertical"
      legendPosition="right"
      padding={{ bottom: 20, left: 20, right: 140, top: 20 }}
      title={title}
      subTitle={subTitle}
      width={350}
      height={230}
    />
  </div>
);

export const TimeSeriesChart: React.FC<{ series: Series[]; ariaTitle: string; ariaDesc: string; formatY: (v: number) => string }> = ({ series, ariaTitle, ariaDesc, formatY }) => (
  <div style={{ height: 260 }}>
    <Chart
      ariaTitle={ariaTitle}
      ariaDesc={ariaDesc}
      containerComponent={<ChartVoronoiContainer labels={({ datum }: { datum: { childName?: string; y: number } }) => `${datum.childName ?? ''}: ${formatY(datum.y)}`} constrainToVisibleArea />}
      legendData={series.map((s) => ({ name: s.name }))}
      legendPosition="bottom"
      height={260}
      width={700}
      padding={{ bottom: 70, left: 90, right: 30, top: 20 }}
      scale={{ x: 'time', y: 'linear' }}
    >
      <ChartAxis tickFormat={timeLabel} fixLabelOverlap />
      <ChartAxis dependentAxis showGrid tickFormat={formatY} />
      <ChartGroup>
        {series.map((s) => (
          <ChartLine key={s.name} name={s.name} data={s.points} />
        ))}
      </ChartGroup>
    </Chart>
  </div>
);

export const HorizontalBars: React.FC<{ rows: LabelledValue[]; ariaTitle: string; ariaDesc: string; formatY: (v: number) => string }> = ({ rows, ariaTitle, ariaDesc, formatY }) => (
  <div style={{ height: Math.max(120, 40 * rows.length + 60) }}>
    <Chart
      ariaTitle={ariaTitle}
      ariaDesc={ariaDesc}
      domainPadding={{ x: [20, 20] }}
      height={Math.max(120, 40 * rows.length + 60)}
      width={700}
      horizontal
      padding={{ bottom: 40, left: 200, right: 40, top: 20 }}
    >
      <ChartAxis />
      <ChartAxis dependentAxis showGrid tickFormat={formatY} />
      <ChartBar data={rows.map((r) => ({ x: r.label, y: r.value }))} labels={({ datum }: { datum: { y: number } }) => formatY(datum.y)} />
    </Chart>
  </div>
);
