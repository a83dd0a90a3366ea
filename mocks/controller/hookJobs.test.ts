import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../core/contract';
import { FaultInjector } from '../core/faults';
import { createApiHandler } from '../core/http/api-handler';
import type { MemoryObjectStore } from '../core/store';
import { plannedFailure } from './failures';
import { BACKOFF_LIMIT_MESSAGE, JOBS } from './hookJobs';
import { stepNames } from './pipeline';
import { TIME_SCALE_ANNOTATION } from './runner';
import { scenario } from './testing/scenario';
import { R } from './testing/world';

type Step = { name: string; phase: string; error?: { reasons: string[] } };
const vmsOf = (obj: K8sObject) => ((obj.status?.migration as { vms?: { id: string; pipeline: Step[]; error?: { reasons: string[] } }[] } | undefined)?.vms ?? []);
const conditions = (o: K8sObject | undefined) => (o?.status?.conditions ?? []) as { type: string; reason?: string; message?: string }[];

const PLAYBOOK = '- name: Prepare\n  hosts: localhost\n  tasks:\n  - name: Load Plan\n    include_vars:\n      file: plan.yml\n';
const FAILING = `${PLAYBOOK}  - name: Check guest agent\n    ansible.builtin.fail:\n      msg: guest agent not running\n`;

