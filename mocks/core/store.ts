/**
 * The in-memory object store with Kubernetes semantics (the simulated etcd +
 * registry layer). Everything that writes — the HTTP core, the simulated
 * controller, the seed — goes through here, so every write gets a
 * resourceVersion and an event, and watches see them all.
 */
import type { K8sObject, ObjectStore, ResourceRef, StoreEvent } from './contract';
import { clone, deepEqual, deepFreeze, nameSuffix, seededRandom, uuidFrom } from './objects';
import { defaultRegistry, refOf, type ResourceDef, type ResourceRegistry } from './registry';
import { alreadyExists, badRequest, conflict, invalid, notFound, StatusError, makeStatus } from './status';
import { validateObject } from './validation';

export interface StoreOptions {
  registry?: ResourceRegistry;
  /** How many events are kept for watch resume; older resourceVersions get 410 Expired. */
  historySize?: number;
  /** Seeds uids and generateName suffixes so runs repeat. */
  seed?: number;
  /** Wall clock for creationTimestamp / deletionTimestamp. */
  now?: () => Date;
  /** Namespaced creates need the Namespace to exist (as the NamespaceLifecycle admission plugin does). Default true. */
  requireNamespaces?: boolean;
}

/** A store event with the resourceVersion it was written at. */
export interface RecordedEvent extends StoreEvent {
  resourceVersion: number;
}

export type HistoryResult = { expired: false; events: RecordedEvent[] } | { expired: true; oldest: number };

const NAMESPACES: ResourceRef = { group: '', version: 'v1', plural: 'namespaces' };

