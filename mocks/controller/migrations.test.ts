import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../core/contract';
import type { VmFacts } from '../inventory/types';
import { plannedFailure } from './failures';
import { scaledCutoverAt, stepNames } from './pipeline';
import { TIME_SCALE_ANNOTATION } from './runner';
import { scenario } from './testing/scenario';
import { R } from './testing/world';

type VmStatus = { id: string; name: string; phase: string; error?: { phase: string; reasons: string[] }; conditions?: { type: string }[]; pipeline: { name: string; phase: string; progress: { completed: number; total: number }; annotations?: { unit: string }; tasks?: unknown[] }[]; warm?: { successes: number; precopies: { start: string; end?: string }[]; nextPrecopyAt?: string } };
const vmsOf = (obj: K8sObject) => ((obj.status?.migration as { vms?: VmStatus[] } | undefined)?.vms ?? []);
const healthy = (vms: readonly VmFacts[], type: 'cold' | 'warm', source = 'vsphere') =>
  vms.filter((v) => !plannedFailure(v, stepNames(type, source, { pre: false, post: false }), 0.08) && !v.concerns.some((c) => c.category === 'Critical'));

describe('map and plan validation', () => {
  it('marks maps Ready when sources exist in the inventory and destinations in the cluster', () => {
    const s = scenario();
    s.createMaps(s.inv.vms().slice(0, 3));
    s.clock.advance(1000);
    expect(s.conditionTypes(s.get(R.networkmaps, 'net'))).toEqual(['Ready']);
    expect(s.conditionTypes(s.get(R.storagemaps, 'storage'))).toEqual(['Ready']);
    expect((s.get(R.networkmaps, 'net').status!.references as unknown[]).length).toBeGreaterThan(0);
  });

  it('reports bad sources and destinations on maps', () => {
    const s = scenario();
    const providers = { source: { name: 'src', namespace: 'openshift-mtv' }, destination: { name: 'host', namespace: 'openshift-mtv' } };
    s.store.create(R.networkmaps, { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'NetworkMap', metadata: { name: 'bad', namespace: 'openshift-mtv' }, spec: { provider: providers, map: [
      { source: { id: 'network-nope' }, destination: { type: 'pod' } },
      { source: { id: s.inv.vms()[0].networkIds[0] }, destination: { type: 'pod' } },
      { source: { id: s.inv.vms()[0].networkIds[0] }, destination: { type: 'multus', name: 'missing', namespace: 'demo-migrations' } },
    ] } });
    s.store.create(R.storagemaps, { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'StorageMap', metadata: { name: 'bad', namespace: 'openshift-mtv' }, spec: { provider: providers, map: [{ source: { id: 'datastore-nope' }, destination: { storageClass: 'gold' } }] } });
    s.clock.advance(1000);
    expect(s.conditionTypes(s.get(R.networkmaps, 'bad')).sort()).toEqual(['DestinationNetworkNotValid', 'SourceNetworkNotValid']);
    expect(s.conditionTypes(s.get(R.storagemaps, 'bad')).sort()).toEqual(['DestinationStorageNotValid', 'SourceStorageNotValid']);
  });

  it('validates plans: Ready, unmapped networks and storage, missing VMs, bad names, hooks, live from vSphere', () => {
    const s = scenario();
    const vms = s.inv.vms();
    s.createMaps(vms.slice(0, 2));
    s.createPlan('good', vms.slice(0, 2));
    const other = vms.find((v) => v.networkIds.some((n) => !vms.slice(0, 2).some((m) => m.networkIds.includes(n))))!;
    s.createPlan('unmapped', [other]);
    s.store.create(R.plans, { ...s.get(R.plans, 'good'), metadata: { name: 'broken', namespace: 'openshift-mtv' }, status: undefined, spec: { ...s.get(R.plans, 'good').spec, type: 'live', vms: [{ id: 'vm-nope' }, { id: vms[0].id, targetName: 'Not_Valid', hooks: [{ step: 'PreHook', hook: { name: 'missing', namespace: 'openshift-mtv' } }] }] } });
    s.clock.advance(1000);
    expect(s.conditionTypes(s.get(R.plans, 'good'))).toEqual(['Ready']);
    expect(s.conditionTypes(s.get(R.plans, 'unmapped'))).toContain('VMNetworksNotMapped');
    expect(s.conditionTypes(s.get(R.plans, 'unmapped'))).not.toContain('Ready');
    expect(s.conditionTypes(s.get(R.plans, 'broken')).sort()).toEqual(['HookNotValid', 'MigrationTypeNotValid', 'TargetNameNotValid', 'VMNotFound']);
    // Re-validates when the map changes: remove the storage map entries.
    const sm = s.get(R.storagemaps, 'storage');
    s.store.update(R.storagemaps, { ...sm, spec: { ...sm.spec, map: [] } });
    s.clock.advance(1000);
    expect(s.conditionTypes(s.get(R.plans, 'good'))).toEqual(['VMStorageNotMapped']);
  });

  it('does not need a storage map for a conversion plan, and flags critical concerns as a warning', () => {
    const s = scenario({ vms: 400 });
    const risky = s.inv.vms().find((v) => v.concerns.some((c) => c.category === 'Critical'))!;
    s.createMaps([risky]);
    s.createPlan('conv', [risky], { type: 'conversion', map: { network: { name: 'net', namespace: 'openshift-mtv' } } });
    s.clock.advance(1000);
    expect(s.conditionTypes(s.get(R.plans, 'conv')).sort()).toEqual(['Ready', 'VMCriticalConcerns']);
  });

  it('refuses conversion-only from a source other than vSphere', () => {
    const s = scenario({ type: 'ovirt' });
    const vms = s.inv.vms().slice(0, 1);
    s.createMaps(vms);
    s.createPlan('conv', vms, { type: 'conversion' });
    s.clock.advance(1000);
    expect(s.conditionTypes(s.get(R.plans, 'conv'))).toContain('MigrationTypeNotValid');
    expect(s.conditionTypes(s.get(R.plans, 'conv'))).not.toContain('Ready');
  });
});

