import { describe, expect, it } from 'vitest';
import type { Condition, V1beta1Migration, V1beta1Plan } from '../../k8s/types';
import { planAvailability } from './availability';
import { buildMigration, cancelVmsPatch, cutoverPatch, latestMigration, migrationsOf } from './migrationBuilders';
import {
  applyVmCustomisation,
  archivePatch,
  dnsLabelProblem,
  duplicatePlan,
  guarded,
  mapsOps,
  pvcTemplateProblem,
  removeVmsOps,
  replaceVmOps,
  suggestCopyName,
  vmCustomisationOf,
  vmCustomisationSchema,
} from './planBuilders';

const cond = (type: string, category = 'Advisory'): Condition => ({ type, status: 'True', category });
const plan = (over: Partial<V1beta1Plan> = {}, conditions: Condition[] = [cond('Ready', 'Required')]): V1beta1Plan => ({
  apiVersion: 'forklift.konveyor.io/v1beta1',
  kind: 'Plan',
  metadata: { name: 'p1', namespace: 'ns', uid: 'u1', resourceVersion: '7', creationTimestamp: '2025-01-01T00:00:00Z', managedFields: [] },
  spec: { type: 'warm', targetNamespace: 't', vms: [{ id: 'a', name: 'vm-a' }, { id: 'b', name: 'vm-b' }, { id: 'c', name: 'vm-c' }], map: { network: { name: 'n' } } },
  status: { conditions },
  ...over,
});
const mig = (name: string, created: string, over: Partial<V1beta1Migration> = {}, conditions: Condition[] = []): V1beta1Migration => ({
  metadata: { name, namespace: 'ns', uid: `uid-${name}`, creationTimestamp: created },
  spec: { plan: { name: 'p1', namespace: 'ns', uid: 'u1' } },
  status: { conditions },
  ...over,
});

describe('buildMigration', () => {
  it('names the plan by name, namespace and uid, is owned by it, and carries a cutover when given', () => {
    const m = buildMigration(plan(), { cutover: '2025-01-02T00:00:00.000Z' });
    expect(m.metadata).toMatchObject({ generateName: 'p1-', namespace: 'ns', ownerReferences: [{ kind: 'Plan', name: 'p1', uid: 'u1' }] });
    expect(m.spec).toEqual({ plan: { name: 'p1', namespace: 'ns', uid: 'u1' }, cutover: '2025-01-02T00:00:00.000Z' });
    expect(buildMigration(plan()).spec).not.toHaveProperty('cutover');
  });
});

describe('migrations of a plan', () => {
  const other = { ...mig('x', '2025-01-05T00:00:00Z'), spec: { plan: { name: 'p2', namespace: 'ns' } } };
  const stale = { ...mig('old-uid', '2025-01-06T00:00:00Z'), spec: { plan: { name: 'p1', namespace: 'ns', uid: 'gone' } } };
  const all = [mig('m2', '2025-01-03T00:00:00Z'), other, mig('m1', '2025-01-02T00:00:00Z'), stale];
  it('keeps only the plan’s own (a same-named earlier plan’s do not count), oldest first', () => {
    expect(migrationsOf(plan(), all).map((m) => m.metadata?.name)).toEqual(['m1', 'm2']);
  });
  it('prefers the one the plan’s history names, else the newest', () => {
    expect(latestMigration(plan(), all)?.metadata?.name).toBe('m2');
    const p = plan({ status: { migration: { history: [{ migration: { name: 'm1', uid: 'uid-m1' } }] } } });
    expect(latestMigration(p, all)?.metadata?.name).toBe('m1');
  });
});

describe('cutoverPatch', () => {
  const at = new Date('2025-01-02T03:04:05Z');
  it('adds, replaces and removes', () => {
    expect(cutoverPatch(mig('m', ''), at)).toEqual([{ op: 'add', path: '/spec/cutover', value: '2025-01-02T03:04:05.000Z' }]);
    const scheduled = mig('m', '', { spec: { plan: { name: 'p1' }, cutover: 'x' } });
    expect(cutoverPatch(scheduled, at)[0].op).toBe('replace');
    expect(cutoverPatch(scheduled, undefined)).toEqual([{ op: 'remove', path: '/spec/cutover' }]);
    expect(cutoverPatch(mig('m', ''), undefined)).toEqual([]);
  });
});

