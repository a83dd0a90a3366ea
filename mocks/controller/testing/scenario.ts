/**
 * A small running world for controller tests: store, manual clock, inventory,
 * controller, a host provider and one source provider with matching maps.
 */
import type { K8sObject } from '../../core/contract';
import { createInventory } from '../../inventory/index';
import type { VmFacts } from '../../inventory/types';
import { createManualClock } from '../clock';
import { startController, type ControllerOptions } from '../index';
import { R, provider, secret, testStore } from './world';

export function scenario(opts: { type?: string; url?: string; vms?: number; controller?: Partial<ControllerOptions> } = {}) {
  const store = testStore();
  const clock = createManualClock();
  const inventory = createInventory(store, { seed: 42, vmsPerProvider: opts.vms ?? 30 });
  const stop = startController(store, clock, inventory, opts.controller);
  const type = opts.type ?? 'vsphere';
  store.create(R.storageclasses, { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'standard-csi' }, provisioner: 'csi.example.com' });
  store.create(R.nads, { apiVersion: 'k8s.cni.cncf.io/v1', kind: 'NetworkAttachmentDefinition', metadata: { name: 'vlan-10', namespace: 'demo-migrations' }, spec: { config: '{}' } });
  store.create(R.providers, provider('host', 'openshift', ''));
  store.create(R.secrets, secret('src-secret', { user: 'admin', password: 'secret', token: 't', username: 'admin', domainName: 'Default', projectName: 'admin', insecureSkipVerify: 'true' }));
  store.create(R.providers, provider('src', type, opts.url ?? 'https://source.example.com/sdk', 'src-secret'));
  clock.advance(10_000);
  const inv = inventory.forProvider(store.get(R.providers, 'openshift-mtv', 'src')!)!;

  const get = (res: typeof R.plans, name: string, ns = 'openshift-mtv') => store.get(res, ns, name)!;
  const conditionTypes = (obj: K8sObject) => ((obj.status?.conditions ?? []) as { type: string; status: string }[]).filter((c) => c.status === 'True').map((c) => c.type);

  /** Maps covering every network and storage the given VMs use. */
  const createMaps = (vms: readonly VmFacts[], suffix = '') => {
    const nets = [...new Set(vms.flatMap((v) => v.networkIds))];
    const storages = [...new Set(vms.flatMap((v) => v.storageIds))];
    const providers = { source: { name: 'src', namespace: 'openshift-mtv' }, destination: { name: 'host', namespace: 'openshift-mtv' } };
    store.create(R.networkmaps, {
      apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'NetworkMap', metadata: { name: `net${suffix}`, namespace: 'openshift-mtv' },
      spec: { provider: providers, map: nets.map((id, i) => ({ source: { id }, destination: i === 0 ? { type: 'pod' } : { type: 'multus', name: 'vlan-10', namespace: 'demo-migrations' } })) },
    });
    store.create(R.storagemaps, {
      apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'StorageMap', metadata: { name: `storage${suffix}`, namespace: 'openshift-mtv' },
      spec: { provider: providers, map: storages.map((id) => ({ source: { id }, destination: { storageClass: 'standard-csi' } })) },
    });
  };

  const createPlan = (name: string, vms: readonly VmFacts[], spec: Record<string, unknown> = {}, suffix = '') =>
    store.create(R.plans, {
      apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Plan', metadata: { name, namespace: 'openshift-mtv' },
      spec: {
        targetNamespace: 'demo-migrations',
        provider: { source: { name: 'src', namespace: 'openshift-mtv' }, destination: { name: 'host', namespace: 'openshift-mtv' } },
        map: { network: { name: `net${suffix}`, namespace: 'openshift-mtv' }, storage: { name: `storage${suffix}`, namespace: 'openshift-mtv' } },
        vms: vms.map((v) => ({ id: v.id, name: v.name })),
        ...spec,
      },
    });

  const createMigration = (name: string, plan: string, spec: Record<string, unknown> = {}) =>
    store.create(R.migrations, {
      apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Migration', metadata: { name, namespace: 'openshift-mtv' },
      spec: { plan: { name: plan, namespace: 'openshift-mtv' }, ...spec },
    });

  /** Advances in steps until `done()` or the budget of simulated ms runs out. */
  const runUntil = (done: () => boolean, budgetMs: number, stepMs = 5_000) => {
    for (let t = 0; t < budgetMs && !done(); t += stepMs) clock.advance(stepMs);
    return done();
  };

  return { store, clock, inventory, inv, stop, get, conditionTypes, createMaps, createPlan, createMigration, runUntil };
}
