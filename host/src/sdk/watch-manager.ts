/**
 * Shared list+watch of Kubernetes resources, the engine behind
 * useK8sWatchResource. One K8sWatch per distinct request, shared by every hook
 * that asks the same thing, kept alive a little after the last one leaves so a
 * remount does not relist.
 *
 * Lifecycle of a watch:
 *   list (paged with `continue`) -> open WebSocket at
 *   `/api/kubernetes/<path>?watch=true&resourceVersion=<list RV>` -> apply events.
 *   ERROR 410 (Expired)  -> relist at once.
 *   other ERROR          -> relist after back-off.
 *   socket closed        -> reopen from the last resourceVersion after back-off.
 *   list failed          -> keep the last data, report the error, retry after back-off.
 * So a watch recovers by itself from a dropped connection or a restarted server.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { HttpError } from './http-error';
import { K8S_PREFIX, queryString } from './k8s-url';
import { applyWatchEvent, backoffDelay, stateFromList, type WatchEvent, type WatchState } from './watch-state';

export interface WatchRequest {
  /** Collection path without the /api/kubernetes prefix, e.g. `/apis/g/v1/namespaces/ns/plans`. */
  path: string;
  /** Watch one object of the collection. */
  name?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Read at most this many objects in the initial list (one page, no `continue`). */
  limit?: number;
  /** Written into list items, which the API sends without kind and apiVersion (as the console does). */
  typeMeta?: { kind: string; apiVersion: string };
}

export interface WatchSnapshot {
  data: K8sResourceCommon[] | K8sResourceCommon | undefined;
  loaded: boolean;
  error: unknown;
}

/** The part of the browser WebSocket the manager uses (so tests can pass a fake). */
export interface SocketLike {
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  close(): void;
}

export interface WatchDeps {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  getJSON(url: string): Promise<any>;
  /** Opens a watch socket for a same-origin path with query. */
  openSocket(pathWithQuery: string): SocketLike;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Coalesce watch events for this long before re-rendering (default 50 ms). */
  batchMs?: number;
  /** Page size for lists without an explicit limit (default 500). */
  pageSize?: number;
  /** Keep an unused watch this long before closing it (default 15 s). */
  lingerMs?: number;
}

export const watchKey = (r: WatchRequest): string =>
  `${r.path}${queryString({ name: r.name, labelSelector: r.labelSelector, fieldSelector: r.fieldSelector, limit: r.limit })}`;

const notFound = (r: WatchRequest): HttpError =>
  new HttpError(`${r.path.split('/').pop()} "${r.name}" not found`, 404, undefined, {
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    reason: 'NotFound',
    code: 404,
    message: `${r.path.split('/').pop()} "${r.name}" not found`,
  });

/** Watch sockets closed before opening, in a row, before the registry relists. */
export const REFUSED_WATCHES_BEFORE_RELIST = 3;

export const INITIAL_LIST_SNAPSHOT: WatchSnapshot = Object.freeze({ data: [], loaded: false, error: undefined });
export const INITIAL_OBJECT_SNAPSHOT: WatchSnapshot = Object.freeze({ data: undefined, loaded: false, error: undefined });

export class K8sWatch {
  private state: WatchState | undefined;
  private snapshot: WatchSnapshot;
  private error: unknown;
  private readonly listeners = new Set<() => void>();
  private socket: SocketLike | undefined;
  private retryTimer: unknown;
  private refusedWatches = 0;
  private flushTimer: unknown;
  /** Bumped on every relist and on stop, so late answers from an older attempt are dropped. */
  private generation = 0;
  private attempt = 0;
  private stopped = false;

  constructor(
    readonly request: WatchRequest,
    private readonly deps: WatchDeps,
  ) {
    this.snapshot = request.name ? INITIAL_OBJECT_SNAPSHOT : INITIAL_LIST_SNAPSHOT;
  }

  getSnapshot = (): WatchSnapshot => this.snapshot;

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  start(): void {
    void this.list();
  }

  stop(): void {
    this.stopped = true;
    this.generation++;
    this.closeSocket();
    this.clearTimer('retryTimer');
    this.clearTimer('flushTimer');
  }

  private clearTimer(which: 'retryTimer' | 'flushTimer'): void {
    if (this[which] !== undefined) this.deps.clearTimeout(this[which]);
    this[which] = undefined;
  }

  private closeSocket(): void {
    const socket = this.socket;
    this.socket = undefined;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    try {
      socket.close();
    } catch {
      // already closed
    }
  }

  private async list(): Promise<void> {
    const gen = ++this.generation;
    this.closeSocket();
    this.clearTimer('retryTimer');
    const { path, name, labelSelector, fieldSelector, limit } = this.request;
    try {
      let state: WatchState;
      if (name) {
        const obj: K8sResourceCommon = await this.deps.getJSON(`${K8S_PREFIX}${path}/${encodeURIComponent(name)}`);
        state = stateFromList([obj], obj.metadata?.resourceVersion);
      } else {
        const items: K8sResourceCommon[] = [];
        let cont: string | undefined;
        let rv: string | undefined;
        do {
          const page = await this.deps.getJSON(
            `${K8S_PREFIX}${path}${queryString({ labelSelector, fieldSelector, limit: limit ?? this.deps.pageSize ?? 500, continue: cont })}`,
          );
          if (gen !== this.generation) return;
          const typeMeta = this.request.typeMeta;
          for (const item of (page?.items ?? []) as K8sResourceCommon[]) items.push(typeMeta ? { ...typeMeta, ...item } : item);
          rv = page?.metadata?.resourceVersion;
          cont = limit ? undefined : page?.metadata?.continue || undefined;
        } while (cont);
        state = stateFromList(items, rv);
      }
      if (gen !== this.generation) return;
      this.state = state;
      this.error = undefined;
      this.attempt = 0;
      this.publish();
      this.openWatch();
    } catch (e) {
      if (gen !== this.generation) return;
      this.error = e;
      // A deleted object: forget its last state so the page shows "not found", not stale data.
      if (name && e instanceof HttpError && e.code === 404) this.state = undefined;
      this.publish();
      this.retryLater(() => void this.list());
    }
  }

