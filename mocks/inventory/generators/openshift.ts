/**
 * A seeded remote OpenShift Virtualization cluster (an OpenShift *source*
 * provider with a URL): namespaces, storage classes, NetworkAttachmentDefinitions
 * and KubeVirt VMs, as Kubernetes objects. The host cluster's inventory is not
 * generated: it is read from the object store.
 */
import type { K8sObject } from '../../core/contract';
import { ENVIRONMENTS, GiB, ROLES, createNamer } from '../names';
import { buildKubevirtVm } from '../kubevirt';
import { createRng } from '../prng';

export interface OpenshiftInventory {
  namespaces: K8sObject[];
  storageclasses: K8sObject[];
  networkattachmentdefinitions: K8sObject[];
  persistentvolumeclaims: K8sObject[];
  datavolumes: K8sObject[];
  vms: K8sObject[];
}

const STORAGE_CLASSES = ['ocs-storagecluster-ceph-rbd', 'ocs-storagecluster-cephfs', 'lvms-vg1'];
const CREATED = '2024-11-04T10:00:00Z';

export function generateOpenshiftInventory(opts: { seed: number; vms: number }): OpenshiftInventory {
  const rng = createRng(opts.seed);
  let rv = 1000;
  const meta = (name: string, namespace?: string) => ({ name, ...(namespace ? { namespace } : {}), uid: rng.uuid(), resourceVersion: String(++rv), creationTimestamp: CREATED });
  const inv: OpenshiftInventory = { namespaces: [], storageclasses: [], networkattachmentdefinitions: [], persistentvolumeclaims: [], datavolumes: [], vms: [] };
  const namespaces = ['edge-apps', 'edge-db', 'edge-infra'];
  for (const ns of ['default', ...namespaces]) inv.namespaces.push({ apiVersion: 'v1', kind: 'Namespace', metadata: meta(ns), status: { phase: 'Active' } });
  for (const [i, sc] of STORAGE_CLASSES.entries()) {
    inv.storageclasses.push({
      apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass',
      metadata: { ...meta(sc), ...(i === 0 ? { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } : {}) },
      provisioner: sc.startsWith('lvms') ? 'topolvm.io' : sc.endsWith('rbd') ? 'openshift-storage.rbd.csi.ceph.com' : 'openshift-storage.cephfs.csi.ceph.com',
      reclaimPolicy: 'Delete', volumeBindingMode: 'Immediate',
    });
  }
  for (const ns of namespaces) {
    for (const name of ['vlan-100', 'storage-net']) {
      inv.networkattachmentdefinitions.push({
        apiVersion: 'k8s.cni.cncf.io/v1', kind: 'NetworkAttachmentDefinition', metadata: meta(name, ns),
        spec: { config: JSON.stringify({ cniVersion: '0.3.1', name, type: 'bridge', bridge: 'br1', vlan: name === 'vlan-100' ? 100 : 200 }) },
      });
    }
  }
  const nameFor = createNamer();
  for (let i = 0; i < Math.max(0, Math.floor(opts.vms)); i++) {
    const env = rng.pick(ENVIRONMENTS);
    const role = rng.pick(ROLES);
    const name = nameFor(env, role.name);
    const namespace = namespaces[i % namespaces.length];
    const sc = rng.pick(STORAGE_CLASSES);
    const disks = [{ capacityBytes: 30 * GiB, storageClass: sc }];
    if (role.dataGiB.length > 0 && rng.chance(0.5)) disks.push({ capacityBytes: rng.pick(role.dataGiB) * GiB, storageClass: sc });
    const vm = buildKubevirtVm({
      name, namespace, uid: rng.uuid(), running: rng.chance(0.8), cpuCores: rng.pick(role.cpu), memoryMiB: rng.pick(role.memoryGiB) * 1024,
      disks, networks: rng.chance(0.3) ? ['pod', `${namespace}/vlan-100`] : ['pod'],
    });
    vm.metadata.resourceVersion = String(++rv);
    vm.metadata.creationTimestamp = CREATED;
    inv.vms.push(vm);
    for (const [k, d] of disks.entries()) {
      const dvName = `${name}-disk-${k}`;
      inv.datavolumes.push({ apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataVolume', metadata: meta(dvName, namespace), spec: { storage: { storageClassName: d.storageClass } }, status: { phase: 'Succeeded', progress: '100.0%' } });
      inv.persistentvolumeclaims.push({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: meta(dvName, namespace), spec: { storageClassName: d.storageClass, accessModes: ['ReadWriteMany'], resources: { requests: { storage: `${Math.ceil(d.capacityBytes / GiB)}Gi` } } }, status: { phase: 'Bound' } });
    }
  }
  return inv;
}
