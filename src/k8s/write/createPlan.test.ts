/**
 * The write layer against the simulated cluster through the host's own SDK
 * implementation (k8sCreate/k8sPatch/k8sDelete over fetch), so rollbacks,
 * owner references and server reasons are the real API's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { createSimulatedCluster, type SimulatedCluster } from '../../../mocks/cluster';
import { ProviderModel, SecretModel } from '../models';
import { CreatePlanError, runCreatePlan, validateCreatePlan, previewCreatePlan, type CreateStep } from './createPlan';
import { patchWithRetry } from './patch';
import type { WriteClient } from './client';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('../../../host/src/sdk/k8s-crud'));

const NS = 'openshift-mtv';
let cluster: SimulatedCluster;

beforeEach(() => {
  cluster = createSimulatedCluster({ world: true, vmsPerProvider: 3 });
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) =>
    cluster.handle(new Request(new URL(String(input instanceof Request ? input.url : input), 'http://localhost'), init)),
  );
});
afterEach(() => {
  cluster.stop();
  vi.unstubAllGlobals();
});

const secretsNamed = (prefix: string) =>
  cluster.store.list({ group: '', version: 'v1', plural: 'secrets' }).filter((s) => (s.metadata.name ?? "").startsWith(prefix));
const provider = (name: string, spec: Record<string, unknown>) =>
  cluster.store.list({ group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'providers' }).find((p) => p.metadata.name === name && p.metadata.namespace === NS && spec);

const providerSteps = (name: string, type = 'vsphere'): CreateStep[] => [
  {
    id: 'secret',
    model: SecretModel,
    ownedBy: 'provider',
    object: { apiVersion: 'v1', kind: 'Secret', metadata: { generateName: `${name}-`, namespace: NS }, stringData: { user: 'u', password: 'p' } } as K8sResourceCommon,
  },
  {
    id: 'provider',
    model: ProviderModel,
    object: (created) =>
      ({
        apiVersion: 'forklift.konveyor.io/v1beta1',
        kind: 'Provider',
        metadata: { name, namespace: NS },
        spec: { type, url: 'https://vc.example.com/sdk', secret: { name: created.secret.metadata?.name, namespace: NS } },
      }) as K8sResourceCommon,
  },
];

describe('runCreatePlan', () => {
  it('creates in order, hands generated names on and sets the owner once it exists', async () => {
    const created = await runCreatePlan(providerSteps('wl-ok'));
    const secretName = created.secret.metadata?.name ?? '';
    expect(secretName).toMatch(/^wl-ok-[a-z0-9]{5}$/);
    expect((created.provider as { spec: { secret: { name: string } } }).spec.secret.name).toBe(secretName);
    const [stored] = secretsNamed('wl-ok-');
    expect(stored.metadata.ownerReferences).toEqual([
      { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Provider', name: 'wl-ok', uid: created.provider.metadata?.uid },
    ]);
    expect(created.secret.metadata?.ownerReferences?.[0]?.uid).toBe(created.provider.metadata?.uid);
  });

  it('sets the ownerReference at create time when the owner comes first', async () => {
    const [secretStep, providerStep] = providerSteps('wl-first');
    const created = await runCreatePlan([
      { ...providerStep, object: { ...(providerStep.object as (c: object) => K8sResourceCommon)({ secret: { metadata: { name: 'later' } } }) } },
      { ...secretStep, object: { ...(secretStep.object as K8sResourceCommon) } },
    ]);
    expect(created.secret.metadata?.ownerReferences?.[0]).toMatchObject({ kind: 'Provider', name: 'wl-first', uid: created.provider.metadata?.uid });
  });

  it('on a failed create deletes what it wrote and reports the step and the server reason', async () => {
    // "vcenter-prod" exists in the demo world: the Provider create gets 409 AlreadyExists.
    const error = await runCreatePlan(providerSteps('vcenter-prod')).catch((e) => e);
    expect(error).toBeInstanceOf(CreatePlanError);
    const { detail } = error as CreatePlanError;
    expect(detail.step).toMatchObject({ id: 'provider', kind: 'Provider', name: 'vcenter-prod' });
    expect(detail.action).toBe('create');
    expect(detail.failure).toMatchObject({ code: 409, reason: 'AlreadyExists' });
    expect(detail.rolledBack.map((r) => r.id)).toEqual(['secret']);
    expect(detail.leftBehind).toEqual([]);
    expect(secretsNamed('vcenter-prod-').filter((s) => !(s.metadata.name ?? "").endsWith('-secret'))).toEqual([]);
    expect(provider('vcenter-prod', {})).toBeDefined();
  });

  it('keeps the 422 causes with their field paths', async () => {
    const error = (await runCreatePlan(providerSteps('wl-bad-type', 'hyperv-nope')).catch((e) => e)) as CreatePlanError;
    expect(error.detail.failure.code).toBe(422);
    expect(error.detail.failure.reason).toBe('Invalid');
    expect(error.detail.failure.causes.some((c) => c.field === 'spec.type')).toBe(true);
    expect(secretsNamed('wl-bad-type-')).toEqual([]);
  });

  it('reports what it could not delete again', async () => {
    const real = (await import('./client')).sdkWriteClient;
    const failing: WriteClient = {
      ...real,
      create: async (model, data) => {
        if (model.kind === 'Provider') throw Object.assign(new Error('boom'), { code: 500, json: { code: 500, reason: 'InternalError', message: 'boom' } });
        return real.create(model, data);
      },
      delete: async () => {
        throw Object.assign(new Error('forbidden'), { code: 403, json: { code: 403, reason: 'Forbidden', message: 'secrets is forbidden' } });
      },
    };
    const error = (await runCreatePlan(providerSteps('wl-left'), failing).catch((e) => e)) as CreatePlanError;
    expect(error.detail.failure).toMatchObject({ code: 500, message: 'boom' });
    expect(error.detail.rolledBack).toEqual([]);
    expect(error.detail.leftBehind).toHaveLength(1);
    expect(error.detail.leftBehind[0].failure.reason).toBe('Forbidden');
  });

  it('rolls back when the owner patch fails', async () => {
    const real = (await import('./client')).sdkWriteClient;
    const failing: WriteClient = {
      ...real,
      patch: async () => {
        throw Object.assign(new Error('conflict'), { code: 409, json: { code: 409, reason: 'Conflict', message: 'conflict' } });
      },
    };
    const error = (await runCreatePlan(providerSteps('wl-patch'), failing).catch((e) => e)) as CreatePlanError;
    expect(error.detail.action).toBe('setOwner');
    expect(error.detail.step.id).toBe('secret');
    expect(error.detail.rolledBack.map((r) => r.id)).toEqual(['provider', 'secret']);
    expect(provider('wl-patch', {})).toBeUndefined();
    expect(secretsNamed('wl-patch-')).toEqual([]);
  });

  it('refuses a malformed plan before writing', async () => {
    expect(validateCreatePlan([{ id: 'a', model: SecretModel, object: {} }, { id: 'a', model: SecretModel, object: {} }])).toHaveLength(1);
    expect(validateCreatePlan([{ id: 'a', model: SecretModel, object: {}, ownedBy: 'zz' }])).toHaveLength(1);
    await expect(runCreatePlan([{ id: 'a', model: SecretModel, object: {}, ownedBy: 'zz' }])).rejects.toThrow(/not in the plan/);
  });

  it('previews every object without writing', () => {
    const objects = previewCreatePlan(providerSteps('wl-preview'));
    expect(objects.map((o) => o.kind)).toEqual(['Secret', 'Provider']);
    expect(secretsNamed('wl-preview-')).toEqual([]);
  });
});

describe('patchWithRetry', () => {
  it('retries a 409 on the fresh object', async () => {
    const created = await runCreatePlan(providerSteps('wl-patchme'));
    const stale = created.provider;
    // Someone else changes the provider in between.
    const latest = provider('wl-patchme', {})!;
    cluster.store.update({ group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'providers' }, { ...latest, spec: { ...latest.spec, url: 'https://other.example.com/sdk' } });
    const seen: string[] = [];
    const result = await patchWithRetry({
      model: ProviderModel,
      resource: stale,
      build: (current) => {
        seen.push(String((current as { spec: { url: string } }).spec.url));
        return [{ op: 'add', path: '/spec/settings', value: { vddkInitImage: 'quay.io/x/vddk:1' } }];
      },
    });
    expect(seen).toEqual(['https://vc.example.com/sdk', 'https://other.example.com/sdk']);
    expect((result as { spec: { settings: Record<string, string>; url: string } }).spec).toMatchObject({ url: 'https://other.example.com/sdk', settings: { vddkInitImage: 'quay.io/x/vddk:1' } });
  });

  it('gives up after maxAttempts and rethrows the conflict', async () => {
    const created = await runCreatePlan(providerSteps('wl-stuck'));
    let calls = 0;
    const conflicting: WriteClient = {
      create: async () => ({}) as never,
      delete: async () => ({}),
      get: async () => created.provider as never,
      patch: async () => {
        calls++;
        throw Object.assign(new Error('conflict'), { code: 409, json: { code: 409, reason: 'Conflict', message: 'the object has been modified' } });
      },
    };
    await expect(patchWithRetry({ model: ProviderModel, resource: created.provider, build: () => [{ op: 'add', path: '/spec/url', value: 'x' }], client: conflicting, maxAttempts: 2 })).rejects.toThrow(/conflict/);
    expect(calls).toBe(2);
  });
});
