import * as React from 'react';
import { ResourceLink, consoleFetchText, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Button, Spinner } from '@patternfly/react-core';
import { JobModel, PodModel, gvkOf } from '../../k8s/models';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import { hookJobSelector, jobState, newest, podLogUrl, type HookJob, type HookPod } from './hookJob';

export interface HookJobRef {
  /** The plan's namespace: Forklift runs hook Jobs there. */
  namespace: string;
  planUid: string;
}

type LogState = { status: 'idle' } | { status: 'loading' } | { status: 'loaded'; text: string; pod: string } | { status: 'error'; message: string };

/**
 * The Job Forklift ran for one VM's hook step: its state (with the Failed condition's reason and
 * message), a link to it, and "View log", which fetches the newest pod's log through the console's
 * API proxy. Watches only while the step's row is shown.
 */
export const HookJobStatus: React.FC<HookJobRef & { vmId: string; vmName: string; step: string }> = ({ namespace, planUid, vmId, vmName, step }) => {
  const { t } = useForkliftTranslation();
  const [jobs, jobsLoaded, jobsError] = useK8sWatchResource<HookJob[]>({ groupVersionKind: gvkOf(JobModel), namespace, isList: true, selector: hookJobSelector(planUid, vmId, step) });
  const job = newest(jobs);
  const jobName = job?.metadata?.name;
  const [pods] = useK8sWatchResource<HookPod[]>(
    jobName ? { groupVersionKind: gvkOf(PodModel), namespace, isList: true, selector: { matchLabels: { 'job-name': jobName } } } : null,
  );
  const pod = newest(pods);
  const [log, setLog] = React.useState<LogState>({ status: 'idle' });
  const podName = pod?.metadata?.name;

  const load = React.useCallback(async () => {
    if (!podName) return;
    setLog({ status: 'loading' });
    try {
      setLog({ status: 'loaded', text: await consoleFetchText(podLogUrl(namespace, podName)), pod: podName });
    } catch (err) {
      setLog({ status: 'error', message: errorMessage(err) });
    }
  }, [namespace, podName]);

  if (jobsError) return <Alert isInline isPlain variant="warning" title={t('The hook Job could not be read: {{reason}}', { reason: errorMessage(jobsError) })} />;
  if (!jobsLoaded) return null;
  if (!job) return <span className="pf-v6-u-font-size-sm">{t('No hook Job yet.')}</span>;
  const state = jobState(job);
  const stateText = { Running: t('Running'), Succeeded: t('Succeeded'), Failed: t('Failed') }[state.state];
  return (
    <div className="pf-v6-u-font-size-sm">
      <div>
        {t('Hook Job')} <ResourceLink inline groupVersionKind={gvkOf(JobModel)} name={jobName} namespace={namespace} /> {stateText}
        {state.failedPods && state.state !== 'Failed' ? ` ${t('(failed attempts: {{count}}, retrying)', { count: state.failedPods })}` : null}
        {state.state === 'Failed' ? `: ${state.reason ?? ''}${state.message ? ` (${state.message})` : ''}` : null}
      </div>
      {/* Why the kubelet stopped the last pod, e.g. the Hook's deadline (DeadlineExceeded). */}
      {pod?.status?.reason ? <div>{t('Pod {{pod}}: {{reason}}', { pod: podName, reason: [pod.status.reason, pod.status.message].filter(Boolean).join(': ') })}</div> : null}
      <Button
        variant="link"
        isInline
        isDisabled={!podName || log.status === 'loading'}
        onClick={() => (log.status === 'loaded' && log.pod === podName ? setLog({ status: 'idle' }) : void load())}
        aria-label={log.status === 'loaded' && log.pod === podName ? t('Hide log of the {{step}} hook of {{vm}}', { step, vm: vmName }) : t('View log of the {{step}} hook of {{vm}}', { step, vm: vmName })}
      >
        {log.status === 'loaded' && log.pod === podName ? t('Hide log') : t('View log')}
      </Button>
      {log.status === 'loaded' ? (
        <>
          {' '}
          <Button variant="link" isInline onClick={() => void load()} aria-label={t('Reload log of the {{step}} hook of {{vm}}', { step, vm: vmName })}>
            {t('Reload')}
          </Button>
        </>
      ) : null}
      {log.status === 'loading' ? <Spinner size="sm" aria-label={t('Loading the log')} /> : null}
      {log.status === 'error' ? <Alert isInline variant="danger" title={t('The log could not be read')}>{log.message}</Alert> : null}
      {log.status === 'loaded' ? (
        <pre
          aria-label={t('Log of pod {{pod}}', { pod: log.pod })}
          tabIndex={0}
          style={{ maxHeight: 320, overflow: 'auto', whiteSpace: 'pre', background: 'var(--pf-t--global--background--color--secondary--default)', padding: 8 }}
        >
          {log.text || t('The log is empty.')}
        </pre>
      ) : null}
    </div>
  );
};
