/**
 * The inventory REST service as a Fetch handler. Paths are relative to the
 * inventory root, as the console's proxy forwards them:
 *   /providers[?detail=N]                  grouped by type, with counts once Ready
 *   /providers/<type>[/<uid>]
 *   /providers/<type>/<uid>/<collection>[?detail=N&limit=&offset=&name=]
 *   /providers/<type>/<uid>/<collection>/<id>
 *   /providers/vsphere/<uid>/tree/host | tree/vm
 * Unknown providers are 404 with `X-Reason: ProviderNotFound`; a provider
 * that is not Ready yet, or whose inventory is still being collected (for a
 * while after it turns Ready, longer for more VMs), answers
 * `206 Partial Content` with an empty list, as upstream does while its
 * collector is still loading (its `/providers` entry has counts once Ready).
 * Big list bodies go out gzipped to clients that accept it (when given a
 * gzip function), as a proxy in front of the real service would send them.
 */
import type { FetchHandler, K8sObject } from '../core/contract';
import { detailLevel, itemJson, listJson, summary, type DetailLevel } from './serialize';
import { PROVIDER_TYPES, type InventoryItem, type ProviderInventory, type ProviderType } from './types';

export interface InventoryServiceDeps {
  listProviders(): K8sObject[];
  forProvider(provider: K8sObject): ProviderInventory | undefined;
  /** The simulated clock (ms). Without it inventories are complete as soon as providers are Ready. */
  now?: () => number;
  gzip?: (bytes: Uint8Array) => Uint8Array;
}

/** How long collecting a provider's inventory takes: 1 s, plus 70 ms per 1,000 VMs (100,000 VMs: 8 s). */
export const collectionMs = (vmCount: number): number => 1000 + vmCount * 0.07;

const GZIP_MIN_BYTES = 32 * 1024;

/** When the provider's inventory is complete: its Ready transition plus the collection time. */
export function collectedAt(provider: K8sObject, inventory: ProviderInventory): number | undefined {
  const conditions = (provider.status?.conditions ?? []) as { type?: string; status?: string; lastTransitionTime?: string }[];
  const ready = conditions.find((c) => c.type === 'Ready' && c.status === 'True');
  if (!ready) return undefined;
  const since = ready.lastTransitionTime ? Date.parse(ready.lastTransitionTime) : NaN;
  return Number.isFinite(since) ? since + collectionMs(inventory.counts().vmCount ?? 0) : 0;
}

const encoder = new TextEncoder();
const JSON_HEADERS = { 'Content-Type': 'application/json' };

const acceptsGzip = (request: Request): boolean => /\bgzip\b/.test(request.headers.get('Accept-Encoding') ?? '');

function json(body: string | Uint8Array<ArrayBuffer>, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...JSON_HEADERS, ...headers } });
}

function notFound(reason: string, message: string): Response {
  return json(JSON.stringify({ error: message }), 404, { 'X-Reason': reason });
}