describe('cancelVmsPatch', () => {
  it('creates the list, then appends only VMs not yet there', () => {
    expect(cancelVmsPatch(mig('m', ''), [{ id: 'a', name: 'vm-a' }, { id: 'a' }])).toEqual([{ op: 'add', path: '/spec/cancel', value: [{ id: 'a', name: 'vm-a' }] }]);
    const m = mig('m', '', { spec: { plan: { name: 'p1' }, cancel: [{ id: 'a' }] } });
    expect(cancelVmsPatch(m, [{ id: 'a' }, { id: 'b', name: 'vm-b' }])).toEqual([{ op: 'add', path: '/spec/cancel/-', value: { id: 'b', name: 'vm-b' } }]);
    expect(cancelVmsPatch(m, [{ id: 'a' }])).toEqual([]);
  });
});

describe('plan builders', () => {
  it('archive adds or replaces the flag', () => {
    expect(archivePatch(plan(), true)).toEqual([{ op: 'add', path: '/spec/archived', value: true }]);
    expect(archivePatch(plan({ spec: { archived: true } }), false)).toEqual([{ op: 'replace', path: '/spec/archived', value: false }]);
  });
  it('duplicate keeps the spec, drops identity, status and archived', () => {
    const source = plan({ spec: { ...plan().spec, archived: true } }, [cond('Succeeded')]);
    const copy = duplicatePlan(source, 'p1-copy');
    expect(copy.metadata).toEqual({ name: 'p1-copy', namespace: 'ns' });
    expect(copy).not.toHaveProperty('status');
    expect(copy.spec?.archived).toBeUndefined();
    expect(copy.spec?.vms).toEqual(source.spec?.vms);
    copy.spec!.vms![0].name = 'changed';
    expect(source.spec?.vms?.[0].name).toBe('vm-a');
  });
  it('suggests a free copy name within 63 characters', () => {
    expect(suggestCopyName('p1', new Set())).toBe('p1-copy');
    expect(suggestCopyName('p1', new Set(['p1-copy', 'p1-copy-2']))).toBe('p1-copy-3');
    expect(suggestCopyName('a'.repeat(63), new Set()).length).toBeLessThanOrEqual(63);
  });
  it('guards edits with the resourceVersion they were made against', () => {
    expect(guarded(plan(), [{ op: 'remove', path: '/spec/x' }])[0]).toEqual({ op: 'replace', path: '/metadata/resourceVersion', value: '7' });
  });
  it('removes VMs from the highest index down and repoints maps', () => {
    expect(removeVmsOps(plan(), [{ id: 'a' }, { id: 'c' }])).toEqual([
      { op: 'remove', path: '/spec/vms/2' },
      { op: 'remove', path: '/spec/vms/0' },
    ]);
    expect(mapsOps(plan(), { network: { name: 'n2' }, storage: { name: 's2' } })).toEqual([
      { op: 'replace', path: '/spec/map/network', value: { name: 'n2', namespace: 'ns' } },
      { op: 'add', path: '/spec/map/storage', value: { name: 's2', namespace: 'ns' } },
    ]);
  });
});

describe('per-VM customisation', () => {
  it('checks DNS labels and PVC templates', () => {
    expect(dnsLabelProblem('web-01')).toBeUndefined();
    expect(dnsLabelProblem('Web_01')).toBe('invalid');
    expect(dnsLabelProblem('-a')).toBe('invalid');
    expect(dnsLabelProblem('a'.repeat(64))).toBe('tooLong');
    expect(pvcTemplateProblem('{{.VmName}}-disk-{{.DiskIndex}}')).toBeUndefined();
    expect(pvcTemplateProblem('{{.VmName}-x')).toBe('unbalanced');
    expect(pvcTemplateProblem('{{.Nope}}')).toBe('unknown:.Nope');
    expect(vmCustomisationSchema.safeParse({ ...vmCustomisationOf({}), targetName: 'Bad Name' }).success).toBe(false);
    expect(vmCustomisationSchema.safeParse({ ...vmCustomisationOf({}), targetName: '' }).success).toBe(true);
  });
  it('round-trips a VM entry and drops emptied settings so the plan default applies', () => {
    const vm = { id: 'a', name: 'vm-a', targetName: 'x', targetPowerState: 'on' as const, hooks: [{ step: 'PreHook' as const, hook: { name: 'h1', namespace: 'ns' } }] };
    const values = vmCustomisationOf(vm);
    expect(values).toEqual({ targetName: 'x', targetPowerState: 'on', pvcNameTemplate: '', preHook: 'h1', postHook: '' });
    expect(applyVmCustomisation(vm, { ...values, targetPowerState: '', preHook: '', postHook: 'h2', pvcNameTemplate: '{{.VmName}}' }, 'ns')).toEqual({
      id: 'a',
      name: 'vm-a',
      targetName: 'x',
      pvcNameTemplate: '{{.VmName}}',
      hooks: [{ step: 'PostHook', hook: { name: 'h2', namespace: 'ns' } }],
    });
    expect(replaceVmOps(plan(), { id: 'b' }, { id: 'b', targetName: 'y' })).toEqual([{ op: 'replace', path: '/spec/vms/1', value: { id: 'b', targetName: 'y' } }]);
    expect(() => replaceVmOps(plan(), { id: 'zz' }, {})).toThrow(/not in plan/);
  });
});

