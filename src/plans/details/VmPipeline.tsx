import * as React from 'react';
import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Progress, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { PlanVmStatus } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { formatDuration, stepDisks, stepPercent, warmTimeline } from '../progress/vmProgress';
import { HOOK_STEPS } from './hookJob';
import { HookJobStatus, type HookJobRef } from './HookJobStatus';

const latestTimestamp = (vm: PlanVmStatus): number => {
  let max = 0;
  const see = (iso?: string) => {
    const v = iso ? Date.parse(iso) : NaN;
    if (v > max) max = v;
  };
  see(vm.started);
  see(vm.completed);
  for (const s of vm.pipeline ?? []) {
    see(s.started);
    see(s.completed);
    for (const task of s.tasks ?? []) see(task.started);
  }
  return max;
};

/** Re-renders every second while mounted: for rates and ETAs of an expanded VM (no Kubernetes polling). */
const useNow = (ms: number) => {
  const [now, setNow] = React.useState(Date.now());
  React.useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
};

/** One VM's pipeline: every step with its progress, disks with MB, rate and ETA, the error of a failed step, warm precopies. */
export const VmPipeline: React.FC<{ vm: PlanVmStatus; cutover?: string; hooks?: HookJobRef }> = ({ vm, cutover, hooks }) => {
  const { t } = useForkliftTranslation();
  const tick = useNow(1000);
  // A simulated cluster may run ahead of the wall clock: never compute a rate against a "now" before the data.
  const now = Math.max(tick, latestTimestamp(vm));
  const timeline = warmTimeline(vm, cutover);
  const failed = (vm.pipeline ?? []).find((s) => s.error);
  const name = vm.name ?? vm.id;
  return (
    <div>
      {failed || vm.error ? (
        <Alert isInline variant="danger" title={t('Failed in step {{step}}', { step: failed?.name ?? vm.error?.phase })}>
          {(failed?.error?.reasons ?? vm.error?.reasons ?? []).map((r) => (
            <p key={r}>{r}</p>
          ))}
        </Alert>
      ) : null}
      <Table aria-label={t('Pipeline of {{vm}}', { vm: name })} variant="compact">
        <Thead>
          <Tr>
            <Th>{t('Step')}</Th>
            <Th>{t('Phase')}</Th>
            <Th width={25}>{t('Progress')}</Th>
            <Th>{t('Started')}</Th>
            <Th>{t('Completed')}</Th>
          </Tr>
        </Thead>
        {(vm.pipeline ?? []).map((step) => {
          const disks = stepDisks(step, now);
          return (
            <Tbody key={step.name}>
              <Tr>
                <Td dataLabel={t('Step')}>
                  {step.name}
                  {step.description ? <div className="pf-v6-u-font-size-sm">{step.description}</div> : null}
                </Td>
                <Td dataLabel={t('Phase')}>{step.error ? t('Failed') : step.reason === 'Canceled' ? t('Canceled') : step.phase}</Td>
                <Td dataLabel={t('Progress')}>
                  <Progress
                    size="sm"
                    value={stepPercent(step)}
                    variant={step.error ? 'danger' : undefined}
                    aria-label={t('{{step}} of {{vm}}', { step: step.name, vm: name })}
                  />
                </Td>
                <Td dataLabel={t('Started')}>{step.started ? <Timestamp timestamp={step.started} /> : '–'}</Td>
                <Td dataLabel={t('Completed')}>{step.completed ? <Timestamp timestamp={step.completed} /> : '–'}</Td>
              </Tr>
              {hooks && HOOK_STEPS.has(step.name) && step.phase !== 'Pending' ? (
                <Tr>
                  <Td colSpan={5} className="pf-v6-u-pl-xl">
                    <HookJobStatus namespace={hooks.namespace} planUid={hooks.planUid} vmId={vm.id ?? ''} vmName={name ?? ''} step={step.name ?? ''} />
                  </Td>
                </Tr>
              ) : null}
              {disks.map((d) => (
                <Tr key={d.name}>
                  <Td dataLabel={t('Disk')} className="pf-v6-u-pl-xl">
                    {d.name}
                  </Td>
                  <Td dataLabel={t('Phase')}>{d.phase}</Td>
                  <Td dataLabel={t('Transferred')}>
                    {t('{{done}} / {{total}} MB ({{percent}}%)', { done: d.completedMb.toLocaleString(), total: d.totalMb.toLocaleString(), percent: d.percent })}
                  </Td>
                  <Td dataLabel={t('Rate')}>{d.rateMbps !== undefined ? t('{{rate}} MB/s', { rate: d.rateMbps.toFixed(1) }) : '–'}</Td>
                  <Td dataLabel={t('ETA')}>
                    {d.etaSeconds === 0 ? t('done') : d.etaSeconds !== undefined ? t('{{eta}} left', { eta: formatDuration(d.etaSeconds) }) : '–'}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          );
        })}
      </Table>
      {timeline ? (
        <>
          <Title headingLevel="h4" className="pf-v6-u-mt-md">
            {t('Precopies')}
          </Title>
          <p>
            {t('{{ok}} precopies done, {{failed}} failed.', { ok: timeline.successes, failed: timeline.failures })}{' '}
            {timeline.nextPrecopyAt ? (
              <>
                {t('Next precopy:')} <Timestamp timestamp={timeline.nextPrecopyAt} />.{' '}
              </>
            ) : null}
            {timeline.cutover ? (
              <>
                {t('Cutover scheduled:')} <Timestamp timestamp={timeline.cutover} />.
              </>
            ) : (
              t('No cutover scheduled.')
            )}
          </p>
          {timeline.precopies.length ? (
            <Table aria-label={t('Precopies of {{vm}}', { vm: name })} variant="compact">
              <Thead>
                <Tr>
                  <Th>{t('Precopy')}</Th>
                  <Th>{t('Start')}</Th>
                  <Th>{t('End')}</Th>
                  <Th>{t('Duration')}</Th>
                  <Th>{t('Disk deltas')}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {timeline.precopies.map((p) => (
                  <Tr key={p.index}>
                    <Td dataLabel={t('Precopy')}>{p.index}</Td>
                    <Td dataLabel={t('Start')}>{p.start ? <Timestamp timestamp={p.start} /> : '–'}</Td>
                    <Td dataLabel={t('End')}>{p.end ? <Timestamp timestamp={p.end} /> : t('copying')}</Td>
                    <Td dataLabel={t('Duration')}>{p.durationSeconds !== undefined ? formatDuration(p.durationSeconds) : '–'}</Td>
                    <Td dataLabel={t('Disk deltas')}>{p.deltas}</Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          ) : null}
        </>
      ) : null}
    </div>
  );
};
