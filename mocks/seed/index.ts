/**
 * The demo world: namespaces, storage classes and NADs of the host cluster,
 * one provider of each source type (plus a broken one), maps that match their
 * inventories, and plans in every state. Objects the controller would produce
 * only after a real run (finished plans and their Migrations) get their
 * status written here, replayed with the controller's own pipeline code.
 * Everything else (provider readiness, map and plan validation, the running
 * cold and warm migrations) is left to the controller.
 */
import type { K8sObject, ObjectStore, ResourceRef } from '../core/contract';
import type { Inventory } from '../inventory/index';
import { buildKubevirtVm } from '../inventory/kubevirt';
import { createRng, deriveSeed } from '../inventory/prng';
import type { VmFacts } from '../inventory/types';
import { plannedFailure } from '../controller/failures';
import { stepNames } from '../controller/pipeline';
import { RES } from '../controller/resources';
import { seedForklift } from './forklift';
import { pastStatuses, replayRun, type PastRunVm } from './history';
import { DEMO_OVIRT_CERT } from '../services/tlsCertificate';

export const MTV_NAMESPACE = 'openshift-mtv';
export const TARGET_NAMESPACE = 'demo-migrations';
const API = 'forklift.konveyor.io/v1beta1';
const HOUR = 3_600_000;

function ensure(store: ObjectStore, resource: ResourceRef, obj: K8sObject): K8sObject {
  return store.get(resource, obj.metadata.namespace, obj.metadata.name!) ?? store.create(resource, obj);
}

const b64 = (data: Record<string, string>) => Object.fromEntries(Object.entries(data).map(([k, v]) => [k, btoa(v)]));

interface SourceDef {
  name: string;
  type: string;
  url: string;
  secret?: Record<string, string>;
  settings?: Record<string, string>;
}


const SOURCES: SourceDef[] = [
  { name: 'vcenter-prod', type: 'vsphere', url: 'https://vcenter.prod.example.com/sdk', secret: { user: 'administrator@vsphere.local', password: 'Secr3t!', url: 'https://vcenter.prod.example.com/sdk', insecureSkipVerify: 'true' }, settings: { sdkEndpoint: 'vcenter', vddkInitImage: 'quay.io/example/vddk:8.0.3' } },
  { name: 'rhv-datacenter', type: 'ovirt', url: 'https://rhv-manager.example.com/ovirt-engine/api', secret: { user: 'admin@internal', password: 'Secr3t!', url: 'https://rhv-manager.example.com/ovirt-engine/api', 'ca.crt': DEMO_OVIRT_CERT } },
  { name: 'openstack-east', type: 'openstack', url: 'https://keystone.east.example.com:5000/v3', secret: { url: 'https://keystone.east.example.com:5000/v3', authType: 'password', username: 'migration', password: 'Secr3t!', domainName: 'Default', projectName: 'admin', regionName: 'RegionOne', insecureSkipVerify: 'true' } },
  { name: 'ova-nfs-share', type: 'ova', url: 'nfs.example.com:/exports/ova', secret: { url: 'nfs.example.com:/exports/ova' } },
  { name: 'ocp-edge', type: 'openshift', url: 'https://api.edge.example.com:6443', secret: { url: 'https://api.edge.example.com:6443', token: 'sha256~simulated-token', insecureSkipVerify: 'true' } },
  { name: 'vcenter-lab-broken', type: 'vsphere', url: 'https://vcenter.lab.example.com/sdk', secret: { user: 'administrator@vsphere.local', password: 'wrong', url: 'https://vcenter.lab.example.com/sdk', insecureSkipVerify: 'true' } },
];

const ref = (name: string, namespace = MTV_NAMESPACE) => ({ name, namespace });
const providerPair = (source: string) => ({ source: ref(source), destination: ref('host') });

