/** The Secrets made in place land with the map, or are removed again. */
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { describe, expect, it, vi } from 'vitest';
import { StorageMapModel } from '../../k8s/models';
import type { WriteClient } from '../../k8s/write';
import { createMapWithSecrets, editMapWithSecrets, secretsLeftBehind } from './writeOffload';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({}));

const scripted = (fail: { create?: string; delete?: boolean } = {}) => {
  const log: string[] = [];
  const client: WriteClient = {
    create: async <R extends K8sResourceCommon>(model: K8sModel, data: R) => {
      log.push(`create ${model.kind} ${data.metadata?.name}${data.metadata?.ownerReferences ? ` owned by ${data.metadata.ownerReferences[0].name}` : ''}`);
      if (fail.create === model.kind) throw Object.assign(new Error('refused'), { code: 422 });
      return { ...data, metadata: { ...data.metadata, uid: `uid-${data.metadata?.name}` } };
    },
    patch: async <R extends K8sResourceCommon>(model: K8sModel, resource: R) => {
      log.push(`own ${model.kind} ${resource.metadata?.name}`);
      return resource;
    },
    delete: async (model, resource) => {
      log.push(`delete ${model.kind} ${resource.metadata?.name}`);
      if (fail.delete) throw Object.assign(new Error('forbidden'), { code: 403 });
      return {};
    },
    get: async () => {
      throw new Error('unused');
    },
  };
  return { log, client };
};

const secret = { name: 'ontap-creds', vendor: 'ontap' as const, values: { STORAGE_HOSTNAME: 'h', STORAGE_USERNAME: 'u', STORAGE_PASSWORD: 'p', ONTAP_SVM: 's' } };
const map = { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'StorageMap', metadata: { name: 'm', namespace: 'mtv', uid: 'uid-m' } };

describe('writing copy offload Secrets with the map', () => {
  it('creates the Secret, then the map, which then owns it', async () => {
    const { log, client } = scripted();
    await createMapWithSecrets(StorageMapModel, map, [secret], 'mtv', client);
    expect(log).toEqual(['create Secret ontap-creds', 'create StorageMap m', 'own Secret ontap-creds']);
  });

  it('removes the Secret when the map is refused', async () => {
    const { log, client } = scripted({ create: 'StorageMap' });
    await expect(createMapWithSecrets(StorageMapModel, map, [secret], 'mtv', client)).rejects.toThrow('refused');
    expect(log.at(-1)).toBe('delete Secret ontap-creds');
  });

  it('on edit, creates the Secret owned by the map, and removes it when the edit fails (naming what stays)', async () => {
    const { log, client } = scripted();
    await expect(editMapWithSecrets(StorageMapModel, map, [secret], 'mtv', async () => 'patched', client)).resolves.toBe('patched');
    expect(log).toEqual(['create Secret ontap-creds owned by m']);
    const failing = scripted({ delete: true });
    const error = await editMapWithSecrets(StorageMapModel, map, [secret], 'mtv', () => Promise.reject(new Error('409')), failing.client).catch((e: unknown) => e);
    expect(failing.log.at(-1)).toBe('delete Secret ontap-creds');
    expect((error as Error).message).toBe('409');
    expect(secretsLeftBehind(error)).toEqual(['ontap-creds']);
  });
});
