import { describe, expect, it, vi } from 'vitest';
import type { StoreEvent } from './contract';
import { MemoryObjectStore } from './store';
import { StatusError } from './status';
import { MIGRATIONS, NAMESPACES, PLANS, PROVIDERS, SECRETS, namespace, plan, provider } from './test-fixtures';

function storeWithNamespace(options = {}) {
  const store = new MemoryObjectStore({ now: () => new Date('2026-01-02T03:04:05.678Z'), ...options });
  store.create(NAMESPACES, namespace('demo'));
  return store;
}

function statusOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof StatusError) return error.status;
    throw error;
  }
  throw new Error('expected a StatusError');
}

describe('MemoryObjectStore', () => {
  it('assigns uid, resourceVersion, creationTimestamp and generation on create', () => {
    const store = storeWithNamespace();
    const created = store.create(PROVIDERS, provider('vs'));
    expect(created.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created.metadata.resourceVersion).toBe('2');
    expect(created.metadata.creationTimestamp).toBe('2026-01-02T03:04:05Z');
    expect(created.metadata.generation).toBe(1);
    expect(store.resourceVersion()).toBe(2);
    expect(store.get(PROVIDERS, 'demo', 'vs')).toEqual(created);
  });

  it('repeats uids for the same seed', () => {
    const a = storeWithNamespace({ seed: 7 }).create(PROVIDERS, provider('vs'));
    const b = storeWithNamespace({ seed: 7 }).create(PROVIDERS, provider('vs'));
    const c = storeWithNamespace({ seed: 8 }).create(PROVIDERS, provider('vs'));
    expect(a.metadata.uid).toBe(b.metadata.uid);
    expect(a.metadata.uid).not.toBe(c.metadata.uid);
  });

  it('honours generateName', () => {
    const store = storeWithNamespace();
    const secret = store.create(SECRETS, { apiVersion: 'v1', kind: 'Secret', metadata: { generateName: 'vs-', namespace: 'demo' }, data: {} });
    expect(secret.metadata.name).toMatch(/^vs-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('folds Secret stringData into base64 data', () => {
    const store = storeWithNamespace();
    const secret = store.create(SECRETS, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'demo' }, data: { a: 'eA==' }, stringData: { user: 'admin', pw: 'pässword' } });
    expect(secret.stringData).toBeUndefined();
    expect(secret.data).toEqual({ a: 'eA==', user: 'YWRtaW4=', pw: Buffer.from('pässword').toString('base64') });
  });

  it('rejects duplicates with 409 AlreadyExists', () => {
    const store = storeWithNamespace();
    store.create(PROVIDERS, provider('vs'));
    const status = statusOf(() => store.create(PROVIDERS, provider('vs')));
    expect(status).toMatchObject({ code: 409, reason: 'AlreadyExists', message: 'providers.forklift.konveyor.io "vs" already exists' });
  });

  it('needs the namespace to exist (404 like Kubernetes)', () => {
    const store = storeWithNamespace();
    expect(statusOf(() => store.create(PROVIDERS, provider('vs', 'nowhere')))).toMatchObject({ code: 404, message: 'namespaces "nowhere" not found' });
  });

  it('rejects a stale resourceVersion with 409 Conflict and bumps generation on spec change only', () => {
    const store = storeWithNamespace();
    const created = store.create(PROVIDERS, provider('vs'));
    const labelled = store.update(PROVIDERS, { ...created, metadata: { ...created.metadata, labels: { a: 'b' } } });
    expect(labelled.metadata.generation).toBe(1);
    expect(statusOf(() => store.update(PROVIDERS, { ...created, spec: { type: 'ova' } }))).toMatchObject({ code: 409, reason: 'Conflict' });
    const changed = store.update(PROVIDERS, { ...labelled, spec: { type: 'ova' } });
    expect(changed.metadata.generation).toBe(2);
    expect(Number(changed.metadata.resourceVersion)).toBeGreaterThan(Number(labelled.metadata.resourceVersion));
  });

  it('keeps status out of update and spec out of updateStatus', () => {
    const store = storeWithNamespace();
    const created = store.create(PROVIDERS, provider('vs'));
    const withStatus = store.updateStatus(PROVIDERS, { ...created, spec: { type: 'ova' }, status: { phase: 'Ready' } });
    expect(withStatus.spec).toEqual(created.spec);
    expect(withStatus.status).toEqual({ phase: 'Ready' });
    expect(withStatus.metadata.generation).toBe(1);
    const updated = store.update(PROVIDERS, { ...withStatus, status: { phase: 'Staging' } });
    expect(updated.status).toEqual({ phase: 'Ready' });
  });

  it('does not bump the resourceVersion or notify on a no-op write', () => {
    const store = storeWithNamespace();
    const created = store.create(PROVIDERS, provider('vs'));
    const listener = vi.fn();
    store.subscribe(listener);
    const again = store.update(PROVIDERS, created);
    expect(again.metadata.resourceVersion).toBe(created.metadata.resourceVersion);
    expect(listener).not.toHaveBeenCalled();
  });

  it('returns copies: callers cannot change stored objects', () => {
    const store = storeWithNamespace();
    const created = store.create(PROVIDERS, provider('vs'));
    created.spec!.type = 'ova';
    const fetched = store.get(PROVIDERS, 'demo', 'vs')!;
    fetched.spec!.type = 'ova';
    store.list(PROVIDERS)[0].spec!.type = 'ova';
    expect(store.get(PROVIDERS, 'demo', 'vs')!.spec!.type).toBe('vsphere');
  });

  it('emits one event per write, in order, with the written object', () => {
    const store = storeWithNamespace();
    const events: StoreEvent[] = [];
    store.subscribe((e) => events.push(e));
    const created = store.create(PROVIDERS, provider('vs'));
    store.updateStatus(PROVIDERS, { ...created, status: { phase: 'Ready' } });
    store.delete(PROVIDERS, 'demo', 'vs');
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
    expect(events.map((e) => e.object.metadata.resourceVersion)).toEqual(['2', '3', '4']);
    expect(events[0].resource).toEqual(PROVIDERS);
  });

  it('cascades deletes along ownerReferences, transitively', () => {
    const store = storeWithNamespace();
    const owner = store.create(PLANS, plan('p'));
    const ownerRef = (o: typeof owner, kind: string) => [{ apiVersion: o.apiVersion, kind, name: o.metadata.name!, uid: o.metadata.uid! }];
    const migration = store.create(MIGRATIONS, {
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'Migration',
      metadata: { name: 'm', namespace: 'demo', ownerReferences: ownerRef(owner, 'Plan') },
      spec: { plan: { name: 'p', namespace: 'demo' } },
    });
    store.create(SECRETS, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'demo', ownerReferences: ownerRef(migration, 'Migration') } });
    store.create(SECRETS, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'unrelated', namespace: 'demo' } });
    store.delete(PLANS, 'demo', 'p');
    expect(store.get(MIGRATIONS, 'demo', 'm')).toBeUndefined();
    expect(store.list(SECRETS).map((s) => s.metadata.name)).toEqual(['unrelated']);
  });

  it('forgets an owner once the ownerReference is removed', () => {
    const store = storeWithNamespace();
    const owner = store.create(PROVIDERS, provider('vs'));
    const ownerReferences = [{ apiVersion: owner.apiVersion, kind: 'Provider', name: 'vs', uid: owner.metadata.uid! }];
    const secret = store.create(SECRETS, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'demo', ownerReferences } });
    store.update(SECRETS, { ...secret, metadata: { ...secret.metadata, ownerReferences: [] } });
    store.delete(PROVIDERS, 'demo', 'vs');
    expect(store.get(SECRETS, 'demo', 's')).toBeDefined();
  });

  it('cascades through large stores quickly', () => {
    const store = storeWithNamespace({ historySize: 100 });
    const owner = store.create(PLANS, plan('big'));
    const ownerReferences = [{ apiVersion: owner.apiVersion, kind: 'Plan', name: 'big', uid: owner.metadata.uid! }];
    for (let i = 0; i < 5000; i++) store.create(SECRETS, { apiVersion: 'v1', kind: 'Secret', metadata: { name: `s${i}`, namespace: 'demo', ...(i % 2 ? { ownerReferences } : {}) } });
    const started = performance.now();
    store.delete(PLANS, 'demo', 'big');
    expect(store.list(SECRETS, 'demo')).toHaveLength(2500);
    store.delete(NAMESPACES, undefined, 'demo');
    expect(store.list(SECRETS)).toHaveLength(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('deleting a namespace deletes what is in it', () => {
    const store = storeWithNamespace();
    store.create(PROVIDERS, provider('vs'));
    store.delete(NAMESPACES, undefined, 'demo');
    expect(store.list(PROVIDERS)).toEqual([]);
  });

  it('holds objects with finalizers until the last one is removed', () => {
    const store = storeWithNamespace();
    store.create(PROVIDERS, provider('vs', 'demo', { finalizers: ['forklift.konveyor.io/x'] }));
    const marked = store.delete(PROVIDERS, 'demo', 'vs');
    expect(marked.metadata.deletionTimestamp).toBeDefined();
    expect(store.get(PROVIDERS, 'demo', 'vs')).toBeDefined();
    store.update(PROVIDERS, { ...marked, metadata: { ...marked.metadata, finalizers: [] } });
    expect(store.get(PROVIDERS, 'demo', 'vs')).toBeUndefined();
  });

  it('404s on delete of a missing object and for unknown resources', () => {
    const store = storeWithNamespace();
    expect(statusOf(() => store.delete(PROVIDERS, 'demo', 'nope'))).toMatchObject({ code: 404, reason: 'NotFound' });
    expect(statusOf(() => store.create({ group: 'x.io', version: 'v1', plural: 'things' }, provider('a')))).toMatchObject({ code: 404 });
  });

  it('validates on create and update (422 Invalid with causes)', () => {
    const store = storeWithNamespace();
    const status = statusOf(() => store.create(PROVIDERS, { ...provider('Bad_Name'), spec: { type: 'ec3' } }));
    expect(status.code).toBe(422);
    expect(status.details?.causes?.map((c) => c.field)).toEqual(['metadata.name', 'spec.type']);
  });

  it('keeps a bounded history; older resourceVersions are expired', () => {
    const store = storeWithNamespace({ historySize: 3 });
    for (let i = 0; i < 5; i++) store.create(PROVIDERS, provider(`p${i}`));
    // rv 1 = namespace, 2..6 = providers; kept: 4, 5, 6.
    expect(store.eventsSince(3)).toMatchObject({ expired: false });
    expect((store.eventsSince(3) as { events: unknown[] }).events).toHaveLength(3);
    expect(store.eventsSince(2)).toEqual({ expired: true, oldest: 3 });
    expect((store.eventsSince(6) as { events: unknown[] }).events).toHaveLength(0);
  });

  it('lists sorted by namespace/name, per namespace or all', () => {
    const store = storeWithNamespace();
    store.create(NAMESPACES, namespace('alpha'));
    store.create(PROVIDERS, provider('b'));
    store.create(PROVIDERS, provider('a'));
    store.create(PROVIDERS, provider('z', 'alpha'));
    expect(store.list(PROVIDERS).map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).toEqual(['alpha/z', 'demo/a', 'demo/b']);
    expect(store.list(PROVIDERS, 'demo').map((p) => p.metadata.name)).toEqual(['a', 'b']);
  });
});