export function isProviderReady(provider: K8sObject): boolean {
  const conditions = (provider.status?.conditions ?? []) as { type?: string; status?: string }[];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

export function createInventoryService(deps: InventoryServiceDeps): FetchHandler {
  /** Serialised list bodies per provider uid, dropped when the inventory's version moves. */
  const cache = new Map<string, { inventory: ProviderInventory; version: number; bodies: Map<string, Uint8Array<ArrayBuffer>>; indexes: Map<string, Map<string, InventoryItem>> }>();

  const cacheFor = (uid: string, inventory: ProviderInventory) => {
    let entry = cache.get(uid);
    if (!entry || entry.inventory !== inventory || entry.version !== inventory.version()) {
      entry = { inventory, version: inventory.version(), bodies: new Map(), indexes: new Map() };
      cache.set(uid, entry);
    }
    return entry;
  };

  /** Ready, and the collector has caught up. */
  const isCollected = (provider: K8sObject, inventory: ProviderInventory | undefined): boolean => {
    if (!inventory || !isProviderReady(provider)) return false;
    if (!deps.now) return true;
    return deps.now() >= (collectedAt(provider, inventory) ?? Infinity);
  };

  const providerEntry = (provider: K8sObject, level: DetailLevel): Record<string, unknown> => {
    const type = String(provider.spec?.type ?? '');
    const uid = provider.metadata.uid ?? '';
    const base = {
      uid,
      version: provider.metadata.resourceVersion ?? '',
      namespace: provider.metadata.namespace ?? '',
      name: provider.metadata.name ?? '',
      id: uid,
      type,
    };
    if (level === 0) return summary(base, `providers/${type}/${uid}`);
    // Counts as soon as Ready (the provider controller reports them); the collections lag behind.
    const inventory = isProviderReady(provider) ? deps.forProvider(provider) : undefined;
    return { ...base, selfLink: `providers/${type}/${uid}`, object: provider, ...(inventory ? inventory.counts() : {}) };
  };

  const providersOf = (type?: string) =>
    deps.listProviders().filter((p) => PROVIDER_TYPES.includes(p.spec?.type as ProviderType) && (!type || p.spec?.type === type));

  const collectionResponse = (provider: K8sObject, inventory: ProviderInventory, rest: string[], params: URLSearchParams, gzip: boolean): Response => {
    const type = inventory.type;
    const uid = provider.metadata.uid ?? '';
    const base = `providers/${type}/${uid}`;
    const view = inventory.view?.(rest.join('/'));
    if (view !== undefined) return json(JSON.stringify(view));
    const [collectionName, id, ...extra] = rest;
    const items = inventory.collection(collectionName);
    if (!items || extra.length > 0) return notFound('ResourceNotFound', `unknown inventory path ${base}/${rest.join('/')}`);
    const level = detailLevel(params.get('detail'));
    const entry = cacheFor(uid, inventory);
    const linkOf = (item: InventoryItem) => `${base}/${collectionName}/${item.id}`;
    if (id !== undefined) {
      let index = entry.indexes.get(collectionName);
      if (!index) entry.indexes.set(collectionName, (index = new Map(items.map((i) => [i.id, i]))));
      const item = index.get(decodeURIComponent(id));
      if (!item) return notFound('ResourceNotFound', `${collectionName} ${id} not found`);
      // A single object is always served in full, as upstream does.
      return json(itemJson(item, linkOf(item), 1));
    }
    const name = params.get('name');
    const limit = params.has('limit') ? Math.max(0, Number(params.get('limit')) || 0) : undefined;
    const offset = Math.max(0, Number(params.get('offset')) || 0);
    if (!name && limit === undefined && offset === 0) {
      const key = `${collectionName}|${level}`;
      let body = entry.bodies.get(key);
      // Cached as UTF-8 bytes: at 100,000 VMs (~200 MB) re-encoding a string per request costs a second.
      if (body === undefined) entry.bodies.set(key, (body = encoder.encode(listJson(items, linkOf, level))));
      if (gzip && deps.gzip && body.length >= GZIP_MIN_BYTES) {
        let zipped = entry.bodies.get(`${key}|gzip`);
        if (zipped === undefined) entry.bodies.set(`${key}|gzip`, (zipped = deps.gzip(body) as Uint8Array<ArrayBuffer>));
        return json(zipped, 200, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      }
      return json(body, 200, { Vary: 'Accept-Encoding' });
    }
    let selected = name ? items.filter((i) => i.name === name || `${String(i.namespace ?? '')}/${i.name}` === name) : items;
    selected = selected.slice(offset, limit === undefined ? undefined : offset + limit);
    return json(listJson(selected, linkOf, level));
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return json(JSON.stringify({ error: 'method not allowed' }), 405);
    const url = new URL(request.url);
    const parts = url.pathname.split('/').filter(Boolean);
    const params = url.searchParams;
    if (parts[0] !== 'providers') return notFound('ResourceNotFound', `unknown inventory path ${url.pathname}`);
    const level = detailLevel(params.get('detail'));
    const [, type, uid, ...rest] = parts;

    if (!type) {
      const grouped: Record<string, unknown[]> = Object.fromEntries(PROVIDER_TYPES.map((t) => [t, []]));
      for (const p of providersOf()) grouped[String(p.spec?.type)].push(providerEntry(p, level));
      return json(JSON.stringify(grouped));
    }
    if (!PROVIDER_TYPES.includes(type as ProviderType)) return notFound('ProviderNotFound', `provider type ${type} not supported`);
    if (!uid) return json(JSON.stringify(providersOf(type).map((p) => providerEntry(p, level))));

    const provider = providersOf(type).find((p) => p.metadata.uid === uid);
    if (!provider) return notFound('ProviderNotFound', `provider ${uid} not found`);
    if (rest.length === 0) return json(JSON.stringify(providerEntry(provider, Math.max(level, 1) as DetailLevel)));
    const inventory = deps.forProvider(provider);
    if (!inventory) return notFound('ProviderNotFound', `provider ${uid} has no inventory`);
    if (!isProviderReady(provider)) return json('[]', 206, { 'X-Reason': 'ProviderNotReady' });
    if (!isCollected(provider, inventory)) return json('[]', 206, { 'X-Reason': 'InventoryCollecting' });
    return collectionResponse(provider, inventory, rest, params, acceptsGzip(request));
  };
}
