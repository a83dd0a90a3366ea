/**
 * The target side of a simulated migration: the objects a real Forklift run
 * leaves in the target namespace, and the Events that explain them.
 *
 * Per VM, following its pipeline as the runner advances it:
 * - a DataVolume per disk (CDI) with its PersistentVolumeClaim (owned by the
 *   DataVolume) when DiskAllocation, DiskTransfer or a live migration's PrepareTarget starts (blank
 *   but for DiskTransfer, whose volumes are imported); DiskTransfer also
 *   runs a CDI importer pod per disk (`importer-<dv>`, owned by the PVC) and
 *   moves the DataVolume through ImportScheduled → ImportInProgress (with
 *   `status.progress`) → Succeeded;
 * - nothing for conversion-only plans but the conversion pod: the disks stay where they are;
 * - a virt-v2v conversion pod (`<plan>-<vm id>-`, label `forklift.app: virt-v2v`)
 *   for ImageConversion and DiskTransferV2v;
 * - the VirtualMachine itself is created by the runner when the VM succeeds.
 * Every object carries Forklift's labels `plan` (plan uid), `migration`
 * (migration uid) and `vmID`, which is how the console finds them; importer
 * pods get them too here (CDI does not label them upstream; noted in the README).
 * A failed step marks the object it concerns Failed with the reason and emits
 * a Warning Event; a canceled VM's pods and volumes are removed, as Forklift
 * cleans up a canceled VM. Archiving a plan removes its remaining pods.
 */
import type { K8sObject, ObjectStore, ResourceRef, SimClock } from '../core/contract';
import type { VmRun } from './pipeline';
import { iso } from './resources';

export const TARGET = {
  dataVolumes: { group: 'cdi.kubevirt.io', version: 'v1beta1', plural: 'datavolumes' },
  pvcs: { group: '', version: 'v1', plural: 'persistentvolumeclaims' },
  pods: { group: '', version: 'v1', plural: 'pods' },
  events: { group: '', version: 'v1', plural: 'events' },
} satisfies Record<string, ResourceRef>;

export interface RunContext {
  plan: K8sObject;
  migration: { name: string; uid: string };
  targetNamespace: string;
  storageClassFor: (storageId: string) => string;
}

interface Track {
  entered: number;
  completed: number;
  dvs: string[];
  importers: string[];
  v2vPod?: string;
  /** Last progress decile written per disk, so a 500-VM run does not write every tick. */
  deciles: number[];
  done: boolean;
}

const gi = (bytes: number) => `${Math.max(1, Math.ceil(bytes / 1024 ** 3))}Gi`;

