import { describe, expect, it } from 'vitest';
import { createSimulatedCluster } from '../cluster';
import { createManualClock } from '../controller/clock';

const R = (plural: string) => ({ group: 'forklift.konveyor.io', version: 'v1beta1', plural });
const trueTypes = (o: { status?: Record<string, unknown> }) => ((o.status?.conditions ?? []) as { type: string; status: string }[]).filter((c) => c.status === 'True').map((c) => c.type);

describe('seedWorld', () => {
  it('builds a world with providers and plans in every state', () => {
    const clock = createManualClock();
    const cluster = createSimulatedCluster({ clock, vmsPerProvider: 100 });
    clock.advance(60_000);
    const phase = Object.fromEntries(cluster.store.list(R('providers')).map((p) => [p.metadata.name, p.status?.phase]));
    expect(phase).toEqual({ host: 'Ready', 'vcenter-prod': 'Ready', 'rhv-datacenter': 'Ready', 'openstack-east': 'Ready', 'ova-nfs-share': 'Ready', 'ocp-edge': 'Ready', 'vcenter-lab-broken': 'ConnectionFailed' });
    for (const kind of ['networkmaps', 'storagemaps']) for (const m of cluster.store.list(R(kind))) expect(trueTypes(m)).toEqual(['Ready']);
    const plans = Object.fromEntries(cluster.store.list(R('plans')).map((p) => [p.metadata.name, trueTypes(p).sort()]));
    expect(plans).toEqual({
      'prod-web-tier-ready': ['Ready'],
      'finance-apps-not-ready': ['VMNetworksNotMapped'],
      'rhv-batch-cold': ['Executing', 'Ready'],
      'erp-warm': ['Executing', 'Ready'],
      'crm-migrated': ['Ready', 'Succeeded'],
      'legacy-archived': ['Archived', 'Ready', 'Succeeded'],
      'reporting-canceled': ['Canceled', 'Ready'],
      'openstack-db-failed': ['Failed', 'Ready'],
    });
    cluster.stop();
  });

  it('is deterministic for a seed', () => {
    const names = () => {
      const cluster = createSimulatedCluster({ clock: createManualClock(), vmsPerProvider: 50, seed: 9 });
      const out = cluster.store.list(R('plans')).map((p) => JSON.stringify(p.spec));
      cluster.stop();
      return out;
    };
    expect(names()).toEqual(names());
  });
});
