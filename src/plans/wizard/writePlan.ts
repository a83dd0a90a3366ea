/**
 * Writes the wizard's objects in order (maps, hooks, then the plan) and, if
 * one fails, deletes those already written, newest first, so a failed create
 * leaves nothing behind. Then makes the maps and hooks owned by the plan, so
 * deleting the plan removes them too. The SDK calls are injected so the
 * sequence is unit-tested without a cluster.
 */
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { FORKLIFT_GROUP, FORKLIFT_VERSION } from '../../k8s/models';
import { errorMessage } from '../../utils/errors';
import type { PlannedObject } from './builders';

export interface WriteCalls {
  create: (model: K8sModel, data: K8sResourceCommon) => Promise<K8sResourceCommon>;
  remove: (model: K8sModel, resource: K8sResourceCommon) => Promise<unknown>;
  patchOwner: (model: K8sModel, resource: K8sResourceCommon, owner: K8sResourceCommon) => Promise<unknown>;
}

export type WriteResult =
  | { ok: true; written: K8sResourceCommon[]; warnings: string[] }
  | {
      ok: false;
      /** The object that failed. */
      failed: { kind: string; name: string };
      reason: string;
      error: unknown;
      /** Objects written before the failure that could not be removed (to clean up by hand). */
      leftBehind: { kind: string; name: string; reason: string }[];
    };

const id = (o: K8sResourceCommon) => ({ kind: o.kind ?? '', name: o.metadata?.name ?? '' });

export const ownerReferenceTo = (owner: K8sResourceCommon) => ({
  apiVersion: `${FORKLIFT_GROUP}/${FORKLIFT_VERSION}`,
  kind: owner.kind ?? 'Plan',
  name: owner.metadata?.name ?? '',
  uid: owner.metadata?.uid ?? '',
});

export const writeInOrder = async (objects: readonly PlannedObject[], calls: WriteCalls): Promise<WriteResult> => {
  const written: { model: K8sModel; resource: K8sResourceCommon }[] = [];
  for (const object of objects) {
    try {
      written.push({ model: object.model, resource: await calls.create(object.model, object.data) });
    } catch (error) {
      const leftBehind: { kind: string; name: string; reason: string }[] = [];
      for (const done of [...written].reverse()) {
        try {
          await calls.remove(done.model, done.resource);
        } catch (e) {
          leftBehind.push({ ...id(done.resource), reason: errorMessage(e) });
        }
      }
      return { ok: false, failed: id(object.data), reason: errorMessage(error), error, leftBehind };
    }
  }
  // The plan is written last; the others become its dependents.
  const owner = written[written.length - 1]?.resource;
  const warnings: string[] = [];
  if (owner?.metadata?.uid) {
    for (const done of written.slice(0, -1)) {
      try {
        await calls.patchOwner(done.model, done.resource, owner);
      } catch (e) {
        warnings.push(`${done.resource.kind} ${done.resource.metadata?.name}: ${errorMessage(e)}`);
      }
    }
  }
  return { ok: true, written: written.map((w) => w.resource), warnings };
};