export function createTargetSide(store: ObjectStore, clock: SimClock) {
  const tracks = new Map<string, Track>();
  let eventSeq = 0;

  const labelsOf = (ctx: RunContext, vm: VmRun) => ({ plan: ctx.plan.metadata.uid ?? '', migration: ctx.migration.uid, vmID: vm.id });

  /** core/v1 Event about `obj`, in its namespace. */
  const recordEvent = (resource: { apiVersion: string; kind: string }, obj: K8sObject | undefined, type: 'Normal' | 'Warning', reason: string, message: string, component: string) => {
    if (!obj?.metadata.name) return;
    const now = iso(clock.now());
    const namespace = obj.metadata.namespace ?? 'default';
    eventSeq++;
    try {
      store.create(TARGET.events, {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: `${obj.metadata.name}.${(clock.now() * 1000 + eventSeq).toString(16)}`, namespace },
        involvedObject: { apiVersion: resource.apiVersion, kind: resource.kind, name: obj.metadata.name, namespace, uid: obj.metadata.uid, resourceVersion: obj.metadata.resourceVersion },
        reason,
        message,
        type,
        count: 1,
        firstTimestamp: now,
        lastTimestamp: now,
        source: { component },
        reportingComponent: component,
      });
    } catch {
      // The namespace went away: nobody can read the event anyway.
    }
  };

  const DV_KIND = { apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataVolume' };
  const PVC_KIND = { apiVersion: 'v1', kind: 'PersistentVolumeClaim' };
  const POD_KIND = { apiVersion: 'v1', kind: 'Pod' };
  const PLAN_KIND = { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Plan' };

  const setStatus = (resource: ResourceRef, ns: string, name: string, status: Record<string, unknown>): K8sObject | undefined => {
    const obj = store.get(resource, ns, name);
    if (!obj) return undefined;
    return store.updateStatus(resource, { ...obj, metadata: { ...obj.metadata, resourceVersion: undefined }, status: { ...(obj.status ?? {}), ...status } });
  };

  const upsert = (resource: ResourceRef, obj: K8sObject): K8sObject => {
    const existing = store.get(resource, obj.metadata.namespace, obj.metadata.name!);
    if (!existing) return store.create(resource, obj);
    // A restart reuses what the last attempt left: relabel it for this migration and reset its status.
    const updated = store.update(resource, { ...existing, metadata: { ...existing.metadata, labels: { ...existing.metadata.labels, ...obj.metadata.labels }, resourceVersion: undefined } });
    return obj.status ? store.updateStatus(resource, { ...updated, metadata: { ...updated.metadata, resourceVersion: undefined }, status: obj.status }) : updated;
  };

  const podObject = (ctx: RunContext, vm: VmRun, meta: Record<string, unknown>, container: string, image: string, ownerReferences?: unknown[]): K8sObject => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { ...meta, namespace: ctx.targetNamespace, ...(ownerReferences ? { ownerReferences } : {}) } as K8sObject['metadata'],
    spec: { restartPolicy: 'Never', nodeName: `worker-${vm.id.length % 3}`, containers: [{ name: container, image }] },
    status: { phase: 'Running', startTime: iso(clock.now()), containerStatuses: [{ name: container, ready: true, restartCount: 0, image, state: { running: { startedAt: iso(clock.now()) } } }] },
  });

  const podStarted = (pod: K8sObject, image: string) => {
    recordEvent(POD_KIND, pod, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${(pod.spec as { nodeName?: string }).nodeName}`, 'default-scheduler');
    recordEvent(POD_KIND, pod, 'Normal', 'Pulled', `Container image "${image}" already present on machine`, 'kubelet');
    recordEvent(POD_KIND, pod, 'Normal', 'Started', `Started container ${(pod.spec as { containers: { name: string }[] }).containers[0].name}`, 'kubelet');
  };

  const endPod = (ns: string, name: string | undefined, phase: 'Succeeded' | 'Failed', message?: string) => {
    if (!name) return;
    const pod = store.get(TARGET.pods, ns, name);
    if (!pod || (pod.status as { phase?: string } | undefined)?.phase === phase) return;
    const container = ((pod.spec as { containers?: { name: string; image: string }[] }).containers ?? [])[0];
    setStatus(TARGET.pods, ns, name, {
      phase,
      containerStatuses: [
        {
          name: container?.name,
          image: container?.image,
          ready: false,
          restartCount: 0,
          state: { terminated: { exitCode: phase === 'Succeeded' ? 0 : 1, reason: phase === 'Succeeded' ? 'Completed' : 'Error', ...(message ? { message } : {}), finishedAt: iso(clock.now()) } },
        },
      ],
    });
  };

  const ensureDisks = (ctx: RunContext, vm: VmRun, t: Track, importing: boolean) => {
    if (t.dvs.length === 0) {
      vm.facts.disks.forEach((disk, i) => {
        const name = `${vm.targetName}-disk-${i}`.slice(0, 63).replace(/-+$/, '');
        const storageClassName = ctx.storageClassFor(disk.storageId);
        const labels = labelsOf(ctx, vm);
        const dv = upsert(TARGET.dataVolumes, {
          apiVersion: 'cdi.kubevirt.io/v1beta1',
          kind: 'DataVolume',
          metadata: { name, namespace: ctx.targetNamespace, labels, annotations: { 'forklift.konveyor.io/disk-source': disk.storageId, 'cdi.kubevirt.io/storage.usePopulator': 'false' } },
          spec: {
            storage: { storageClassName, resources: { requests: { storage: gi(disk.capacityBytes) } } },
            source: importing ? { vddk: { backingFile: `[${disk.storageId}] ${vm.name}/${vm.name}${i ? `_${i}` : ''}.vmdk`, uuid: vm.id } } : { blank: {} },
          },
          status: { phase: 'Pending', progress: 'N/A' },
        });
        upsert(TARGET.pvcs, {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name, namespace: ctx.targetNamespace, labels, ownerReferences: [{ apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataVolume', name, uid: dv.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }] },
          spec: { accessModes: ['ReadWriteOnce'], storageClassName, volumeMode: 'Filesystem', resources: { requests: { storage: gi(disk.capacityBytes) } } },
          status: { phase: 'Pending' },
        });
        recordEvent(DV_KIND, dv, 'Normal', 'Pending', `PVC ${name} Pending`, 'datavolume-import-controller');
        t.dvs.push(name);
        t.deciles.push(-1);
      });
    }
    for (const name of t.dvs) {
      const pvc = setStatus(TARGET.pvcs, ctx.targetNamespace, name, { phase: 'Bound', accessModes: ['ReadWriteOnce'] });
      recordEvent(PVC_KIND, pvc, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume pvc-${pvc?.metadata.uid?.slice(0, 8)}`, 'csi-provisioner');
    }
    if (!importing) return;
    t.dvs.forEach((name) => {
      const pvc = store.get(TARGET.pvcs, ctx.targetNamespace, name);
      const podName = `importer-${name}`.slice(0, 63).replace(/-+$/, '');
      const image = 'registry.redhat.io/container-native-virtualization/virt-cdi-importer:v4.19';
      const pod = upsert(
        TARGET.pods,
        podObject(ctx, vm, { name: podName, labels: { app: 'containerized-data-importer', 'app.kubernetes.io/component': 'storage', ...labelsOf(ctx, vm) } }, 'importer', image, pvc ? [{ apiVersion: 'v1', kind: 'PersistentVolumeClaim', name, uid: pvc.metadata.uid, controller: true, blockOwnerDeletion: true }] : undefined),
      );
      podStarted(pod, image);
      t.importers.push(podName);
      const dv = setStatus(TARGET.dataVolumes, ctx.targetNamespace, name, { phase: 'ImportInProgress', progress: '0.00%' });
      recordEvent(DV_KIND, dv, 'Normal', 'ImportScheduled', `Import into ${name} scheduled`, 'datavolume-import-controller');
      recordEvent(DV_KIND, dv, 'Normal', 'ImportInProgress', `Import into ${name} in progress`, 'datavolume-import-controller');
    });
  };

  const ensureV2vPod = (ctx: RunContext, vm: VmRun, t: Track) => {
    if (t.v2vPod) return;
    const image = 'quay.io/kubev2v/forklift-virt-v2v:latest';
    const prefix = `${ctx.plan.metadata.name}-${vm.id}-`.slice(0, 58);
    // The plan's convertor placement, as Forklift puts it on the pod (its own labels win over the plan's).
    const spec = ctx.plan.spec ?? {};
    const obj = podObject(ctx, vm, { generateName: prefix, labels: { ...(spec.convertorLabels as Record<string, string> | undefined), 'forklift.app': 'virt-v2v', ...labelsOf(ctx, vm) } }, 'virt-v2v', image);
    if (spec.convertorNodeSelector) (obj.spec as Record<string, unknown>).nodeSelector = spec.convertorNodeSelector;
    if (spec.convertorAffinity) (obj.spec as Record<string, unknown>).affinity = spec.convertorAffinity;
    const pod = store.create(TARGET.pods, obj);
    t.v2vPod = pod.metadata.name;
    podStarted(pod, image);
  };

  const progress = (ctx: RunContext, vm: VmRun, t: Track) => {
    const step = vm.pipeline[vm.current];
    if (step?.name !== 'DiskTransfer' || step.phase !== 'Running') return;
    (step.tasks ?? []).forEach((task, i) => {
      const name = t.dvs[i];
      if (!name) return;
      const pct = task.progress.total ? (100 * task.progress.completed) / task.progress.total : 0;
      const decile = Math.floor(pct / 10);
      if (decile === t.deciles[i] || pct >= 100) return;
      t.deciles[i] = decile;
      setStatus(TARGET.dataVolumes, ctx.targetNamespace, name, { phase: 'ImportInProgress', progress: `${pct.toFixed(2)}%` });
    });
  };

  const enter = (ctx: RunContext, vm: VmRun, t: Track, name: string) => {
    // A live migration's target gets blank volumes: KubeVirt copies the running VM's disks into them.
    if (name === 'DiskAllocation' || name === 'PrepareTarget') ensureDisks(ctx, vm, t, false);
    else if (name === 'DiskTransfer') ensureDisks(ctx, vm, t, true);
    else if (name === 'ImageConversion' || name === 'DiskTransferV2v') ensureV2vPod(ctx, vm, t);
  };

  const complete = (ctx: RunContext, vm: VmRun, t: Track, index: number) => {
    const name = vm.pipeline[index].name;
    const ns = ctx.targetNamespace;
    if (name === 'DiskAllocation' || name === 'Synchronization') {
      for (const dv of t.dvs) setStatus(TARGET.dataVolumes, ns, dv, { phase: 'Succeeded', progress: '100.0%' });
    } else if (name === 'DiskTransfer') {
      t.dvs.forEach((dv, i) => {
        const updated = setStatus(TARGET.dataVolumes, ns, dv, { phase: 'Succeeded', progress: '100.0%' });
        const mb = vm.pipeline[index].tasks?.[i]?.progress.total ?? 0;
        recordEvent(DV_KIND, updated, 'Normal', 'ImportSucceeded', `Successfully imported into PVC ${dv} (${mb} MB)`, 'datavolume-import-controller');
        endPod(ns, t.importers[i], 'Succeeded');
      });
    } else if (name === 'ImageConversion' || name === 'DiskTransferV2v') {
      // On the vSphere path one virt-v2v pod converts and then copies.
      const next = vm.pipeline[index + 1]?.name;
      if (next !== 'DiskTransferV2v') endPod(ns, t.v2vPod, 'Succeeded');
    }
  };

  const fail = (ctx: RunContext, vm: VmRun, t: Track) => {
    const ns = ctx.targetNamespace;
    const step = vm.error?.phase ?? vm.pipeline[vm.current]?.name ?? '';
    const reason = vm.error?.reasons?.[0] ?? 'Unknown error';
    if (step === 'DiskTransfer') {
      const tasks = vm.pipeline.find((s) => s.name === 'DiskTransfer')?.tasks ?? [];
      const i = Math.max(0, tasks.findIndex((task) => task.phase !== 'Completed'));
      const dv = setStatus(TARGET.dataVolumes, ns, t.dvs[i] ?? '', { phase: 'Failed', conditions: [{ type: 'Running', status: 'False', reason: 'Error', message: reason }] });
      recordEvent(DV_KIND, dv, 'Warning', 'Error', reason, 'datavolume-import-controller');
      endPod(ns, t.importers[i], 'Failed', reason);
      t.importers.forEach((pod, j) => j !== i && endPod(ns, pod, 'Failed'));
    } else if (step === 'DiskAllocation') {
      for (const name of t.dvs) {
        const pvc = setStatus(TARGET.pvcs, ns, name, { phase: 'Pending' });
        recordEvent(PVC_KIND, pvc, 'Warning', 'ProvisioningFailed', reason, 'csi-provisioner');
      }
    } else if (step === 'ImageConversion' || step === 'DiskTransferV2v') {
      endPod(ns, t.v2vPod, 'Failed', reason);
      const pod = t.v2vPod ? store.get(TARGET.pods, ns, t.v2vPod) : undefined;
      recordEvent(POD_KIND, pod, 'Warning', 'BackOff', `Container virt-v2v failed: ${reason}`, 'kubelet');
    }
    recordEvent(PLAN_KIND, ctx.plan, 'Warning', 'VMFailed', `VM ${vm.name} (${vm.id}) failed in step ${step}: ${reason}`, 'forklift-controller');
  };

  const cancel = (ctx: RunContext, vm: VmRun, t: Track) => {
    const ns = ctx.targetNamespace;
    for (const pod of [...t.importers, ...(t.v2vPod ? [t.v2vPod] : [])]) if (store.get(TARGET.pods, ns, pod)) store.delete(TARGET.pods, ns, pod);
    // Deleting the DataVolume takes its PVC with it (owner reference).
    for (const dv of t.dvs) if (store.get(TARGET.dataVolumes, ns, dv)) store.delete(TARGET.dataVolumes, ns, dv);
    recordEvent(PLAN_KIND, ctx.plan, 'Normal', 'VMCanceled', `Migration of VM ${vm.name} (${vm.id}) canceled; its pods and volumes were removed`, 'forklift-controller');
  };

  return {
    /** Brings the target side in line with one VM's pipeline; call after every advance. */
    sync(ctx: RunContext, vm: VmRun): void {
      if (vm.current < 0 || !ctx.targetNamespace) return;
      const key = `${ctx.migration.uid}/${vm.id}`;
      let t = tracks.get(key);
      if (!t) {
        t = { entered: -1, completed: -1, dvs: [], importers: [], deciles: [], done: false };
        tracks.set(key, t);
      }
      if (t.done) return;
      // A VM carried over as succeeded from an earlier attempt has nothing left to create.
      if (vm.outcome && t.entered < 0) {
        t.done = true;
        return;
      }
      try {
        for (let i = 0; i <= vm.current && i < vm.pipeline.length; i++) {
          const step = vm.pipeline[i];
          if (t.entered < i && step.phase !== 'Pending') {
            t.entered = i;
            if (step.reason !== 'Canceled') enter(ctx, vm, t, step.name);
          }
          if (t.completed < i && step.phase === 'Completed' && !step.error && step.reason !== 'Canceled') {
            t.completed = i;
            complete(ctx, vm, t, i);
          }
        }
        progress(ctx, vm, t);
        if (vm.outcome) {
          t.done = true;
          if (vm.outcome === 'Failed') fail(ctx, vm, t);
          else if (vm.outcome === 'Canceled') cancel(ctx, vm, t);
          else endPod(ctx.targetNamespace, t.v2vPod, 'Succeeded');
        }
      } catch (err) {
        // The target namespace may be deleted mid-run; the migration itself goes on as upstream.
        if (!(err instanceof Error && /not found|conflict|already exists/i.test(err.message))) throw err;
      }
    },
    /** The VirtualMachine was created: say so on it. */
    vmCreated(vmObj: K8sObject, running: boolean): void {
      recordEvent({ apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine' }, vmObj, 'Normal', running ? 'SuccessfulCreate' : 'SuccessfulDataVolumeCreate', running ? `Started the virtual machine by creating the new virtual machine instance ${vmObj.metadata.name}` : `Created virtual machine ${vmObj.metadata.name} (stopped)`, 'virtualmachine-controller');
    },
    planEvent(plan: K8sObject, type: 'Normal' | 'Warning', reason: string, message: string): void {
      recordEvent(PLAN_KIND, plan, type, reason, message, 'forklift-controller');
    },
    /** Archive: remove the plan's importer and conversion pods left in the target namespace; volumes and VMs stay. */
    archive(plan: K8sObject): number {
      const ns = String(plan.spec?.targetNamespace ?? '');
      const uid = plan.metadata.uid;
      if (!ns || !uid) return 0;
      let removed = 0;
      for (const pod of store.list(TARGET.pods, ns)) {
        if (pod.metadata.labels?.plan === uid) {
          store.delete(TARGET.pods, ns, pod.metadata.name!);
          removed++;
        }
      }
      return removed;
    },
    forget(migrationUid: string): void {
      for (const key of [...tracks.keys()]) if (key.startsWith(`${migrationUid}/`)) tracks.delete(key);
    },
  };
}

export type TargetSide = ReturnType<typeof createTargetSide>;