  private retryLater(fn: () => void): void {
    if (this.stopped) return;
    this.clearTimer('retryTimer');
    const delay = backoffDelay(this.attempt++);
    this.retryTimer = this.deps.setTimeout(() => {
      this.retryTimer = undefined;
      if (!this.stopped) fn();
    }, delay);
  }

  private openWatch(): void {
    if (this.stopped || !this.state) return;
    this.closeSocket();
    const { path, name, labelSelector } = this.request;
    const fieldSelector = [name ? `metadata.name=${name}` : '', this.request.fieldSelector ?? ''].filter(Boolean).join(',');
    const url = `${K8S_PREFIX}${path}${queryString({
      watch: 'true',
      resourceVersion: this.state.resourceVersion,
      allowWatchBookmarks: 'true',
      labelSelector,
      fieldSelector,
    })}`;
    const socket = this.deps.openSocket(url);
    this.socket = socket;
    let answered = false;
    socket.onopen = () => {
      answered = true;
      this.refusedWatches = 0;
    };
    socket.onmessage = (ev) => {
      if (this.socket !== socket) return;
      answered = true;
      this.refusedWatches = 0;
      this.onEvent(ev.data);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      // A socket closed before it ever opened was refused (e.g. 401/403 on the
      // upgrade), which a WebSocket cannot tell us. After a few in a row,
      // relist: a failing list reports the reason on the page; a working one
      // refreshes the data and tries the watch again.
      if (!answered && ++this.refusedWatches >= REFUSED_WATCHES_BEFORE_RELIST) {
        this.refusedWatches = 0;
        this.retryLater(() => void this.list());
      } else {
        this.retryLater(() => this.openWatch());
      }
    };
    socket.onerror = () => {
      // A close event follows; reconnecting is handled there.
    };
  }

  private onEvent(data: unknown): void {
    if (!this.state) return;
    let event: WatchEvent;
    try {
      event = JSON.parse(typeof data === 'string' ? data : String(data));
    } catch {
      return;
    }
    const { state, effect, message } = applyWatchEvent(this.state, event);
    this.state = state;
    switch (effect) {
      case 'changed':
        this.attempt = 0;
        this.scheduleFlush();
        break;
      case 'progress':
        this.attempt = 0;
        break;
      case 'expired':
        void this.list();
        break;
      case 'error':
        this.closeSocket();
        this.error = new HttpError(message ?? 'Watch failed', event.object?.code, undefined, event.object);
        this.publish();
        this.retryLater(() => void this.list());
        break;
      default:
        break;
    }
  }

  private scheduleFlush(): void {
    if (this.flushTimer !== undefined) return;
    this.flushTimer = this.deps.setTimeout(() => {
      this.flushTimer = undefined;
      this.publish();
    }, this.deps.batchMs ?? 50);
  }

  private publish(): void {
    this.clearTimer('flushTimer');
    const loaded = this.state !== undefined;
    let data: WatchSnapshot['data'];
    let error = this.error;
    if (this.request.name) {
      data = this.state?.items.values().next().value;
      if (loaded && !data && !error) error = notFound(this.request);
    } else {
      data = this.state ? Array.from(this.state.items.values()) : [];
    }
    this.snapshot = { data, loaded: loaded && (!this.request.name || data !== undefined), error };
    for (const l of [...this.listeners]) l();
  }
}

/** Hands out shared watches by request and closes them when nobody has listened for a while. */
export class WatchRegistry {
  private readonly watches = new Map<string, K8sWatch>();
  private readonly closeTimers = new Map<string, unknown>();

  constructor(private readonly deps: WatchDeps) {}

  getSnapshot(request: WatchRequest): WatchSnapshot {
    return this.watches.get(watchKey(request))?.getSnapshot() ?? (request.name ? INITIAL_OBJECT_SNAPSHOT : INITIAL_LIST_SNAPSHOT);
  }

  subscribe(request: WatchRequest, listener: () => void): () => void {
    const key = watchKey(request);
    const timer = this.closeTimers.get(key);
    if (timer !== undefined) {
      this.deps.clearTimeout(timer);
      this.closeTimers.delete(key);
    }
    let watch = this.watches.get(key);
    if (!watch) {
      watch = new K8sWatch(request, this.deps);
      this.watches.set(key, watch);
      watch.start();
    }
    const unsubscribe = watch.subscribe(listener);
    const w = watch;
    return () => {
      unsubscribe();
      if (w.listenerCount > 0 || this.closeTimers.has(key)) return;
      this.closeTimers.set(
        key,
        this.deps.setTimeout(() => {
          this.closeTimers.delete(key);
          if (w.listenerCount === 0 && this.watches.get(key) === w) {
            w.stop();
            this.watches.delete(key);
          }
        }, this.deps.lingerMs ?? 15_000),
      );
    };
  }

  /** Number of open watches (for tests and diagnostics). */
  get size(): number {
    return this.watches.size;
  }
}