describe('scaledCutoverAt', () => {
  it('shortens the wait from when the schedule was seen by the time scale; a past time is due at once', () => {
    expect(scaledCutoverAt(10_000, 0, 1)).toBe(10_000);
    expect(scaledCutoverAt(3_600_000, 0, 1000)).toBe(3_600);
    expect(scaledCutoverAt(1_000_000 + 600_000, 1_000_000, 10)).toBe(1_060_000);
    expect(scaledCutoverAt(500, 1_000, 1000)).toBe(500);
  });
});

describe('migrations', () => {
  it('runs a cold vSphere migration to Succeeded with the reference pipeline and creates the VMs', () => {
    const s = scenario();
    const vms = healthy(s.inv.vms(), 'cold').slice(0, 5);
    s.createMaps(vms);
    s.createPlan('cold', vms);
    s.clock.advance(1000);
    s.createMigration('cold-1', 'cold');
    s.clock.advance(3_000);
    const running = s.get(R.plans, 'cold');
    expect(s.conditionTypes(running)).toContain('Executing');
    const first = vmsOf(running)[0];
    expect(first.pipeline.map((p) => p.name)).toEqual(['Initialize', 'DiskAllocation', 'ImageConversion', 'DiskTransferV2v', 'VirtualMachineCreation']);
    const transfer = first.pipeline.find((p) => p.name === 'DiskTransferV2v')!;
    expect(transfer.annotations).toEqual({ unit: 'MB' });
    expect(transfer.tasks!.length).toBe(vms[0].disks.length);
    expect(transfer.progress.total).toBe(vms[0].disks.reduce((sum, d) => sum + Math.round(d.capacityBytes / 1024 / 1024), 0));
    // Only maxInFlight (4) VMs start at once.
    expect(vmsOf(running).filter((v) => v.phase !== 'Pending').length).toBe(4);
    expect(s.runUntil(() => s.conditionTypes(s.get(R.plans, 'cold')).includes('Succeeded'), 6 * 3_600_000, 30_000)).toBe(true);
    const done = s.get(R.plans, 'cold');
    expect(s.conditionTypes(done)).not.toContain('Executing');
    expect(vmsOf(done).every((v) => v.phase === 'Completed' && v.pipeline.every((p) => p.phase === 'Completed'))).toBe(true);
    expect((done.status!.migration as { completed?: string; history: unknown[] }).completed).toBeDefined();
    expect((done.status!.migration as { history: unknown[] }).history).toHaveLength(1);
    expect(s.conditionTypes(s.get(R.migrations, 'cold-1'))).toEqual(['Succeeded']);
    const created = s.store.list(R.vms, 'demo-migrations');
    expect(created.map((v) => v.metadata.name).sort()).toEqual(vms.map((v) => v.name).sort());
  });

  it('writes plan status at most once per tick', () => {
    const s = scenario({ controller: { tickMs: 10_000 } });
    const vms = healthy(s.inv.vms(), 'cold').slice(0, 2);
    s.createMaps(vms);
    s.createPlan('p', vms);
    s.clock.advance(1000);
    s.createMigration('m', 'p');
    s.clock.advance(10_000);
    const writes: number[] = [];
    const unsubscribe = s.store.subscribe((e) => e.resource.plural === 'plans' && writes.push(s.clock.now()));
    s.clock.advance(60_000);
    unsubscribe();
    expect(writes.length).toBeLessThanOrEqual(6);
    expect(writes.length).toBeGreaterThan(0);
  });

  it('runs a warm migration: precopies until cutover, then finishes', () => {
    const s = scenario({ controller: { pipeline: { simpleStepMs: { Initialize: 10_000, Cutover: 30_000, ImageConversion: 60_000, VirtualMachineCreation: 10_000 }, transferMBps: 2_000, precopyIntervalMs: 10 * 60_000, deltaCopyMs: 30_000 } } });
    const vms = healthy(s.inv.vms(), 'warm').slice(0, 2);
    s.createMaps(vms);
    s.createPlan('warm', vms, { type: 'warm' });
    s.clock.advance(1000);
    s.createMigration('warm-1', 'warm');
    s.clock.advance(2 * 3_600_000);
    let plan = s.get(R.plans, 'warm');
    expect(s.conditionTypes(plan)).toContain('Executing');
    const vm = vmsOf(plan)[0];
    expect(vm.pipeline.map((p) => p.name)).toEqual(['Initialize', 'DiskTransfer', 'Cutover', 'ImageConversion', 'VirtualMachineCreation']);
    expect(['CopyingPaused', 'CopyDisks']).toContain(vm.phase);
    expect(vm.warm!.successes).toBeGreaterThanOrEqual(5);
    expect(vm.warm!.precopies.length).toBeGreaterThanOrEqual(5);
    // Cutover in the future: still waiting after it is set.
    const m = s.get(R.migrations, 'warm-1');
    s.store.update(R.migrations, { ...m, spec: { ...m.spec, cutover: new Date(s.clock.now() + 30 * 60_000).toISOString() } });
    s.clock.advance(20 * 60_000);
    expect(s.conditionTypes(s.get(R.plans, 'warm'))).toContain('Executing');
    expect(s.runUntil(() => s.conditionTypes(s.get(R.plans, 'warm')).includes('Succeeded'), 3_600_000, 30_000)).toBe(true);
    plan = s.get(R.plans, 'warm');
    expect(vmsOf(plan).every((v) => v.pipeline.find((p) => p.name === 'Cutover')!.phase === 'Completed')).toBe(true);
  });

  it('fires a scheduled cutover when the plan clock reaches it (time scale), with hook steps around the core steps', () => {
    const s = scenario({ controller: { pipeline: { simpleStepMs: { Initialize: 1_000, PreHook: 1_000, PostHook: 1_000, Cutover: 1_000, ImageConversion: 1_000, VirtualMachineCreation: 1_000 }, transferMBps: 1_000_000, precopyIntervalMs: 60_000, deltaCopyMs: 1_000 } } });
    const vms = healthy(s.inv.vms(), 'warm').slice(0, 1);
    s.createMaps(vms);
    s.store.create(R.hooks, { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Hook', metadata: { name: 'h', namespace: 'openshift-mtv' }, spec: { image: 'quay.io/kubev2v/hook-runner' } });
    const hooks = [{ step: 'PreHook', hook: { name: 'h', namespace: 'openshift-mtv' } }, { step: 'PostHook', hook: { name: 'h', namespace: 'openshift-mtv' } }];
    const plan = s.createPlan('sched', vms, { type: 'warm', vms: vms.map((v) => ({ id: v.id, name: v.name, hooks })) });
    s.store.update(R.plans, { ...plan, metadata: { ...plan.metadata, annotations: { [TIME_SCALE_ANNOTATION]: '10' } } });
    s.clock.advance(1000);
    expect(s.conditionTypes(s.get(R.plans, 'sched'))).toContain('Ready');
    s.createMigration('sched-1', 'sched');
    s.clock.advance(60_000);
    expect(vmsOf(s.get(R.plans, 'sched'))[0].phase).toBe('CopyingPaused');
    // Ten minutes ahead at ten times the pace: due one minute after the controller saw it.
    const m = s.get(R.migrations, 'sched-1');
    const setAt = s.clock.now();
    s.store.update(R.migrations, { ...m, spec: { ...m.spec, cutover: new Date(setAt + 10 * 60_000).toISOString() } });
    s.clock.advance(40_000);
    expect(vmsOf(s.get(R.plans, 'sched'))[0].pipeline.find((p) => p.name === 'Cutover')!.phase).toBe('Pending');
    expect(s.runUntil(() => s.conditionTypes(s.get(R.plans, 'sched')).includes('Succeeded'), 120_000, 1_000)).toBe(true);
    const cutover = vmsOf(s.get(R.plans, 'sched'))[0].pipeline.find((p) => p.name === 'Cutover') as { started?: string };
    // At the scaled due time: 60 s after it was set, give or take a tick.
    expect(Date.parse(cutover.started!) - setAt).toBeGreaterThanOrEqual(60_000);
    expect(Date.parse(cutover.started!) - setAt).toBeLessThan(62_000);
    const vm = vmsOf(s.get(R.plans, 'sched'))[0];
    expect(vm.pipeline.map((p) => p.name)).toEqual(['Initialize', 'PreHook', 'DiskTransfer', 'Cutover', 'ImageConversion', 'VirtualMachineCreation', 'PostHook']);
    expect(vm.pipeline.every((p) => p.phase === 'Completed')).toBe(true);
  });

  it('runs a conversion-only plan without moving disks, and a live plan from OpenShift without a cutover', () => {
    const s = scenario();
    const vms = healthy(s.inv.vms(), 'cold').slice(0, 1);
    s.createMaps(vms);
    s.createPlan('conv', vms, { type: 'conversion', map: { network: { name: 'net', namespace: 'openshift-mtv' } } });
    s.clock.advance(1000);
    s.createMigration('conv-1', 'conv');
    expect(s.runUntil(() => s.conditionTypes(s.get(R.plans, 'conv')).includes('Succeeded'), 3_600_000, 5_000)).toBe(true);
    expect(vmsOf(s.get(R.plans, 'conv'))[0].pipeline.map((p) => p.name)).toEqual(['Initialize', 'ImageConversion', 'VirtualMachineCreation']);
    expect(s.store.list(R.dvs, 'demo-migrations')).toEqual([]);
    expect(s.store.list(R.vms, 'demo-migrations').map((v) => v.metadata.name)).toEqual([vms[0].name]);

    const o = scenario({ type: 'openshift', url: 'https://api.edge.example.com:6443' });
    const [vm] = o.inv.vms();
    const providers = { source: { name: 'src', namespace: 'openshift-mtv' }, destination: { name: 'host', namespace: 'openshift-mtv' } };
    o.store.create(R.networkmaps, { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'NetworkMap', metadata: { name: 'net', namespace: 'openshift-mtv' }, spec: { provider: providers, map: [
      { source: { type: 'pod' }, destination: { type: 'pod' } },
      ...vm.networkIds.map((id) => ({ source: { id }, destination: { type: 'multus', name: 'vlan-10', namespace: 'demo-migrations' } })),
    ] } });
    o.store.create(R.storagemaps, { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'StorageMap', metadata: { name: 'storage', namespace: 'openshift-mtv' }, spec: { provider: providers, map: vm.storageIds.map((id) => ({ source: { id }, destination: { storageClass: 'standard-csi' } })) } });
    o.createPlan('live', [vm], { type: 'live', vms: [{ id: vm.id, name: vm.name, namespace: vm.namespace }] });
    o.clock.advance(1000);
    expect(o.conditionTypes(o.get(R.plans, 'live'))).toEqual(['Ready']);
    o.createMigration('live-1', 'live');
    expect(o.runUntil(() => o.conditionTypes(o.get(R.plans, 'live')).includes('Succeeded'), 3_600_000, 5_000)).toBe(true);
    const live = vmsOf(o.get(R.plans, 'live'))[0];
    expect(live.pipeline.map((p) => p.name)).toEqual(['Initialize', 'PrepareTarget', 'Synchronization']);
    expect(live.warm).toBeUndefined();
    // Blank volumes for KubeVirt to fill, then the VM.
    expect(o.store.list(R.dvs, 'demo-migrations').map((d) => (d.spec as { source?: object }).source)).toEqual(vm.disks.map(() => ({ blank: {} })));
    expect(o.store.list(R.vms, 'demo-migrations').map((v) => v.metadata.name)).toEqual([vm.name]);
  });

  it('cancels VMs listed in spec.cancel and ends Canceled when none succeeded', () => {
    const s = scenario();
    const vms = healthy(s.inv.vms(), 'cold').slice(0, 2);
    s.createMaps(vms);
    s.createPlan('c', vms);
    s.clock.advance(1000);
    s.createMigration('c-1', 'c');
    s.clock.advance(20_000);
    const m = s.get(R.migrations, 'c-1');
    s.store.update(R.migrations, { ...m, spec: { ...m.spec, cancel: vms.map((v) => ({ id: v.id, name: v.name })) } });
    s.clock.advance(10_000);
    const plan = s.get(R.plans, 'c');
    expect(vmsOf(plan).map((v) => v.phase)).toEqual(['Canceled', 'Canceled']);
    expect(vmsOf(plan).every((v) => v.conditions?.some((c) => c.type === 'Canceled'))).toBe(true);
    expect(s.conditionTypes(plan)).toContain('Canceled');
    expect(s.conditionTypes(s.get(R.migrations, 'c-1'))).toEqual(['Canceled']);
  });

  it('fails a deterministic VM with a realistic reason and ends the plan Failed', () => {
    const s = scenario({ vms: 200 });
    const all = s.inv.vms().filter((v) => !v.concerns.some((c) => c.category === 'Critical'));
    const names = stepNames('cold', 'vsphere', { pre: false, post: false });
    const failing = all.find((v) => plannedFailure(v, names, 0.08))!;
    const ok = healthy(all, 'cold')[0];
    s.createMaps([failing, ok]);
    s.createPlan('f', [ok, failing]);
    s.clock.advance(1000);
    s.createMigration('f-1', 'f');
    expect(s.runUntil(() => s.conditionTypes(s.get(R.plans, 'f')).includes('Failed'), 12 * 3_600_000, 30_000)).toBe(true);
    const [good, bad] = vmsOf(s.get(R.plans, 'f'));
    expect(good.phase).toBe('Completed');
    expect(bad.phase).toBe('Failed');
    expect(bad.error!.reasons[0]).toMatch(/virt-v2v|DataVolume|PersistentVolumeClaim|admission webhook/);
    expect(bad.pipeline.find((p) => p.name === bad.error!.phase)).toBeDefined();
    expect(s.conditionTypes(s.get(R.migrations, 'f-1'))).toEqual(['Failed']);
  });

  it('waits with a Migration until its plan becomes Ready', () => {
    const s = scenario();
    const vms = healthy(s.inv.vms(), 'cold').slice(0, 1);
    s.createPlan('later', vms);
    s.createMigration('later-1', 'later');
    s.clock.advance(5_000);
    expect(s.conditionTypes(s.get(R.migrations, 'later-1'))).toEqual(['PlanNotReady']);
    s.createMaps(vms);
    s.clock.advance(5_000);
    expect(s.conditionTypes(s.get(R.plans, 'later'))).toEqual(expect.arrayContaining(['Ready', 'Executing']));
  });
});