function keyOf(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export class MemoryObjectStore implements ObjectStore {
  readonly registry: ResourceRegistry;
  private readonly tables = new Map<string, Map<string, K8sObject>>();
  /** owner uid → dependents, so cascading deletes do not scan the whole store. */
  private readonly dependents = new Map<string, Map<string, { def: ResourceDef; namespace?: string; name: string }>>();
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  private readonly history: RecordedEvent[] = [];
  private readonly historySize: number;
  /** Highest resourceVersion whose event fell out of the history. */
  private compactedThrough = 0;
  private rv = 0;
  private readonly random: () => number;
  private readonly now: () => Date;
  private readonly requireNamespaces: boolean;

  constructor(options: StoreOptions = {}) {
    this.registry = options.registry ?? defaultRegistry;
    this.historySize = options.historySize ?? 1000;
    this.random = seededRandom(options.seed ?? 1);
    this.now = options.now ?? (() => new Date());
    this.requireNamespaces = options.requireNamespaces ?? true;
  }

  // ---- ObjectStore -------------------------------------------------------

  list(resource: ResourceRef, namespace?: string): K8sObject[] {
    return this.snapshot(resource, namespace).map(clone);
  }

  get(resource: ResourceRef, namespace: string | undefined, name: string): K8sObject | undefined {
    const found = this.table(resource).get(keyOf(this.nsFor(resource, namespace), name));
    return found ? clone(found) : undefined;
  }

  create(resource: ResourceRef, object: K8sObject): K8sObject {
    const def = this.definition(resource);
    const obj = clone(object);
    obj.apiVersion ||= def.group ? `${def.group}/${def.version}` : def.version;
    obj.kind ||= def.kind;
    obj.metadata = { ...(obj.metadata ?? {}) };
    const meta = obj.metadata;
    if (def.namespaced) {
      if (!meta.namespace) throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
      if (this.requireNamespaces && !this.table(NAMESPACES).has(meta.namespace)) {
        throw notFound('', 'namespaces', meta.namespace);
      }
    } else {
      delete meta.namespace;
    }
    if (!meta.name && meta.generateName) {
      // Retry like the API server would on a rare suffix collision.
      do meta.name = `${meta.generateName}${nameSuffix(this.random)}`;
      while (this.table(resource).has(keyOf(meta.namespace, meta.name)));
    }
    foldStringData(def, obj);
    this.assertValid(def, obj);
    const key = keyOf(meta.namespace, meta.name!);
    if (this.table(resource).has(key)) throw alreadyExists(def.group, def.plural, meta.name!);
    meta.uid = uuidFrom(this.random);
    meta.creationTimestamp = this.timestamp();
    meta.generation = 1;
    delete meta.deletionTimestamp;
    if (def.kind === 'Namespace' && def.group === '' && obj.status === undefined) obj.status = { phase: 'Active' };
    return this.write(def, key, obj, 'ADDED');
  }

  update(resource: ResourceRef, object: K8sObject): K8sObject {
    const def = this.definition(resource);
    const { existing, key } = this.existingFor(def, object);
    const next = clone(object);
    next.apiVersion ||= existing.apiVersion;
    next.kind ||= existing.kind;
    next.metadata = {
      ...next.metadata,
      name: existing.metadata.name,
      namespace: existing.metadata.namespace,
      uid: existing.metadata.uid,
      creationTimestamp: existing.metadata.creationTimestamp,
      generation: existing.metadata.generation,
      deletionTimestamp: existing.metadata.deletionTimestamp,
    };
    if (!def.namespaced) delete next.metadata.namespace;
    if (!next.metadata.deletionTimestamp) delete next.metadata.deletionTimestamp;
    foldStringData(def, next);
    if (def.statusSubresource) {
      // The main resource does not write status when /status is a subresource.
      if (existing.status !== undefined) next.status = clone(existing.status) as K8sObject['status'];
      else delete next.status;
    }
    this.assertValid(def, next);
    if (!deepEqual(existing.spec, next.spec)) next.metadata.generation = (existing.metadata.generation ?? 1) + 1;
    if (existing.metadata.deletionTimestamp && !next.metadata.finalizers?.length) {
      // The last finalizer is gone: the pending delete completes now.
      this.write(def, key, next, 'MODIFIED', existing);
      return this.remove(def, key);
    }
    return this.write(def, key, next, 'MODIFIED', existing);
  }

  updateStatus(resource: ResourceRef, object: K8sObject): K8sObject {
    const def = this.definition(resource);
    const { existing, key } = this.existingFor(def, object);
    const next = clone(existing) as K8sObject;
    if (object.status === undefined) delete next.status;
    else next.status = clone(object.status);
    return this.write(def, key, next, 'MODIFIED', existing);
  }

  delete(resource: ResourceRef, namespace: string | undefined, name: string): K8sObject {
    const def = this.definition(resource);
    const key = keyOf(this.nsFor(resource, namespace), name);
    const existing = this.table(resource).get(key);
    if (!existing) throw notFound(def.group, def.plural, name);
    if (existing.metadata.finalizers?.length) {
      // Finalizers hold the object: mark it, let its owner's controller finish.
      if (existing.metadata.deletionTimestamp) return clone(existing);
      const marked = clone(existing) as K8sObject;
      marked.metadata.deletionTimestamp = this.timestamp();
      return this.write(def, key, marked, 'MODIFIED', existing);
    }
    return this.remove(def, key);
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  resourceVersion(): number {
    return this.rv;
  }

  // ---- extras for the HTTP core -----------------------------------------

  /**
   * The stored objects themselves (deep-frozen, sorted by namespace/name),
   * without copying: for serializing lists. Do not try to modify them.
   */
  snapshot(resource: ResourceRef, namespace?: string): K8sObject[] {
    const table = this.table(resource);
    // Table keys are `namespace/name` (or `name`), so sorting keys sorts objects.
    const keys = [...table.keys()].sort();
    const out: K8sObject[] = [];
    for (const key of keys) {
      const obj = table.get(key)!;
      if (namespace === undefined || obj.metadata.namespace === namespace) out.push(obj);
    }
    return out;
  }

  /** Events after `resourceVersion`, or `expired` when some of them are no longer kept. */
  eventsSince(resourceVersion: number): HistoryResult {
    if (resourceVersion < this.compactedThrough) return { expired: true, oldest: this.compactedThrough };
    const events = this.history.filter((e) => e.resourceVersion > resourceVersion);
    return { expired: false, events };
  }

  /** Listens with the resourceVersion of each event (what watches need). */
  subscribeRecorded(listener: (event: RecordedEvent) => void): () => void {
    const wrapped = (event: StoreEvent) => listener(event as RecordedEvent);
    this.listeners.add(wrapped);
    return () => this.listeners.delete(wrapped);
  }

  definition(resource: ResourceRef): ResourceDef {
    const def = this.registry.find(resource);
    if (!def) {
      throw new StatusError(makeStatus(404, 'NotFound', 'the server could not find the requested resource'));
    }
    return def;
  }

  // ---- internals ---------------------------------------------------------

  private table(resource: ResourceRef): Map<string, K8sObject> {
    // Versions of a group share storage, as in Kubernetes.
    const key = `${resource.group}/${resource.plural}`;
    let table = this.tables.get(key);
    if (!table) {
      table = new Map();
      this.tables.set(key, table);
    }
    return table;
  }

  private nsFor(resource: ResourceRef, namespace: string | undefined): string | undefined {
    return this.registry.find(resource)?.namespaced === false ? undefined : namespace;
  }

  private existingFor(def: ResourceDef, object: K8sObject): { existing: K8sObject; key: string } {
    const name = object.metadata?.name;
    if (!name) throw invalid(def.group, def.kind, '', [{ field: 'metadata.name', message: 'Required value', reason: 'FieldValueRequired' }]);
    const key = keyOf(def.namespaced ? object.metadata.namespace : undefined, name);
    const existing = this.table(refOf(def)).get(key);
    if (!existing) throw notFound(def.group, def.plural, name);
    const rv = object.metadata.resourceVersion;
    if (rv !== undefined && rv !== '' && rv !== existing.metadata.resourceVersion) {
      throw conflict(def.group, def.plural, name);
    }
    return { existing, key };
  }

  /** Throws the 422 Invalid a create or update of this object would throw. */
  validate(def: ResourceDef, obj: K8sObject): void {
    this.assertValid(def, obj);
  }

  private assertValid(def: ResourceDef, obj: K8sObject): void {
    const causes = validateObject(def, obj);
    if (causes.length) throw invalid(def.group, def.kind, obj.metadata?.name ?? '', causes);
  }

  private write(def: ResourceDef, key: string, obj: K8sObject, type: 'ADDED' | 'MODIFIED', previous?: K8sObject): K8sObject {
    if (previous && deepEqual(stripVersion(previous), stripVersion(obj))) {
      // A no-op write: Kubernetes does not bump the resourceVersion or notify watchers.
      return clone(previous);
    }
    obj.metadata.resourceVersion = String(++this.rv);
    const stored = deepFreeze(obj);
    const table = this.table(refOf(def));
    this.indexOwners(def, key, table.get(key), stored);
    table.set(key, stored);
    this.emit({ type, resource: refOf(def), object: stored, resourceVersion: this.rv });
    return clone(stored);
  }

  private remove(def: ResourceDef, key: string): K8sObject {
    const table = this.table(refOf(def));
    const existing = table.get(key)!;
    table.delete(key);
    this.indexOwners(def, key, existing, undefined);
    const gone = clone(existing);
    gone.metadata.resourceVersion = String(++this.rv);
    const stored = deepFreeze(gone);
    this.emit({ type: 'DELETED', resource: refOf(def), object: stored, resourceVersion: this.rv });
    this.cascade(def, stored);
    return clone(stored);
  }

  /** Garbage collection: dependents of a deleted owner go too; so does everything in a deleted namespace. */
  private cascade(def: ResourceDef, deleted: K8sObject): void {
    const owned = [...(this.dependents.get(deleted.metadata.uid ?? '')?.values() ?? [])];
    for (const d of owned) this.deleteIfPresent(d.def, d.namespace, d.name);
    if (def.kind === 'Namespace' && def.group === '') {
      for (const other of this.registry.resources) {
        if (!other.namespaced) continue;
        for (const obj of this.snapshot(refOf(other), deleted.metadata.name)) {
          this.deleteIfPresent(other, obj.metadata.namespace, obj.metadata.name!);
        }
      }
    }
  }

  /** Cascades may reach an object twice (owned and in a deleted namespace): the second time is a no-op. */
  private deleteIfPresent(def: ResourceDef, namespace: string | undefined, name: string): void {
    if (this.table(refOf(def)).has(keyOf(namespace, name))) this.delete(refOf(def), namespace, name);
  }

  private indexOwners(def: ResourceDef, key: string, before: K8sObject | undefined, after: K8sObject | undefined): void {
    const entryKey = `${def.group}/${def.plural}/${key}`;
    for (const ref of before?.metadata.ownerReferences ?? []) {
      const set = this.dependents.get(ref.uid);
      set?.delete(entryKey);
      if (set?.size === 0) this.dependents.delete(ref.uid);
    }
    for (const ref of after?.metadata.ownerReferences ?? []) {
      let set = this.dependents.get(ref.uid);
      if (!set) this.dependents.set(ref.uid, (set = new Map()));
      set.set(entryKey, { def, namespace: after!.metadata.namespace, name: after!.metadata.name! });
    }
  }

  private emit(event: RecordedEvent): void {
    this.history.push(event);
    if (this.history.length > this.historySize) {
      const dropped = this.history.splice(0, this.history.length - this.historySize);
      this.compactedThrough = dropped[dropped.length - 1].resourceVersion;
    }
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One broken listener (a watch, the controller) must not fail the write or starve the others.
        console.error('store listener failed', error);
      }
    }
  }

  private timestamp(): string {
    // Kubernetes timestamps have second precision.
    return this.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}

/** Secrets: `type` defaults to Opaque; `stringData` is write-only, folded into base64 `data`. */
function foldStringData(def: ResourceDef, obj: K8sObject): void {
  if (def.kind !== 'Secret' || def.group !== '') return;
  if (!obj.type) obj.type = 'Opaque';
  if (typeof obj.stringData !== 'object' || obj.stringData === null) return;
  const data = { ...((obj.data as Record<string, string> | undefined) ?? {}) };
  for (const [key, value] of Object.entries(obj.stringData as Record<string, unknown>)) {
    data[key] = base64(String(value));
  }
  obj.data = data;
  delete obj.stringData;
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function stripVersion(obj: K8sObject): K8sObject {
  return { ...obj, metadata: { ...obj.metadata, resourceVersion: undefined } };
}


export function createObjectStore(options?: StoreOptions): MemoryObjectStore {
  return new MemoryObjectStore(options);
}
