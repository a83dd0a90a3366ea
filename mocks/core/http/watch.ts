/**
 * Watch streams: one JSON event a line, as a ReadableStream the Fetch
 * Response streams out. The Node server forwards the same lines as WebSocket
 * messages, so chunked and WebSocket watches share these semantics:
 * - no resourceVersion or "0": synthetic ADDED for every current object first;
 * - a resourceVersion older than the kept history: one ERROR (410 Expired), then close;
 * - otherwise the events after that resourceVersion, then live events;
 * - BOOKMARKs when asked; the server closes after `timeoutSeconds`;
 * - objects leaving a selector arrive as DELETED, entering as ADDED.
 */
import type { K8sObject } from '../contract';
import type { FaultInjector } from '../faults';
import type { ResourceDef } from '../registry';
import { groupVersion } from '../registry';
import type { Predicate } from '../selectors';
import type { MemoryObjectStore, RecordedEvent } from '../store';
import { badRequest, makeStatus } from '../status';

export interface WatchRequest {
  def: ResourceDef;
  namespace?: string;
  /** Only one object (fieldSelector metadata.name or a watch on a name). */
  predicate: Predicate;
  resourceVersion?: string | null;
  allowBookmarks: boolean;
  /** `sendInitialEvents=true`: a bookmark annotated `k8s.io/initial-events-end` follows the synthetic ADDED events. */
  sendInitialEvents: boolean;
  timeoutSeconds?: number;
  bookmarkIntervalMs: number;
  /** Turns an object into what goes on the wire (itself, or a one-row Table). */
  render: (object: K8sObject) => unknown;
  signal?: AbortSignal;
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

const encoder = new TextEncoder();

function parseResourceVersion(value: string | null | undefined): number | undefined {
  if (value === undefined || value === null || value === '' || value === '0') return undefined;
  if (!/^\d+$/.test(value)) throw badRequest(`invalid resource version: ${JSON.stringify(value)}`);
  return Number(value);
}

export function openWatch(store: MemoryObjectStore, faults: FaultInjector, req: WatchRequest): ReadableStream<Uint8Array> {
  const fromVersion = parseResourceVersion(req.resourceVersion);
  let cleanup = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      // Keys of objects this client currently believes match; `undefined` entries are unknown (resumed watches).
      const visible = new Set<string>();
      const timers: ReturnType<typeof setTimeout>[] = [];
      let unsubscribe = () => {};

      const close = () => {
        if (closed) return;
        closed = true;
        cleanup();
        try {
          controller.close();
        } catch {
          // Already cancelled by the reader.
        }
      };
      const registration = faults.registerWatch(close);
      cleanup = () => {
        closed = true;
        unsubscribe();
        registration.unregister();
        timers.forEach(clearTimeout);
        timers.forEach((t) => clearInterval(t));
        req.signal?.removeEventListener('abort', close);
      };

      const send = (type: WatchEventType, object: unknown) => {
        if (closed) return;
        controller.enqueue(encoder.encode(`${JSON.stringify({ type, object })}\n`));
        if (type !== 'BOOKMARK' && type !== 'ERROR' && registration.countEvent()) close();
      };
      const bookmark = (annotations?: Record<string, string>) =>
        send('BOOKMARK', {
          kind: req.def.kind,
          apiVersion: groupVersion(req.def),
          metadata: { resourceVersion: String(store.resourceVersion()), ...(annotations ? { annotations } : {}) },
        });

      const keyOf = (o: K8sObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
      const inScope = (event: RecordedEvent) =>
        event.resource.group === req.def.group &&
        event.resource.plural === req.def.plural &&
        (req.namespace === undefined || event.object.metadata.namespace === req.namespace);

      const deliver = (event: RecordedEvent, resumed: boolean) => {
        if (!inScope(event)) return;
        const key = keyOf(event.object);
        const matches = req.predicate(event.object);
        // A resumed watch does not know what its client saw before: trust the event.
        const wasVisible = visible.has(key) || (resumed && event.type !== 'ADDED');
        if (event.type === 'DELETED') {
          if (matches || visible.has(key)) send('DELETED', req.render(event.object));
          visible.delete(key);
        } else if (matches) {
          send(wasVisible && event.type === 'MODIFIED' ? 'MODIFIED' : 'ADDED', req.render(event.object));
          visible.add(key);
        } else if (visible.has(key)) {
          send('DELETED', req.render(event.object));
          visible.delete(key);
        }
      };

      if (req.signal?.aborted) return close();
      req.signal?.addEventListener('abort', close);

      if (fromVersion === undefined) {
        for (const object of store.snapshot(req.def, req.namespace)) {
          if (!req.predicate(object)) continue;
          visible.add(keyOf(object));
          send('ADDED', req.render(object));
        }
        if (req.sendInitialEvents && req.allowBookmarks) bookmark({ 'k8s.io/initial-events-end': 'true' });
      } else {
        const history = store.eventsSince(fromVersion);
        if (history.expired) {
          send('ERROR', makeStatus(410, 'Expired', `too old resource version: ${fromVersion} (${history.oldest})`));
          return close();
        }
        const resumed = true;
        for (const event of history.events) deliver(event, resumed);
      }
      if (closed) return;
      // Subscribing in the same tick as the replay: no event can fall between them.
      unsubscribe = store.subscribeRecorded((event) => deliver(event, fromVersion !== undefined));

      if (req.allowBookmarks && req.bookmarkIntervalMs > 0) {
        timers.push(setInterval(() => bookmark(), req.bookmarkIntervalMs));
      }
      if (req.timeoutSeconds !== undefined && req.timeoutSeconds > 0) {
        timers.push(setTimeout(close, req.timeoutSeconds * 1000));
      }
    },
    cancel() {
      cleanup();
    },
  });
}
