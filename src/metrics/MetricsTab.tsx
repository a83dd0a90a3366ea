import * as React from 'react';
import { PrometheusEndpoint, useK8sWatchResource, usePrometheusPoll } from '@openshift-console/dynamic-plugin-sdk';
import { FormSelect, FormSelectOption, Gallery, Stack, StackItem, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core';
import { PlanModel, gvkOf } from '../k8s/models';
import type { V1beta1Plan } from '../k8s/types';
import { formatDuration } from '../history/migrationHistory';
import { useForkliftTranslation } from '../utils/i18n';
import { FigureTable, MetricsCard } from './MetricsCard';
import { HorizontalBars, OutcomeDonut, TimeSeriesChart } from './MetricsCharts';
import { METRICS_RANGES, QUERIES, formatBound, formatBytes, formatRate, histogramBuckets, latestAndPeak, matrixSeries, prometheusError, scalarOf, vectorRows, type MetricsRange } from './metricsQueries';

const POLL_MS = 30_000;

/**
 * Forklift's Prometheus metrics: migration outcomes, their trend over the
 * chosen range, durations and data copied per plan, and throughput while
 * migrations run. Every chart has a table with the same numbers.
 */
const MetricsTab: React.FC = () => {
  const { t } = useForkliftTranslation();
  const [range, setRange] = React.useState<MetricsRange>('6h');
  const { timespanMs, samples } = METRICS_RANGES[range];
  const rangeProps = { endpoint: PrometheusEndpoint.QUERY_RANGE, timespan: timespanMs, samples, delay: POLL_MS };

  const [outcomes, outcomesLoaded, outcomesError] = usePrometheusPoll({ endpoint: PrometheusEndpoint.QUERY, query: QUERIES.outcomes, delay: POLL_MS });
  const [vmOutcomes, vmOutcomesLoaded, vmOutcomesError] = usePrometheusPoll({ endpoint: PrometheusEndpoint.QUERY, query: QUERIES.vmOutcomes, delay: POLL_MS });
  const [trend, trendLoaded, trendError] = usePrometheusPoll({ ...rangeProps, query: QUERIES.outcomes });
  const [durations, durationsLoaded, durationsError] = usePrometheusPoll({ endpoint: PrometheusEndpoint.QUERY, query: QUERIES.durations, delay: POLL_MS });
  const [transferred] = usePrometheusPoll({ endpoint: PrometheusEndpoint.QUERY, query: QUERIES.transferred, delay: POLL_MS });
  const [buckets, bucketsLoaded, bucketsError] = usePrometheusPoll({ endpoint: PrometheusEndpoint.QUERY, query: QUERIES.durationBuckets, delay: POLL_MS });
  const [durationSum] = usePrometheusPoll({ endpoint: PrometheusEndpoint.QUERY, query: QUERIES.durationSum, delay: POLL_MS });
  const [durationCount] = usePrometheusPoll({ endpoint: PrometheusEndpoint.QUERY, query: QUERIES.durationCount, delay: POLL_MS });
  const [net, netLoaded, netError] = usePrometheusPoll({ ...rangeProps, query: QUERIES.throughput('mtv_migration_net_throughput', range) });
  const [storage, storageLoaded, storageError] = usePrometheusPoll({ ...rangeProps, query: QUERIES.throughput('mtv_migration_storage_throughput', range) });
  // Duration and data metrics are labelled with the plan's uid: show its name.
  const [plans] = useK8sWatchResource<V1beta1Plan[]>({ groupVersionKind: gvkOf(PlanModel), isList: true });
  const planName = React.useCallback((uid: string) => plans?.find((p) => p.metadata?.uid === uid)?.metadata?.name ?? uid, [plans]);

  const outcomeRows = vectorRows(outcomes, 'status');
  const vmRows = vectorRows(vmOutcomes, 'status');
  const statuses = [...new Set([...outcomeRows, ...vmRows].map((r) => r.label))];
  const trendSeries = matrixSeries(trend, 'status');
  const durationRows = vectorRows(durations, 'plan').map((r) => ({ ...r, label: planName(r.label), uid: r.label }));
  const transferredRows = vectorRows(transferred, 'plan');
  const netSeries = matrixSeries(net, 'plan_name');
  const storageSeries = matrixSeries(storage, 'plan_name');
  const totalMigrations = outcomeRows.reduce((s, r) => s + r.value, 0);
  const histogram = histogramBuckets(buckets);
  const bucketLabel = (b: { lower: number; upper: number }) =>
    b.lower === 0 ? t('Up to {{upper}}', { upper: formatBound(b.upper) }) : b.upper === Infinity ? t('Over {{lower}}', { lower: formatBound(b.lower) }) : t('{{lower}} to {{upper}}', { lower: formatBound(b.lower), upper: formatBound(b.upper) });
  const histogramRows = histogram.map((b) => ({ label: bucketLabel(b), value: b.count }));
  const observed = scalarOf(durationCount) ?? histogram[histogram.length - 1]?.cumulative ?? 0;
  const meanSeconds = observed > 0 && scalarOf(durationSum) !== undefined ? scalarOf(durationSum)! / observed : undefined;
  const rangeNames: Record<MetricsRange, string> = { '1h': t('Last hour'), '6h': t('Last 6 hours'), '24h': t('Last 24 hours'), '7d': t('Last 7 days') };

  return (
    <Stack hasGutter>
      <StackItem>
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <FormSelect value={range} onChange={(_e, v) => setRange(v as MetricsRange)} aria-label={t('Time range')}>
                {(Object.keys(METRICS_RANGES) as MetricsRange[]).map((r) => (
                  <FormSelectOption key={r} value={r} label={rangeNames[r]} />
                ))}
              </FormSelect>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      </StackItem>
      <StackItem>
        <Gallery hasGutter minWidths={{ default: '380px' }}>
          <MetricsCard
            title={t('Migrations by outcome')}
            loaded={outcomesLoaded && vmOutcomesLoaded}
            error={prometheusError(outcomes, outcomesError) ?? prometheusError(vmOutcomes, vmOutcomesError)}
            empty={statuses.length === 0}
            emptyText={t('No migration has finished yet.')}
          >
            <OutcomeDonut
              rows={outcomeRows}
              title={String(totalMigrations)}
              subTitle={t('migrations')}
              ariaTitle={t('Migrations by outcome')}
              ariaDesc={outcomeRows.map((r) => `${r.label}: ${r.value}`).join(', ')}
            />
            <FigureTable
              label={t('Migrations and VMs by outcome')}
              columns={[t('Outcome'), t('Migrations'), t('VMs')]}
              rows={statuses.map((status) => ({
                key: status,
                cells: [status, outcomeRows.find((r) => r.label === status)?.value ?? 0, vmRows.find((r) => r.label === status)?.value ?? 0],
              }))}
            />
          </MetricsCard>
          <MetricsCard
            title={t('Finished migrations over time')}
            loaded={trendLoaded}
            error={prometheusError(trend, trendError)}
            empty={trendSeries.length === 0}
            emptyText={t('No migration finished in this range.')}
          >
            <TimeSeriesChart series={trendSeries} formatY={(v) => String(Math.round(v))} ariaTitle={t('Finished migrations over time')} ariaDesc={t('Cumulative count of finished migrations by outcome')} />
            <FigureTable
              label={t('Finished migrations in the range')}
              columns={[t('Outcome'), t('At the start'), t('Now')]}
              rows={trendSeries.map((s) => ({ key: s.name, cells: [s.name, s.points[0]?.y ?? 0, latestAndPeak(s).latest] }))}
            />
          </MetricsCard>
        </Gallery>
      </StackItem>
      {(
        [
          ['net', t('Network throughput'), netSeries, netLoaded, prometheusError(net, netError)],
          ['storage', t('Storage throughput'), storageSeries, storageLoaded, prometheusError(storage, storageError)],
        ] as const
      ).map(([key, title, series, loaded, error]) => (
        <StackItem key={key}>
          <MetricsCard title={title} loaded={loaded} error={error} empty={series.length === 0} emptyText={t('No migration copied data in this range.')}>
            <TimeSeriesChart series={series} formatY={formatRate} ariaTitle={title} ariaDesc={t('Throughput per plan while its migration runs')} />
            <FigureTable
              label={t('{{title}} by plan', { title })}
              columns={[t('Plan'), t('Latest'), t('Peak')]}
              rows={series.map((s) => ({ key: s.name, cells: [s.name, formatRate(latestAndPeak(s).latest), formatRate(latestAndPeak(s).peak)] }))}
            />
          </MetricsCard>
        </StackItem>
      ))}
      <StackItem>
        <MetricsCard
          title={t('Migration durations')}
          loaded={durationsLoaded}
          error={prometheusError(durations, durationsError)}
          empty={durationRows.length === 0}
          emptyText={t('No migration has started yet.')}
        >
          <HorizontalBars rows={durationRows} formatY={(v) => formatDuration(v * 1000)} ariaTitle={t('Migration durations')} ariaDesc={t('Duration of the latest migration of each plan')} />
          <FigureTable
            label={t('Migration durations by plan')}
            columns={[t('Plan'), t('Duration'), t('Data copied')]}
            rows={durationRows.map((r) => ({
              key: r.uid,
              cells: [r.label, formatDuration(r.value * 1000), formatBytes(transferredRows.find((x) => x.label === r.uid)?.value ?? 0)],
            }))}
          />
        </MetricsCard>
      </StackItem>
      <StackItem>
        <MetricsCard
          title={t('Duration distribution of succeeded migrations')}
          loaded={bucketsLoaded}
          error={prometheusError(buckets, bucketsError)}
          empty={observed === 0}
          emptyText={t('No migration has succeeded yet.')}
        >
          <p>
            {meanSeconds !== undefined
              ? t('{{count}} succeeded migrations, {{mean}} on average (mtv_migrations_duration_seconds).', { count: observed, mean: formatDuration(meanSeconds * 1000) })
              : t('{{count}} succeeded migrations (mtv_migrations_duration_seconds).', { count: observed })}
          </p>
          <HorizontalBars
            rows={histogramRows}
            formatY={(v) => String(Math.round(v))}
            ariaTitle={t('Duration distribution of succeeded migrations')}
            ariaDesc={histogramRows.map((r) => `${r.label}: ${r.value}`).join(', ')}
          />
          <FigureTable
            label={t('Succeeded migrations by duration')}
            columns={[t('Duration'), t('Migrations'), t('Up to this duration')]}
            rows={histogram.map((b) => ({ key: String(b.upper), cells: [bucketLabel(b), b.count, b.cumulative] }))}
          />
        </MetricsCard>
      </StackItem>
    </Stack>
  );
};

export default MetricsTab;
