/**
 * Edits as JSON patches that carry the resourceVersion they were computed
 * from, so a concurrent change is refused (409 Conflict) instead of being
 * overwritten. On a conflict the patch is recomputed on the fresh object and
 * sent again, a bounded number of times; `onConflict` lets a form say so.
 */
import type { K8sModel, K8sResourceCommon, Patch } from '@openshift-console/dynamic-plugin-sdk';
import { toApiFailure } from './apiFailure';
import { sdkWriteClient, type WriteClient } from './client';

export interface PatchWithRetryOptions<R extends K8sResourceCommon> {
  model: K8sModel;
  resource: R;
  /** The operations to apply to `current` (an empty list means nothing to do). */
  build: (current: R) => Patch[];
  client?: WriteClient;
  /** Called with the fresh object after each 409 before retrying. */
  onConflict?: (fresh: R, attempt: number) => void;
  maxAttempts?: number;
}

/** Pins a patch to the object's resourceVersion: the API server answers 409 if it moved on. */
export const pinnedToVersion = (resource: K8sResourceCommon, ops: Patch[]): Patch[] =>
  resource.metadata?.resourceVersion ? [{ op: 'replace', path: '/metadata/resourceVersion', value: resource.metadata.resourceVersion }, ...ops] : ops;

export const patchWithRetry = async <R extends K8sResourceCommon>({
  model,
  resource,
  build,
  client = sdkWriteClient,
  onConflict,
  maxAttempts = 3,
}: PatchWithRetryOptions<R>): Promise<R> => {
  let current = resource;
  for (let attempt = 1; ; attempt++) {
    const ops = build(current);
    if (ops.length === 0) return current;
    try {
      return await client.patch(model, current, pinnedToVersion(current, ops));
    } catch (e) {
      if (toApiFailure(e).code !== 409 || attempt >= maxAttempts) throw e;
      current = await client.get<R>(model, current.metadata?.name ?? '', current.metadata?.namespace);
      onConflict?.(current, attempt);
    }
  }
};

export { pointerKey } from './jsonPointer';