describe('planAvailability', () => {
  const running = plan({ status: { conditions: [cond('Ready', 'Required'), cond('Executing')], migration: { started: 'x', vms: [{ id: 'a', phase: 'CopyingPaused' }, { id: 'b', phase: 'Completed' }] } } });
  it('offers Start only on a ready plan never started', () => {
    expect(planAvailability(plan(), undefined).start).toEqual({ enabled: true });
    expect(planAvailability(plan({}, [cond('VMNetworksNotMapped', 'Critical')]), undefined).start).toEqual({ enabled: false, reason: 'notReady' });
    expect(planAvailability(running, mig('m', '')).start.reason).toBe('running');
    // A Migration created a moment ago blocks a second start before the plan shows Executing.
    expect(planAvailability(plan(), mig('m', '')).start.reason).toBe('running');
  });
  it('offers cutover and cancel while a warm plan runs, clear only with a schedule', () => {
    const a = planAvailability(running, mig('m', ''));
    expect(a.cutover.enabled && a.scheduleCutover.enabled && a.cancelVms.enabled).toBe(true);
    expect(a.clearCutover.reason).toBe('noSchedule');
    expect(planAvailability(running, mig('m', '', { spec: { plan: { name: 'p1' }, cutover: 'x' } })).clearCutover.enabled).toBe(true);
    expect(planAvailability({ ...running, spec: { ...running.spec, type: 'cold' } }, mig('m', '')).cutover.reason).toBe('notWarm');
    // Live migration ends when KubeVirt has moved the VM: no cutover, no schedule.
    const live = planAvailability({ ...running, spec: { ...running.spec, type: 'live' } }, mig('m', ''));
    expect([live.cutover.reason, live.scheduleCutover.reason, live.clearCutover.reason]).toEqual(['notWarm', 'notWarm', 'notWarm']);
    expect(live.cancelVms.enabled).toBe(true);
    // The deprecated boolean still means warm.
    expect(planAvailability({ ...running, spec: { ...running.spec, type: undefined, warm: true } }, mig('m', '')).cutover.enabled).toBe(true);
    expect(a.archive.reason).toBe('running');
    expect(a.edit.reason).toBe('running');
  });
  it('offers restart after a failed or canceled run, and unarchive only when archived', () => {
    const failed = plan({ status: { conditions: [cond('Ready', 'Required'), cond('Failed')], migration: { started: 'x', history: [{}] } } });
    const done = mig('m', '', {}, [cond('Failed')]);
    expect(planAvailability(failed, done).restart).toEqual({ enabled: true });
    expect(planAvailability(failed, done).start.reason).toBe('started');
    expect(planAvailability(failed, done).edit.reason).toBe('started');
    const succeeded = plan({ status: { conditions: [cond('Ready', 'Required'), cond('Succeeded')], migration: { started: 'x' } } });
    expect(planAvailability(succeeded, mig('m', '', {}, [cond('Succeeded')])).restart.reason).toBe('notFinished');
    const archived = plan({ spec: { archived: true } });
    expect(planAvailability(archived, undefined).unarchive.enabled).toBe(true);
    expect(planAvailability(archived, undefined).start.reason).toBe('archived');
    expect(planAvailability(plan(), undefined).unarchive.reason).toBe('notArchived');
  });
});
