// @vitest-environment jsdom
/**
 * A hook step's Job in the pipeline: its state with the Failed condition's reason, and "View log"
 * fetching the newest pod's log, or showing why it could not.
 */
import * as React from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

const watched: { jobs: unknown[]; pods: unknown[]; requests: unknown[] } = { jobs: [], pods: [], requests: [] };
const consoleFetchText = vi.fn();
vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  consoleFetchText: (...args: unknown[]) => consoleFetchText(...args),
  ResourceLink: ({ name }: { name: string }) => <a href={`#${name}`}>{name}</a>,
  useK8sWatchResource: (req: { groupVersionKind: { kind: string } } | null) => {
    watched.requests.push(req);
    if (!req) return [[], true, undefined];
    return [req.groupVersionKind.kind === 'Job' ? watched.jobs : watched.pods, true, undefined];
  },
}));

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });
const { HookJobStatus } = await import('./HookJobStatus');

afterEach(() => {
  cleanup();
  consoleFetchText.mockReset();
  watched.requests = [];
});

const failedJob = {
  metadata: { name: 'p-vm-1-prehook-abcde', creationTimestamp: '2026-01-01T00:00:00Z' },
  status: { failed: 2, conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }] },
};
const pods = [
  { metadata: { name: 'p-vm-1-prehook-abcde-aaaaa', creationTimestamp: '2026-01-01T00:00:01Z' } },
  { metadata: { name: 'p-vm-1-prehook-abcde-bbbbb', creationTimestamp: '2026-01-01T00:00:09Z' } },
];

const renderIt = () => render(<HookJobStatus namespace="ns" planUid="uid-1" vmId="vm-1" vmName="web-1" step="PreHook" />);

describe('HookJobStatus', () => {
  it('finds the Job by the hook runner labels and shows its failure with reason and message', () => {
    watched.jobs = [failedJob];
    watched.pods = pods;
    renderIt();
    expect(watched.requests[0]).toMatchObject({ namespace: 'ns', selector: { matchLabels: { plan: 'uid-1', vmID: 'vm-1', step: 'PreHook' } } });
    expect(screen.getByRole('link', { name: 'p-vm-1-prehook-abcde' })).toBeTruthy();
    expect(screen.getByText(/Failed: BackoffLimitExceeded \(Job has reached the specified backoff limit\)/)).toBeTruthy();
  });

  it('names why the kubelet stopped the last pod (the Hook\'s deadline)', () => {
    watched.jobs = [failedJob];
    watched.pods = [pods[0], { ...pods[1], status: { phase: 'Failed', reason: 'DeadlineExceeded', message: 'Pod was active on the node longer than the specified deadline' } }];
    renderIt();
    expect(screen.getByText('Pod p-vm-1-prehook-abcde-bbbbb: DeadlineExceeded: Pod was active on the node longer than the specified deadline')).toBeTruthy();
  });

  it('"View log" fetches the newest pod\'s hook container log and shows it; Hide hides it', async () => {
    watched.jobs = [failedJob];
    watched.pods = pods;
    consoleFetchText.mockResolvedValue('TASK [Check] ***\nfatal: [localhost]: FAILED!');
    renderIt();
    fireEvent.click(screen.getByRole('button', { name: 'View log of the PreHook hook of web-1' }));
    expect(await screen.findByLabelText('Log of pod p-vm-1-prehook-abcde-bbbbb')).toBeTruthy();
    expect(consoleFetchText).toHaveBeenCalledWith('/api/kubernetes/api/v1/namespaces/ns/pods/p-vm-1-prehook-abcde-bbbbb/log?container=hook');
    expect(screen.getByLabelText('Log of pod p-vm-1-prehook-abcde-bbbbb').textContent).toContain('fatal: [localhost]: FAILED!');
    fireEvent.click(screen.getByRole('button', { name: 'Hide log of the PreHook hook of web-1' }));
    expect(screen.queryByLabelText('Log of pod p-vm-1-prehook-abcde-bbbbb')).toBeNull();
  });

  it('shows the server\'s reason when the log cannot be read', async () => {
    watched.jobs = [{ metadata: { name: 'j', creationTimestamp: '2026-01-01T00:00:00Z' }, status: { active: 1 } }];
    watched.pods = [pods[0]];
    consoleFetchText.mockRejectedValue(Object.assign(new Error('Bad Request'), { json: { message: 'container "hook" in pod "x" is waiting to start: ContainerCreating' } }));
    renderIt();
    expect(screen.getByText(/Running/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'View log of the PreHook hook of web-1' }));
    expect(await screen.findByText('container "hook" in pod "x" is waiting to start: ContainerCreating')).toBeTruthy();
  });

  it('says so when the step has no Job yet', () => {
    watched.jobs = [];
    renderIt();
    expect(screen.getByText('No hook Job yet.')).toBeTruthy();
  });
});
