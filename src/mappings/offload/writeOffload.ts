/**
 * Writes the copy offload Secrets made in the storage map form together with
 * the map, so that both land or neither: on create, the Secrets first and
 * the map last in one create plan (the map then owns them, so deleting the
 * map removes them); on edit, the Secrets (owned by the map, which exists)
 * and then the map's patch, removing the Secrets again if the patch fails.
 */
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { SecretModel } from '../../k8s/models';
import { ownerReferenceTo, runCreatePlan, sdkWriteClient, type CreateStep, type WriteClient } from '../../k8s/write';
import { toOffloadSecret, type NewOffloadSecret } from './offloadForm';

const secretSteps = (secrets: readonly NewOffloadSecret[], namespace: string, owner?: { model: K8sModel; object: K8sResourceCommon }): CreateStep[] =>
  secrets.map((s, i) => {
    const object = toOffloadSecret(s, namespace);
    if (owner) object.metadata = { ...object.metadata, ownerReferences: [ownerReferenceTo(owner.object, owner.model)] };
    return { id: `offload-secret-${i}`, model: SecretModel, object, ...(owner ? {} : { ownedBy: 'map' }) };
  });

/** Creates the Secrets, then the map; any failure removes what was written (CreatePlanError). */
export const createMapWithSecrets = async <R extends K8sResourceCommon>(
  model: K8sModel,
  map: R,
  secrets: readonly NewOffloadSecret[],
  namespace: string,
  client: WriteClient = sdkWriteClient,
): Promise<R> => {
  const created = await runCreatePlan([...secretSteps(secrets, namespace), { id: 'map', model, object: map }], client);
  return created.map as R;
};

/** Creates the Secrets owned by the existing map, runs the map's edit, and removes the Secrets if the edit fails. */
export const editMapWithSecrets = async <T,>(
  model: K8sModel,
  map: K8sResourceCommon,
  secrets: readonly NewOffloadSecret[],
  namespace: string,
  edit: () => Promise<T>,
  client: WriteClient = sdkWriteClient,
): Promise<T> => {
  const created = secrets.length ? await runCreatePlan(secretSteps(secrets, namespace, { model, object: map }), client) : {};
  try {
    return await edit();
  } catch (e) {
    const leftBehind: string[] = [];
    for (const obj of Object.values(created)) await client.delete(SecretModel, obj).catch(() => leftBehind.push(obj.metadata?.name ?? ''));
    // The edit's own error, still what the page shows, names them.
    if (leftBehind.length && e instanceof Error) Object.assign(e, { offloadSecretsLeftBehind: leftBehind });
    throw e;
  }
};

/** The Secrets an edit wrote and could not remove after it failed (a person must delete them). */
export const secretsLeftBehind = (e: unknown): string[] => (e as { offloadSecretsLeftBehind?: string[] } | undefined)?.offloadSecretsLeftBehind ?? [];