export function seedWorld(store: ObjectStore, opts: { seed: number; inventory: Inventory }): void {
  const rng = createRng(deriveSeed(opts.seed, 'world'));
  for (const name of [MTV_NAMESPACE, TARGET_NAMESPACE, 'default']) ensure(store, RES.namespaces, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  seedForklift(store, { seed: opts.seed, namespace: MTV_NAMESPACE });

  // Host cluster storage and networks.
  const classes: [string, string, boolean][] = [
    ['ocs-storagecluster-ceph-rbd', 'openshift-storage.rbd.csi.ceph.com', true],
    ['ocs-storagecluster-cephfs', 'openshift-storage.cephfs.csi.ceph.com', false],
    ['standard-csi', 'kubernetes.io/cinder', false],
  ];
  for (const [name, provisioner, isDefault] of classes) {
    ensure(store, RES.storageClasses, {
      apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass',
      metadata: { name, ...(isDefault ? { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } : {}) },
      provisioner, reclaimPolicy: 'Delete', volumeBindingMode: 'Immediate', allowVolumeExpansion: true,
    });
  }
  const nad = (name: string, namespace: string, vlan: number) =>
    ensure(store, RES.nads, { apiVersion: 'k8s.cni.cncf.io/v1', kind: 'NetworkAttachmentDefinition', metadata: { name, namespace }, spec: { config: JSON.stringify({ cniVersion: '0.3.1', name, type: 'cnv-bridge', bridge: 'br1', vlan }) } });
  nad('vlan-110-prod', TARGET_NAMESPACE, 110);
  nad('vlan-200-dmz', TARGET_NAMESPACE, 200);
  nad('migration-transfer', MTV_NAMESPACE, 300);
  nad('storage-net', 'default', 400);
  ensure(store, RES.hooks, { apiVersion: API, kind: 'Hook', metadata: { name: 'pre-migration-check', namespace: MTV_NAMESPACE }, spec: { image: 'quay.io/kubev2v/hook-runner', playbook: btoa('- hosts: localhost\n  tasks:\n  - debug: msg="pre-migration check"\n') } });

  // Providers: the host, then each source with its Secret (owned by the Provider, as the UI does it).
  ensure(store, RES.providers, { apiVersion: API, kind: 'Provider', metadata: { name: 'host', namespace: MTV_NAMESPACE }, spec: { type: 'openshift', url: '' } });
  const providers = new Map<string, K8sObject>();
  for (const def of SOURCES) {
    const secretName = `${def.name}-secret`;
    const secret = ensure(store, RES.secrets, {
      apiVersion: 'v1', kind: 'Secret', type: 'Opaque',
      metadata: { name: secretName, namespace: MTV_NAMESPACE, labels: { createdForResourceType: 'providers', createdForProviderType: def.type } },
      data: b64(def.secret ?? {}),
    });
    const provider = ensure(store, RES.providers, {
      apiVersion: API, kind: 'Provider', metadata: { name: def.name, namespace: MTV_NAMESPACE },
      spec: { type: def.type, url: def.url, secret: ref(secretName), ...(def.settings ? { settings: def.settings } : {}) },
    });
    if (!secret.metadata.ownerReferences?.length) {
      store.update(RES.secrets, { ...secret, metadata: { ...secret.metadata, ownerReferences: [{ apiVersion: API, kind: 'Provider', name: def.name, uid: provider.metadata.uid!, controller: false }] } });
    }
    providers.set(def.name, provider);
  }
  const inv = (name: string) => opts.inventory.forProvider(providers.get(name)!)!;
  const vsphere = inv('vcenter-prod');
  const openstack = inv('openstack-east');

  // Picks VMs without Critical concerns; `fails` chooses whether the controller's failure model would fail them.
  const pick = (source: string, count: number, filter: (vm: VmFacts) => boolean, taken: Set<string>, type = 'cold') => {
    const sourceType = SOURCES.find((s) => s.name === source)!.type;
    const steps = stepNames(type as 'cold', sourceType, { pre: false, post: false });
    const chosen: VmFacts[] = [];
    for (const vm of inv(source).vms()) {
      if (chosen.length >= count) break;
      if (taken.has(vm.id) || vm.concerns.some((c) => c.category === 'Critical') || !filter(vm)) continue;
      if (plannedFailure(vm, steps, 0.08)) continue;
      chosen.push(vm);
      taken.add(vm.id);
    }
    return chosen;
  };

  const createMaps = (name: string, source: string, vms: VmFacts[]) => {
    const nets = [...new Set(vms.flatMap((v) => v.networkIds))];
    const storages = [...new Set(vms.flatMap((v) => v.storageIds))];
    const sourceInv = inv(source);
    ensure(store, RES.networkMaps, {
      apiVersion: API, kind: 'NetworkMap', metadata: { name: `${name}-network`, namespace: MTV_NAMESPACE },
      spec: {
        provider: providerPair(source),
        map: nets.map((id, i) => ({
          source: { id, name: sourceInv.findNetwork({ id })?.name },
          destination: i === 0 ? { type: 'pod' } : { type: 'multus', name: i % 2 ? 'vlan-110-prod' : 'vlan-200-dmz', namespace: TARGET_NAMESPACE },
        })),
      },
    });
    ensure(store, RES.storageMaps, {
      apiVersion: API, kind: 'StorageMap', metadata: { name: `${name}-storage`, namespace: MTV_NAMESPACE },
      spec: {
        provider: providerPair(source),
        map: storages.map((id, i) => ({
          source: { id, name: sourceInv.findStorage({ id })?.name },
          destination: { storageClass: i % 3 === 2 ? 'ocs-storagecluster-cephfs' : 'ocs-storagecluster-ceph-rbd', volumeMode: 'Block', accessMode: 'ReadWriteMany' },
        })),
      },
    });
  };

  const planObj = (name: string, source: string, maps: string, vms: VmFacts[], spec: Record<string, unknown> = {}): K8sObject => ({
    apiVersion: API, kind: 'Plan', metadata: { name, namespace: MTV_NAMESPACE },
    spec: {
      targetNamespace: TARGET_NAMESPACE,
      provider: providerPair(source),
      map: { network: ref(`${maps}-network`), storage: ref(`${maps}-storage`) },
      vms: vms.map((v) => ({ id: v.id, name: v.name })),
      ...spec,
    },
  });
  const migrationObj = (name: string, plan: string, spec: Record<string, unknown> = {}): K8sObject => ({
    apiVersion: API, kind: 'Migration', metadata: { name, namespace: MTV_NAMESPACE }, spec: { plan: ref(plan), ...spec },
  });

  const taken = new Set<string>();
  // vSphere: one pair of maps covering every VM any vSphere plan uses.
  const vsReady = pick('vcenter-prod', 3, () => true, taken);
  const vsWarm = pick('vcenter-prod', 2, (v) => !v.concerns.some((c) => c.id === 'vmware.changeTrackingEnabled.false'), taken, 'warm');
  const vsDone = pick('vcenter-prod', 4, () => true, taken);
  const vsArchived = pick('vcenter-prod', 2, () => true, taken);
  const vsCanceled = pick('vcenter-prod', 2, () => true, taken);
    // The Not Ready plan: its own network map leaves out the network its VM is on.
  const unmapped = pick('vcenter-prod', 1, (v) => v.networkIds.length > 0, taken)[0];
  const otherNetwork = unmapped && vsphere.collection('networks')!.find((n) => n.variant !== 'DvSwitch' && !unmapped.networkIds.includes(n.id));
  if (unmapped && otherNetwork) {
    ensure(store, RES.networkMaps, {
      apiVersion: API, kind: 'NetworkMap', metadata: { name: 'finance-partial-network', namespace: MTV_NAMESPACE },
      spec: { provider: providerPair('vcenter-prod'), map: [{ source: { id: otherNetwork.id, name: otherNetwork.name }, destination: { type: 'pod' } }] },
    });
  }

  createMaps('vcenter-prod', 'vcenter-prod', [...vsReady, ...vsWarm, ...vsDone, ...vsArchived, ...vsCanceled, ...(unmapped ? [unmapped] : [])]);

  const rhvRunning = pick('rhv-datacenter', 4, () => true, taken);
  createMaps('rhv-datacenter', 'rhv-datacenter', rhvRunning);
  const osFailedOk = pick('openstack-east', 2, () => true, taken);
  const osFailing = openstack.vms().find((v) => !taken.has(v.id) && !v.concerns.length);
  createMaps('openstack-east', 'openstack-east', [...osFailedOk, ...(osFailing ? [osFailing] : [])]);

  // Plans the controller drives.
  ensure(store, RES.plans, planObj('prod-web-tier-ready', 'vcenter-prod', 'vcenter-prod', vsReady, { type: 'cold', description: 'Web tier, validated and waiting to start.', targetPowerState: 'on' }));
  if (unmapped && otherNetwork) {
    const plan = planObj('finance-apps-not-ready', 'vcenter-prod', 'vcenter-prod', [unmapped], { type: 'cold', description: 'Has a VM on a network the map does not cover.' });
    ensure(store, RES.plans, { ...plan, spec: { ...plan.spec, map: { network: ref('finance-partial-network'), storage: ref('vcenter-prod-storage') } } });
  }
  ensure(store, RES.plans, planObj('rhv-batch-cold', 'rhv-datacenter', 'rhv-datacenter', rhvRunning, { type: 'cold', description: 'Cold migration in progress.' }));
  ensure(store, RES.migrations, migrationObj('rhv-batch-cold-run-1', 'rhv-batch-cold'));
  ensure(store, RES.plans, planObj('erp-warm', 'vcenter-prod', 'vcenter-prod', vsWarm, { type: 'warm', description: 'Warm migration: precopies running, waiting for cutover.' }));
  ensure(store, RES.migrations, migrationObj('erp-warm-run-1', 'erp-warm'));

  // Plans that ran before: status replayed and written directly.
  const now = Date.now();
  const past = (name: string, source: string, maps: string, vms: PastRunVm[], hoursAgo: number, spec: Record<string, unknown> = {}) => {
    const sourceType = SOURCES.find((s) => s.name === source)!.type;
    const plan = ensure(store, RES.plans, planObj(name, source, maps, vms.map((v) => v.facts), { type: 'cold', ...spec }));
    if (plan.status?.migration) return;
    const migration = ensure(store, RES.migrations, migrationObj(`${name}-run-1`, name));
    const run = replayRun('cold', sourceType, vms, now - hoursAgo * HOUR);
    const statuses = pastStatuses(run, {
      migration: { name: migration.metadata.name!, namespace: MTV_NAMESPACE, uid: migration.metadata.uid! },
      plan: { name, namespace: MTV_NAMESPACE, uid: plan.metadata.uid! },
      provider: plan.spec?.provider,
      map: plan.spec?.map,
    });
    store.updateStatus(RES.migrations, { ...migration, status: statuses.migration });
    store.updateStatus(RES.plans, { ...plan, status: { ...statuses.plan, observedGeneration: plan.metadata.generation ?? 1 } });
    for (const r of run.runs) {
      if (r.outcome !== 'Succeeded') continue;
      const vm = buildKubevirtVm({
        name: r.targetName, namespace: TARGET_NAMESPACE, running: r.facts.poweredOn, cpuCores: r.facts.cpuCores, memoryMiB: r.facts.memoryMiB, firmware: r.facts.firmware,
        disks: r.facts.disks.map((d) => ({ capacityBytes: d.capacityBytes, storageClass: 'ocs-storagecluster-ceph-rbd' })), networks: ['pod'],
        labels: { migration: migration.metadata.uid!, plan: plan.metadata.uid!, vmID: r.id },
      });
      delete vm.status;
      ensure(store, RES.virtualMachines, vm);
    }
  };
  past('crm-migrated', 'vcenter-prod', 'vcenter-prod', vsDone.map((facts) => ({ facts })), 26);
  past('legacy-archived', 'vcenter-prod', 'vcenter-prod', vsArchived.map((facts) => ({ facts })), 24 * 9, { archived: true });
  past('reporting-canceled', 'vcenter-prod', 'vcenter-prod', vsCanceled.map((facts) => ({ facts, cancelAfterMs: rng.int(20, 60) * 1000 })), 5);
  if (osFailing) {
    past('openstack-db-failed', 'openstack-east', 'openstack-east', [...osFailedOk.map((facts) => ({ facts })), { facts: osFailing, fail: true }], 3);
  }
}

