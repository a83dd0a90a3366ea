/**
 * The contract between the parts of the simulated cluster.
 *
 * The Kubernetes API core (mocks/core) owns the object store and speaks HTTP;
 * the simulated Forklift controller (mocks/controller) and the inventory
 * service (mocks/inventory) only use these interfaces, so each can be built and
 * tested on its own. Keep this file small and stable: change it only with all
 * three sides in mind.
 */

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
  [key: string]: unknown;
}

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: Record<string, unknown> & object;
  status?: Record<string, unknown> & object;
  [key: string]: unknown;
}

/** Identifies a resource type the way the API path does. `group` is '' for the core group. */
export interface ResourceRef {
  group: string;
  version: string;
  plural: string;
}

export type StoreEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: StoreEventType;
  resource: ResourceRef;
  object: K8sObject;
}

/**
 * The in-memory object store with Kubernetes semantics. Every write bumps the
 * cluster-wide integer resourceVersion and emits one StoreEvent. Writes throw a
 * `StatusError` (mocks/core/status.ts) carrying a Kubernetes Status on failure
 * (404 NotFound, 409 AlreadyExists / Conflict, 422 Invalid).
 */
export interface ObjectStore {
  list(resource: ResourceRef, namespace?: string): K8sObject[];
  get(resource: ResourceRef, namespace: string | undefined, name: string): K8sObject | undefined;
  /** Assigns uid, resourceVersion, creationTimestamp, generation; honours generateName. */
  create(resource: ResourceRef, object: K8sObject): K8sObject;
  /** Replaces spec/metadata; 409 Conflict when object.metadata.resourceVersion is set and stale. Bumps generation when spec changes. */
  update(resource: ResourceRef, object: K8sObject): K8sObject;
  /** Replaces only .status (the status subresource): what a controller writes. */
  updateStatus(resource: ResourceRef, object: K8sObject): K8sObject;
  /** Deletes and cascades to objects whose ownerReferences name the deleted uid. */
  delete(resource: ResourceRef, namespace: string | undefined, name: string): K8sObject;
  /** Called synchronously after each write, in order. Returns an unsubscribe function. */
  subscribe(listener: (event: StoreEvent) => void): () => void;
  /** The current cluster-wide resourceVersion. */
  resourceVersion(): number;
}

/**
 * Simulated time. `speed` is how many simulated milliseconds pass per real
 * millisecond (e.g. 60 makes a minute pass each second). Controllers schedule
 * with `setTimeout` in simulated milliseconds; tests use a manual clock and
 * `advance()`.
 */
export interface SimClock {
  now(): number;
  setTimeout(callback: () => void, simulatedMs: number): () => void;
  readonly speed: number;
}

/** A Fetch-API request handler: the one core behind every transport. */
export type FetchHandler = (request: Request) => Promise<Response>;
