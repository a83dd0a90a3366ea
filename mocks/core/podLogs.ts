/**
 * Container logs of simulated pods, beside the object store (a pod's log is
 * not part of the object, as on a real kubelet). Whoever "runs" a pod writes
 * its log here; the API serves it at `pods/{name}/log`. One log set per store,
 * found through the store itself, so the controller and the API handler share
 * it without extra wiring.
 */
export interface PodLogs {
  /** Replaces the log of one container. */
  set(namespace: string, pod: string, container: string, text: string): void;
  get(namespace: string, pod: string, container: string): string | undefined;
  delete(namespace: string, pod: string): void;
}

const byStore = new WeakMap<object, PodLogs>();

function createPodLogs(): PodLogs {
  const logs = new Map<string, Map<string, string>>();
  const key = (ns: string, pod: string) => `${ns}/${pod}`;
  return {
    set(namespace, pod, container, text) {
      const k = key(namespace, pod);
      if (!logs.has(k)) logs.set(k, new Map());
      logs.get(k)!.set(container, text);
    },
    get: (namespace, pod, container) => logs.get(key(namespace, pod))?.get(container),
    delete: (namespace, pod) => void logs.delete(key(namespace, pod)),
  };
}

export function podLogsOf(store: object): PodLogs {
  let logs = byStore.get(store);
  if (!logs) {
    logs = createPodLogs();
    byStore.set(store, logs);
  }
  return logs;
}