function setUp(playbook: string, steps: ('PreHook' | 'PostHook')[], deadline?: number) {
  const s = scenario({ controller: { pipeline: { simpleStepMs: { Initialize: 1_000, PreHook: 10_000, PostHook: 10_000, DiskAllocation: 1_000, ImageConversion: 1_000, VirtualMachineCreation: 1_000 }, transferMBps: 1_000_000, precopyIntervalMs: 60_000, deltaCopyMs: 1_000 } } });
  const vm = s.inv.vms().filter((v) => !plannedFailure(v, stepNames('cold', 'vsphere', { pre: true, post: true }), 0.08) && !v.concerns.some((c) => c.category === 'Critical'))[0];
  s.createMaps([vm]);
  const hook = s.store.create(R.hooks, { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Hook', metadata: { name: 'prep', namespace: 'openshift-mtv' }, spec: { image: 'quay.io/kubev2v/hook-runner', playbook: btoa(playbook), serviceAccount: 'hooks', ...(deadline ? { deadline } : {}) } });
  const plan = s.createPlan('hooked', [vm], { vms: [{ id: vm.id, name: vm.name, hooks: steps.map((step) => ({ step, hook: { name: 'prep', namespace: 'openshift-mtv' } })) }] });
  s.clock.advance(1_000);
  s.createMigration('hooked-1', 'hooked');
  const api = createApiHandler({ store: s.store as MemoryObjectStore, faults: new FaultInjector() });
  const log = (pod: string) => api(new Request(`http://sim/api/v1/namespaces/openshift-mtv/pods/${pod}/log`));
  const jobs = () => s.store.list(JOBS, 'openshift-mtv');
  const podsOf = (job: string) => s.store.list(R.pods, 'openshift-mtv').filter((p) => p.metadata.labels?.['job-name'] === job);
  return { s, vm, hook, plan, api, log, jobs, podsOf };
}

describe('hook Jobs', () => {
  it('runs a PreHook as a Job in the plan namespace with upstream labels, its ConfigMap, and a pod whose log grows task by task', async () => {
    const { s, vm, hook, plan, api, log, jobs, podsOf } = setUp(PLAYBOOK, ['PreHook']);
    expect(s.runUntil(() => jobs().length > 0, 30_000, 500)).toBe(true);
    const job = jobs()[0];
    const migration = s.get(R.migrations, 'hooked-1');
    expect(job.metadata.name).toMatch(new RegExp(`^hooked-${vm.id.toLowerCase()}-prehook-[a-z0-9]{5}$`));
    expect(job.metadata.labels).toEqual({ plan: plan.metadata.uid, migration: migration.metadata.uid, vmID: vm.id, step: 'PreHook', hook: hook.metadata.uid, resource: 'hook-config' });
    expect(job.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Plan', name: 'hooked' });
    const spec = job.spec as { backoffLimit: number; template: { spec: { serviceAccountName: string; containers: { name: string; image: string; command: string[] }[]; volumes: { configMap: { name: string } }[] } } };
    expect(spec.backoffLimit).toBe(1);
    expect(spec.template.spec.serviceAccountName).toBe('hooks');
    expect(spec.template.spec.containers[0]).toMatchObject({ name: 'hook', image: 'quay.io/kubev2v/hook-runner', resources: { requests: { cpu: '100m', memory: '150Mi' }, limits: { cpu: '1000m', memory: '1Gi' } } });
    expect(spec.template.spec.containers[0].command.slice(-2)).toEqual(['-p', '/tmp/hook/playbook.yml']);
    const cm = s.store.get({ group: '', version: 'v1', plural: 'configmaps' }, 'openshift-mtv', spec.template.spec.volumes[0].configMap.name)!;
    expect((cm.data as Record<string, string>)['playbook.yml']).toBe(PLAYBOOK);
    expect(Object.keys(cm.data as object).sort()).toEqual(['plan.yml', 'playbook.yml', 'workload.yml']);

    const [pod] = podsOf(job.metadata.name!);
    expect(pod.status?.phase).toBe('Running');
    s.clock.advance(6_000);
    const partial = await (await log(pod.metadata.name!)).text();
    expect(partial).toContain('TASK [Gathering Facts]');
    expect(partial).not.toContain('PLAY RECAP');

    expect(s.runUntil(() => conditions(s.get(R.plans, 'hooked')).some((c) => c.type === 'Succeeded'), 120_000, 1_000)).toBe(true);
    expect(conditions(jobs()[0]).find((c) => c.type === 'Complete')).toBeTruthy();
    expect(jobs()[0].status?.succeeded).toBe(1);
    expect(podsOf(job.metadata.name!)[0].status?.phase).toBe('Succeeded');
    const response = await log(pod.metadata.name!);
    expect(response.headers.get('content-type')).toBe('text/plain');
    const text = await response.text();
    expect(text.match(/^TASK \[/gm)).toEqual(['TASK [', 'TASK [']);
    expect(text).toContain('TASK [Load Plan]');
    expect(text).toMatch(/ok=2\s+changed=0\s+unreachable=0\s+failed=0/);
    const tail = await (await api(new Request(`http://sim/api/v1/namespaces/openshift-mtv/pods/${pod.metadata.name}/log?container=hook&tailLines=1`))).text();
    expect(tail).toMatch(/^localhost\s+: ok=2.*\n$/);
  });

  it('fails the step with the Job\'s Failed condition message when the playbook fails: two pods (backoffLimit 1), both logs fatal', async () => {
    const { s, log, jobs, podsOf } = setUp(FAILING, ['PostHook']);
    expect(s.runUntil(() => conditions(s.get(R.plans, 'hooked')).some((c) => c.type === 'Failed'), 300_000, 1_000)).toBe(true);
    const job = jobs()[0];
    expect(job.metadata.labels?.step).toBe('PostHook');
    expect(conditions(job).find((c) => c.type === 'Failed')).toMatchObject({ reason: 'BackoffLimitExceeded', message: BACKOFF_LIMIT_MESSAGE });
    expect(job.status?.failed).toBe(2);
    const pods = podsOf(job.metadata.name!);
    expect(pods.map((p) => p.status?.phase)).toEqual(['Failed', 'Failed']);
    for (const p of pods) expect(await (await log(p.metadata.name!)).text()).toContain('fatal: [localhost]: FAILED! => {"changed": false, "msg": "guest agent not running"}');
    const vm = vmsOf(s.get(R.plans, 'hooked'))[0];
    const step = vm.pipeline.find((p) => p.name === 'PostHook')!;
    expect(step.error?.reasons).toEqual([BACKOFF_LIMIT_MESSAGE]);
    expect(vm.error?.reasons).toEqual([BACKOFF_LIMIT_MESSAGE]);
  });

  it('stops each pod at the Hook\'s deadline (DeadlineExceeded, the log cut short), then fails the Job and the step', async () => {
    const LONG = `${PLAYBOOK}${Array.from({ length: 8 }, (_, i) => `  - name: Step ${i}\n    debug: {}\n`).join('')}`;
    const { s, log, jobs, podsOf } = setUp(LONG, ['PreHook'], 3);
    expect(s.runUntil(() => conditions(s.get(R.plans, 'hooked')).some((c) => c.type === 'Failed'), 120_000, 1_000)).toBe(true);
    const job = jobs()[0];
    expect(conditions(job).find((c) => c.type === 'Failed')).toMatchObject({ reason: 'BackoffLimitExceeded' });
    expect((job.spec as { template: { spec: { activeDeadlineSeconds: number } } }).template.spec.activeDeadlineSeconds).toBe(3);
    const pods = podsOf(job.metadata.name!);
    expect(pods.map((p) => [p.status?.phase, p.status?.reason])).toEqual([['Failed', 'DeadlineExceeded'], ['Failed', 'DeadlineExceeded']]);
    for (const p of pods) {
      const text = await (await log(p.metadata.name!)).text();
      expect(text).toContain('TASK [Gathering Facts]');
      expect(text).not.toContain('PLAY RECAP');
    }
    const step = vmsOf(s.get(R.plans, 'hooked'))[0].pipeline.find((p) => p.name === 'PreHook')!;
    expect(step.error?.reasons).toEqual([BACKOFF_LIMIT_MESSAGE]);
    // Both 3 s attempts, not the whole 10 s step: the step ends a few seconds after it started.
    const started = Date.parse((step as unknown as { started: string }).started);
    expect(Date.parse((step as unknown as { completed: string }).completed) - started).toBeLessThan(10_000);
  });

  it('serves pod logs like the API server: 404 for a missing pod, 400 naming why there is no log yet', async () => {
    const { s, api, log } = setUp(PLAYBOOK, ['PreHook']);
    expect((await log('nope')).status).toBe(404);
    s.store.create(R.pods, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'two', namespace: 'openshift-mtv' }, spec: { containers: [{ name: 'a' }, { name: 'b' }] } });
    const many = await log('two');
    expect(many.status).toBe(400);
    expect(((await many.json()) as { message: string }).message).toBe('a container name must be specified for pod two, choose one of: [a b]');
    const waiting = await api(new Request('http://sim/api/v1/namespaces/openshift-mtv/pods/two/log?container=a'));
    expect(waiting.status).toBe(400);
    expect(((await waiting.json()) as { message: string }).message).toMatch(/container "a" in pod "two" is waiting to start/);
    expect((await api(new Request('http://sim/api/v1/namespaces/openshift-mtv/pods/two/log', { method: 'DELETE' }))).status).toBe(405);
  });

  it('gives the hook container the ForkliftController\'s hooks_container_* resources', () => {
    const s0 = setUp(PLAYBOOK, ['PreHook']);
    s0.s.store.create({ group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'forkliftcontrollers' }, { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'ForkliftController', metadata: { name: 'forklift-controller', namespace: 'openshift-mtv' }, spec: { hooks_container_limits_memory: '2Gi', hooks_container_requests_cpu: '250m' } });
    expect(s0.s.runUntil(() => s0.jobs().length > 0, 30_000, 500)).toBe(true);
    const container = (s0.jobs()[0].spec as { template: { spec: { containers: { resources: unknown }[] } } }).template.spec.containers[0];
    expect(container.resources).toEqual({ requests: { cpu: '250m', memory: '150Mi' }, limits: { cpu: '1000m', memory: '2Gi' } });
  });

  it('deletes the hook Job of a VM canceled while its hook runs', () => {
    const { s, jobs } = setUp(PLAYBOOK, ['PreHook']);
    expect(s.runUntil(() => jobs().length > 0, 30_000, 500)).toBe(true);
    const m = s.get(R.migrations, 'hooked-1');
    const vmId = jobs()[0].metadata.labels!.vmID;
    s.store.update(R.migrations, { ...m, spec: { ...m.spec, cancel: [{ id: vmId }] } });
    expect(s.runUntil(() => jobs().length === 0, 30_000, 1_000)).toBe(true);
  });

  it('keeps the annotation-driven time scale: a tenfold plan runs its hook Job in a tenth of the time', () => {
    const { s, plan, jobs, podsOf } = setUp(PLAYBOOK, ['PreHook']);
    s.store.update(R.plans, { ...s.get(R.plans, 'hooked'), metadata: { ...s.get(R.plans, 'hooked').metadata, annotations: { [TIME_SCALE_ANNOTATION]: '10' } } });
    expect(plan).toBeTruthy();
    expect(s.runUntil(() => jobs().length > 0 && podsOf(jobs()[0].metadata.name!)[0]?.status?.phase === 'Succeeded', 60_000, 500)).toBe(true);
  });
});
