import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../core/contract';
import type { VmFacts } from '../inventory/types';
import { plannedFailure } from './failures';
import { stepNames } from './pipeline';
import { scenario } from './testing/scenario';
import { R } from './testing/world';

type VmStatus = { id: string; name: string; phase: string; error?: { phase: string; reasons: string[] } };
const vmsOf = (obj: K8sObject) => ((obj.status?.migration as { vms?: VmStatus[] } | undefined)?.vms ?? []);
const healthy = (vms: readonly VmFacts[], type: 'cold' | 'warm') =>
  vms.filter((v) => !plannedFailure(v, stepNames(type, 'vsphere', { pre: false, post: false }), 0.08) && !v.concerns.some((c) => c.category === 'Critical'));
const events = (s: ReturnType<typeof scenario>, ns: string) =>
  s.store.list(R.events, ns) as (K8sObject & { reason: string; type: string; message: string; involvedObject: { kind: string; name: string } })[];
const phase = (o: K8sObject | undefined) => (o?.status as { phase?: string } | undefined)?.phase;

describe('target side of a migration', () => {
  it('creates DataVolumes, PVCs and a virt-v2v pod with Forklift labels, then the VM, with events', () => {
    const s = scenario();
    const [vm] = healthy(s.inv.vms(), 'cold');
    s.createMaps([vm]);
    const affinity = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'db' } }, topologyKey: 'kubernetes.io/hostname' }] } };
    const plan = s.createPlan('cold', [vm], { targetNodeSelector: { zone: 'a' }, targetAffinity: affinity, convertorLabels: { team: 'v2v' }, convertorNodeSelector: { role: 'migration' }, convertorAffinity: affinity });
    s.clock.advance(1000);
    const migration = s.createMigration('cold-1', 'cold');
    // Into DiskAllocation: volumes exist and are labelled.
    s.runUntil(() => s.store.list(R.dvs, 'demo-migrations').length > 0, 120_000, 3_000);
    const dvs = s.store.list(R.dvs, 'demo-migrations');
    expect(dvs).toHaveLength(vm.disks.length);
    expect(dvs[0].metadata.labels).toMatchObject({ plan: plan.metadata.uid, migration: migration.metadata.uid, vmID: vm.id });
    const pvc = s.store.get(R.pvcs, 'demo-migrations', dvs[0].metadata.name!)!;
    expect(pvc.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'DataVolume', uid: dvs[0].metadata.uid });
    expect(s.runUntil(() => s.conditionTypes(s.get(R.plans, 'cold')).includes('Succeeded'), 6 * 3_600_000, 30_000)).toBe(true);
    const pods = s.store.list(R.pods, 'demo-migrations');
    expect(pods).toHaveLength(1);
    expect(pods[0].metadata.labels).toMatchObject({ 'forklift.app': 'virt-v2v', vmID: vm.id, team: 'v2v' });
    // The plan's placement: convertor fields on the virt-v2v pod, target fields on the VM's template.
    expect(pods[0].spec).toMatchObject({ nodeSelector: { role: 'migration' }, affinity });
    expect(phase(pods[0])).toBe('Succeeded');
    expect(phase(s.store.get(R.pvcs, 'demo-migrations', dvs[0].metadata.name!))).toBe('Bound');
    const target = s.store.get(R.vms, 'demo-migrations', vm.name)!;
    expect(target.metadata.labels).toMatchObject({ plan: plan.metadata.uid, migration: migration.metadata.uid, vmID: vm.id });
    expect((target.spec as { template: { spec: unknown } }).template.spec).toMatchObject({ nodeSelector: { zone: 'a' }, affinity });
    const reasons = new Set(events(s, 'demo-migrations').map((e) => `${e.involvedObject.kind}/${e.reason}`));
    for (const r of ['DataVolume/Pending', 'PersistentVolumeClaim/ProvisioningSucceeded', 'Pod/Scheduled', 'Pod/Started', 'VirtualMachine/SuccessfulCreate']) {
      if (r === 'VirtualMachine/SuccessfulCreate' && !vm.poweredOn) continue;
      expect(reasons).toContain(r);
    }
    expect(events(s, 'openshift-mtv').map((e) => e.reason)).toEqual(['Executing', 'Succeeded']);
  });

  it('imports warm disks with CDI importer pods and progress, and honours a cutover scheduled at start', () => {
    const s = scenario({ controller: { tickMs: 20_000, pipeline: { simpleStepMs: { Initialize: 10_000, Cutover: 30_000, ImageConversion: 60_000, VirtualMachineCreation: 10_000 }, transferMBps: 100, precopyIntervalMs: 10 * 60_000, deltaCopyMs: 30_000 } } });
    const [vm] = healthy(s.inv.vms(), 'warm').filter((v) => v.disks.length > 0 && v.disks.reduce((a, d) => a + d.capacityBytes, 0) > 20 * 1024 ** 3);
    s.createMaps([vm]);
    s.createPlan('warm', [vm], { type: 'warm' });
    s.clock.advance(1000);
    const cutoverAt = s.clock.now() + 3_600_000;
    s.createMigration('warm-1', 'warm', { cutover: new Date(cutoverAt).toISOString() });
    s.clock.advance(60_000);
    const importers = s.store.list(R.pods, 'demo-migrations');
    expect(importers.map((p) => p.metadata.name)).toEqual(s.store.list(R.dvs, 'demo-migrations').map((d) => `importer-${d.metadata.name}`));
    expect(importers[0].metadata.labels?.app).toBe('containerized-data-importer');
    const progress = (s.store.list(R.dvs, 'demo-migrations')[0].status as { progress: string }).progress;
    expect(progress).toMatch(/^\d+\.\d\d%$/);
    // Waits for the scheduled cutover, then finishes.
    s.runUntil(() => s.clock.now() >= cutoverAt - 60_000, 2 * 3_600_000, 60_000);
    expect(s.conditionTypes(s.get(R.plans, 'warm'))).toContain('Executing');
    expect(vmsOf(s.get(R.plans, 'warm'))[0].phase).toMatch(/CopyingPaused|CopyDisks/);
    expect(s.runUntil(() => s.conditionTypes(s.get(R.plans, 'warm')).includes('Succeeded'), 3_600_000, 30_000)).toBe(true);
    expect(s.store.list(R.dvs, 'demo-migrations').every((d) => phase(d) === 'Succeeded')).toBe(true);
    expect(events(s, 'demo-migrations').some((e) => e.reason === 'ImportSucceeded')).toBe(true);
  });

  it('reports a failed VM on the object it concerns and on the plan, and a restart re-runs only that VM', () => {
    const s = scenario({ vms: 200, controller: { tickMs: 15_000 } });
    const names = stepNames('cold', 'vsphere', { pre: false, post: false });
    const all = s.inv.vms().filter((v) => !v.concerns.some((c) => c.category === 'Critical'));
    const failing = all.find((v) => plannedFailure(v, names, 0.08))!;
    const ok = healthy(all, 'cold')[0];
    s.createMaps([failing, ok]);
    s.createPlan('f', [ok, failing]);
    s.clock.advance(1000);
    s.createMigration('f-1', 'f');
    expect(s.runUntil(() => s.conditionTypes(s.get(R.plans, 'f')).includes('Failed'), 12 * 3_600_000, 30_000)).toBe(true);
    const bad = vmsOf(s.get(R.plans, 'f')).find((v) => v.id === failing.id)!;
    const planEvents = events(s, 'openshift-mtv');
    const vmFailed = planEvents.find((e) => e.reason === 'VMFailed')!;
    expect(vmFailed.type).toBe('Warning');
    expect(vmFailed.message).toContain(bad.error!.reasons[0]);
    expect(events(s, 'demo-migrations').some((e) => e.type === 'Warning' && e.message.includes(bad.error!.reasons[0]))).toBe(bad.error!.phase !== 'VirtualMachineCreation');
    const okStatusBefore = vmsOf(s.get(R.plans, 'f')).find((v) => v.id === ok.id)!;

    s.createMigration('f-2', 'f');
    s.clock.advance(3_000);
    expect(s.conditionTypes(s.get(R.plans, 'f'))).toContain('Executing');
    expect(s.runUntil(() => s.conditionTypes(s.get(R.plans, 'f')).includes('Succeeded'), 12 * 3_600_000, 30_000)).toBe(true);
    const after = s.get(R.plans, 'f');
    expect(vmsOf(after).map((v) => v.phase)).toEqual(['Completed', 'Completed']);
    // The VM that had succeeded was not migrated again.
    expect(vmsOf(after).find((v) => v.id === ok.id)).toEqual(okStatusBefore);
    expect((after.status!.migration as { history: { migration: { name: string } }[] }).history.map((h) => h.migration.name)).toEqual(['f-1', 'f-2']);
    expect(events(s, 'openshift-mtv').filter((e) => e.reason === 'Executing').map((e) => e.message)[1]).toMatch(/restarted the plan: 1 VMs to migrate, 1 already done/);
  });

  it('removes a canceled VM’s pods and volumes', () => {
    const s = scenario();
    const [vm] = healthy(s.inv.vms(), 'cold');
    s.createMaps([vm]);
    s.createPlan('c', [vm]);
    s.clock.advance(1000);
    s.createMigration('c-1', 'c');
    s.runUntil(() => s.store.list(R.pods, 'demo-migrations').length > 0, 3_600_000, 3_000);
    expect(s.store.list(R.dvs, 'demo-migrations').length).toBeGreaterThan(0);
    const m = s.get(R.migrations, 'c-1');
    s.store.update(R.migrations, { ...m, spec: { ...m.spec, cancel: [{ id: vm.id }] } });
    s.clock.advance(6_000);
    expect(vmsOf(s.get(R.plans, 'c'))[0].phase).toBe('Canceled');
    expect(s.store.list(R.pods, 'demo-migrations')).toEqual([]);
    expect(s.store.list(R.dvs, 'demo-migrations')).toEqual([]);
    expect(s.store.list(R.pvcs, 'demo-migrations')).toEqual([]);
    expect(events(s, 'openshift-mtv').some((e) => e.reason === 'VMCanceled')).toBe(true);
  });

  it('archives: Archived condition, leftover pods removed, volumes and VMs kept; unarchive clears it', () => {
    const s = scenario();
    const [vm] = healthy(s.inv.vms(), 'cold');
    s.createMaps([vm]);
    s.createPlan('a', [vm]);
    s.clock.advance(1000);
    s.createMigration('a-1', 'a');
    expect(s.runUntil(() => s.conditionTypes(s.get(R.plans, 'a')).includes('Succeeded'), 6 * 3_600_000, 30_000)).toBe(true);
    expect(s.store.list(R.pods, 'demo-migrations')).toHaveLength(1);
    const p = s.get(R.plans, 'a');
    s.store.update(R.plans, { ...p, spec: { ...p.spec, archived: true } });
    s.clock.advance(1000);
    expect(s.conditionTypes(s.get(R.plans, 'a'))).toEqual(expect.arrayContaining(['Archived', 'Succeeded']));
    expect(s.store.list(R.pods, 'demo-migrations')).toEqual([]);
    expect(s.store.list(R.dvs, 'demo-migrations').length).toBe(vm.disks.length);
    expect(s.store.get(R.vms, 'demo-migrations', vm.name)).toBeDefined();
    // An archived plan does not run: a new Migration waits with the reason.
    s.createMigration('a-2', 'a');
    s.clock.advance(1000);
    expect(s.conditionTypes(s.get(R.migrations, 'a-2'))).toEqual(['PlanNotValid']);
    const q = s.get(R.plans, 'a');
    s.store.update(R.plans, { ...q, spec: { ...q.spec, archived: false } });
    s.clock.advance(1000);
    expect(s.conditionTypes(s.get(R.plans, 'a'))).not.toContain('Archived');
  });
});

describe('simulator annotations', () => {
  it('runs a plan faster with the time-scale annotation and fails the VMs it names once', () => {
    const s = scenario({ vms: 60 });
    const vms = healthy(s.inv.vms(), 'cold').slice(0, 2);
    s.createMaps(vms);
    s.store.create(R.plans, {
      ...s.createPlan('fast', vms),
      metadata: { name: 'fast2', namespace: 'openshift-mtv', annotations: { 'forklift-console.sim/time-scale': '100', 'forklift-console.sim/fail-vms': vms[1].id } },
      status: undefined,
    });
    s.clock.advance(1000);
    s.createMigration('fast-1', 'fast2');
    // 100 times faster: a cold vSphere VM takes minutes of simulated time, so seconds here.
    expect(s.runUntil(() => s.conditionTypes(s.get(R.plans, 'fast2')).includes('Failed'), 60_000, 500)).toBe(true);
    expect(vmsOf(s.get(R.plans, 'fast2')).map((v) => v.phase)).toEqual(['Completed', 'Failed']);
    s.createMigration('fast-2', 'fast2');
    expect(s.runUntil(() => s.conditionTypes(s.get(R.plans, 'fast2')).includes('Succeeded'), 60_000, 500)).toBe(true);
  });
});
