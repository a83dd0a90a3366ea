/** Shared test helpers for the API core (imported by *.test.ts only). */
import type { K8sObject, ResourceRef } from './contract';

export const NAMESPACES: ResourceRef = { group: '', version: 'v1', plural: 'namespaces' };
export const SECRETS: ResourceRef = { group: '', version: 'v1', plural: 'secrets' };
export const PROVIDERS: ResourceRef = { group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'providers' };
export const PLANS: ResourceRef = { group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'plans' };
export const MIGRATIONS: ResourceRef = { group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'migrations' };

export const namespace = (name: string): K8sObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });

export const provider = (name: string, ns = 'demo', extra: Partial<K8sObject['metadata']> = {}): K8sObject => ({
  apiVersion: 'forklift.konveyor.io/v1beta1',
  kind: 'Provider',
  metadata: { name, namespace: ns, ...extra },
  spec: { type: 'vsphere', url: 'https://vcenter.example.com/sdk' },
});

export const plan = (name: string, ns = 'demo'): K8sObject => ({
  apiVersion: 'forklift.konveyor.io/v1beta1',
  kind: 'Plan',
  metadata: { name, namespace: ns },
  spec: {
    targetNamespace: ns,
    provider: { source: { name: 'vs', namespace: ns }, destination: { name: 'host', namespace: ns } },
    map: { network: { name: 'net', namespace: ns }, storage: { name: 'sto', namespace: ns } },
    vms: [{ id: 'vm-1', name: 'web-1' }],
  },
});

/** Parsed JSON in tests, read by path without ceremony. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** Reads `count` watch events (one JSON object a line) from a streamed body. */
export async function readEvents(body: ReadableStream<Uint8Array>, count: number, timeoutMs = 2000): Promise<{ type: string; object: Json }[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + timeoutMs;
  try {
    while (text.split('\n').filter((l) => l.trim()).length < count) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) break;
      const chunk = await Promise.race([
        reader.read(),
        new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), remaining)),
      ]);
      if (chunk === 'timeout' || chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
  } finally {
    reader.releaseLock();
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}
