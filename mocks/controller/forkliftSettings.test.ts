import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../core/contract';
import type { VmFacts } from '../inventory/types';
import { plannedFailure } from './failures';
import { stepNames } from './pipeline';
import { RES } from './resources';
import { scenario } from './testing/scenario';

const started = (obj: K8sObject) => ((obj.status?.vms ?? []) as { started?: string }[]).filter((v) => v.started).length;
const healthy = (vms: readonly VmFacts[], type: 'cold' | 'warm') =>
  vms.filter((v) => !plannedFailure(v, stepNames(type, 'vsphere', { pre: false, post: false }), 0.08) && !v.concerns.some((c) => c.category === 'Critical'));

const forkliftController = (spec: Record<string, unknown>): K8sObject => ({
  apiVersion: 'forklift.konveyor.io/v1beta1',
  kind: 'ForkliftController',
  metadata: { name: 'forklift-controller', namespace: 'openshift-mtv' },
  spec,
});

describe('the simulated controller follows the ForkliftController settings', () => {
  it('starts at most controller_max_vm_inflight VMs of a plan, and more as soon as the setting grows', () => {
    const s = scenario();
    s.store.create(RES.forkliftControllers, forkliftController({ controller_max_vm_inflight: 2 }));
    const vms = healthy(s.inv.vms(), 'cold').slice(0, 5);
    s.createMaps(vms);
    s.createPlan('cold', vms, { type: 'cold' });
    s.clock.advance(1_000);
    s.createMigration('cold-1', 'cold');
    s.clock.advance(6_000);
    expect(started(s.get(RES.migrations, 'cold-1'))).toBe(2);
    const fc = s.get(RES.forkliftControllers, 'forklift-controller');
    // A string, as `kubectl mtv settings` and older consoles write it.
    s.store.update(RES.forkliftControllers, { ...fc, spec: { ...fc.spec, controller_max_vm_inflight: '4' } });
    s.clock.advance(3_000);
    expect(started(s.get(RES.migrations, 'cold-1'))).toBe(4);
  });

  it('uses the upstream default of 20 when the key is unset', () => {
    const s = scenario();
    s.store.create(RES.forkliftControllers, forkliftController({}));
    const vms = healthy(s.inv.vms(), 'cold').slice(0, 6);
    s.createMaps(vms);
    s.createPlan('cold', vms, { type: 'cold' });
    s.clock.advance(1_000);
    s.createMigration('cold-1', 'cold');
    s.clock.advance(6_000);
    expect(started(s.get(RES.migrations, 'cold-1'))).toBe(6);
  });

  it('schedules the next warm precopy controller_precopy_interval minutes after the last one ended', () => {
    const s = scenario({ controller: { pipeline: { simpleStepMs: { Initialize: 10_000 }, transferMBps: 5_000, precopyIntervalMs: 15 * 60_000, deltaCopyMs: 30_000 } } });
    s.store.create(RES.forkliftControllers, forkliftController({ controller_precopy_interval: 7 }));
    const vms = healthy(s.inv.vms(), 'warm').filter((v) => !v.concerns.some((c) => c.id === 'vmware.changeTrackingEnabled.false')).slice(0, 1);
    s.createMaps(vms);
    s.createPlan('warm', vms, { type: 'warm' });
    s.clock.advance(1_000);
    s.createMigration('warm-1', 'warm');
    type Warm = { warm?: { nextPrecopyAt?: string; precopies: { end?: string }[] } };
    const warmOf = () => ((s.get(RES.migrations, 'warm-1').status?.vms ?? []) as Warm[])[0]?.warm;
    expect(s.runUntil(() => !!warmOf()?.nextPrecopyAt, 3_600_000, 3_000)).toBe(true);
    const warm = warmOf()!;
    const end = Date.parse(warm.precopies[0].end!);
    expect(Date.parse(warm.nextPrecopyAt!) - end).toBe(7 * 60_000);
  });
});
