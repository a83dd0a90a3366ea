import * as React from 'react';
import { PrometheusEndpoint, useK8sWatchResource, usePrometheusPoll } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Card, CardBody, CardTitle, FormSelect, FormSelectOption, Gallery, Spinner, Stack, StackItem, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { PlanModel, gvkOf } from '../k8s/models';
import type { V1beta1Plan } from '../k8s/types';
import { formatDuration } from '../history/migrationHistory';
import { useForkliftTranslation } from '../utils/i18n';
import { HorizontalBars, OutcomeDonut, TimeSeriesChart } from './MetricsCharts';
import { METRICS_RANGES, QUERIES, formatBytes, formatRate, latestAndPeak, matrixSeries, prometheusError, vectorRows, type MetricsRange } from './metricsQueries';

const POLL_MS = 30_000;

const QueryState: React.FC<{ loaded: boolean; error?: string; empty: boolean; emptyText: string; children: React.ReactNode }> = ({ loaded, error, empty, emptyText, children }) => {
  const { t } = useForkliftTranslation();
  if (error) {
    return (
      <Alert isInline variant="danger" title={t('Prometheus answered with an error')}>
        {error}
      </Alert>
    );
  }
  if (!loaded) return <Spinner size="md" aria-label={t('Loading metrics')} />;
  if (empty) return <p>{emptyText}</p>;
  return <>{children}</>;
};

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
          <Card aria-label={t('Migrations by outcome')}>
            <CardTitle>{t('Migrations by outcome')}</CardTitle>
            <CardBody>
              <QueryState loaded={outcomesLoaded && vmOutcomesLoaded} error={prometheusError(outcomes, outcomesError) ?? prometheusError(vmOutcomes, vmOutcomesError)} empty={statuses.length === 0} emptyText={t('No migration has finished yet.')}>
                <OutcomeDonut
                  rows={outcomeRows}
                  title={String(totalMigrations)}
                  subTitle={t('migrations')}
                  ariaTitle={t('Migrations by outcome')}
                  ariaDesc={outcomeRows.map((r) => `${r.label}: ${r.value}`).join(', ')}
                />
                <Table aria-label={t('Migrations and VMs by outcome')} variant="compact">
                  <Thead>
                    <Tr>
                      <Th>{t('Outcome')}</Th>
                      <Th>{t('Migrations')}</Th>
                      <Th>{t('VMs')}</Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {statuses.map((status) => (
                      <Tr key={status}>
                        <Td dataLabel={t('Outcome')}>{status}</Td>
                        <Td dataLabel={t('Migrations')}>{outcomeRows.find((r) => r.label === status)?.value ?? 0}</Td>
                        <Td dataLabel={t('VMs')}>{vmRows.find((r) => r.label === status)?.value ?? 0}</Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              </QueryState>
            </CardBody>
          </Card>
          <Card aria-label={t('Finished migrations over time')}>
            <CardTitle>{t('Finished migrations over time')}</CardTitle>
            <CardBody>
              <QueryState loaded={trendLoaded} error={prometheusError(trend, trendError)} empty={trendSeries.length === 0} emptyText={t('No migration finished in this range.')}>
                <TimeSeriesChart series={trendSeries} formatY={(v) => String(Math.round(v))} ariaTitle={t('Finished migrations over time')} ariaDesc={t('Cumulative count of finished migrations by outcome')} />
                <Table aria-label={t('Finished migrations in the range')} variant="compact">
                  <Thead>
                    <Tr>
                      <Th>{t('Outcome')}</Th>
                      <Th>{t('At the start')}</Th>
                      <Th>{t('Now')}</Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {trendSeries.map((s) => (
                      <Tr key={s.name}>
                        <Td dataLabel={t('Outcome')}>{s.name}</Td>
                        <Td dataLabel={t('At the start')}>{s.points[0]?.y ?? 0}</Td>
                        <Td dataLabel={t('Now')}>{latestAndPeak(s).latest}</Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              </QueryState>
            </CardBody>
          </Card>
        </Gallery>
      </StackItem>
      {(
        [
          ['net', t('Network throughput'), netSeries, netLoaded, prometheusError(net, netError)],
          ['storage', t('Storage throughput'), storageSeries, storageLoaded, prometheusError(storage, storageError)],
        ] as const
      ).map(([key, title, series, loaded, error]) => (
        <StackItem key={key}>
          <Card aria-label={title}>
            <CardTitle>{title}</CardTitle>
            <CardBody>
              <QueryState loaded={loaded} error={error} empty={series.length === 0} emptyText={t('No migration copied data in this range.')}>
                <TimeSeriesChart series={series} formatY={formatRate} ariaTitle={title} ariaDesc={t('Throughput per plan while its migration runs')} />
                <Table aria-label={t('{{title}} by plan', { title })} variant="compact">
                  <Thead>
                    <Tr>
                      <Th>{t('Plan')}</Th>
                      <Th>{t('Latest')}</Th>
                      <Th>{t('Peak')}</Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {series.map((s) => (
                      <Tr key={s.name}>
                        <Td dataLabel={t('Plan')}>{s.name}</Td>
                        <Td dataLabel={t('Latest')}>{formatRate(latestAndPeak(s).latest)}</Td>
                        <Td dataLabel={t('Peak')}>{formatRate(latestAndPeak(s).peak)}</Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              </QueryState>
            </CardBody>
          </Card>
        </StackItem>
      ))}
      <StackItem>
        <Card aria-label={t('Migration durations')}>
          <CardTitle>{t('Migration durations')}</CardTitle>
          <CardBody>
            <QueryState loaded={durationsLoaded} error={prometheusError(durations, durationsError)} empty={durationRows.length === 0} emptyText={t('No migration has started yet.')}>
              <HorizontalBars rows={durationRows} formatY={(v) => formatDuration(v * 1000)} ariaTitle={t('Migration durations')} ariaDesc={t('Duration of the latest migration of each plan')} />
              <Table aria-label={t('Migration durations by plan')} variant="compact">
                <Thead>
                  <Tr>
                    <Th>{t('Plan')}</Th>
                    <Th>{t('Duration')}</Th>
                    <Th>{t('Data copied')}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {durationRows.map((r) => (
                    <Tr key={r.uid}>
                      <Td dataLabel={t('Plan')}>{r.label}</Td>
                      <Td dataLabel={t('Duration')}>{formatDuration(r.value * 1000)}</Td>
                      <Td dataLabel={t('Data copied')}>{formatBytes(transferredRows.find((x) => x.label === r.uid)?.value ?? 0)}</Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </QueryState>
          </CardBody>
        </Card>
      </StackItem>
    </Stack>
  );
};

export default MetricsTab;
