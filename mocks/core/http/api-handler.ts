/**
 * The Kubernetes API over the Fetch API: discovery, OpenAPI, CRUD, patch,
 * status subresource, tables and watches, on top of MemoryObjectStore.
 */
import { parse as parseYaml } from 'yaml';
import type { FetchHandler, K8sObject } from '../contract';
import type { FaultInjector, FaultVerb } from '../faults';
import { groupVersion, refOf, type ResourceDef } from '../registry';
import { schemaFor } from '../schema';
import { selectorPredicate } from '../selectors';
import type { MemoryObjectStore } from '../store';
import { podLogsOf } from '../podLogs';
import { badRequest, invalid, isStatusError, makeStatus, methodNotAllowed, notFound, statusResponse, StatusError } from '../status';
import { bodyFormatOf, duplicateJsonKeys, fieldValidationOf, isCustomResourceGroup, readLimitedBody, type FieldValidation } from '../limits';
import { pruneUnknown, unknownFields } from '../validation';
import { apiGroupDocument, apiGroupList, apiResourceList, apiVersions, isPodResource, SERVER_VERSION } from './discovery';
import { json, jsonList } from './format';
import { paginate } from './list';
import { applyPatch, patchTypeOf } from '../patch';
import { openApiDocument, openApiIndex } from './openapi';
import { parseResourcePath, type ResourcePath } from './paths';
import { toTable, wantsTable, type IncludeObject } from './table';
import { openWatch } from './watch';
import { decodeProtobufObject } from '../protobuf';

export interface ApiHandlerOptions {
  store: MemoryObjectStore;
  faults: FaultInjector;
  /** Clock for table ages (the simulated clock in a cluster). */
  now?: () => number;
  /** How often watches that allow bookmarks get one (default 30 s). */
  bookmarkIntervalMs?: number;
}

interface Context {
  request: Request;
  url: URL;
  path: ResourcePath;
  def: ResourceDef;
}

const NOT_FOUND = () => new StatusError(makeStatus(404, 'NotFound', 'the server could not find the requested resource'));

export function createApiHandler(options: ApiHandlerOptions): FetchHandler {
  const { store, faults } = options;
  const now = options.now ?? Date.now;
  const registry = store.registry;

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const discovery = discoveryResponse(url.pathname);
    if (discovery) return discovery;

    const path = parseResourcePath(url.pathname);
    if (!path) throw NOT_FOUND();
    const def = registry.find(path);
    if (!def) throw NOT_FOUND();
    if (path.namespace !== undefined && !def.namespaced) throw NOT_FOUND();
    const ctx: Context = { request, url, path, def };
    if (path.subresource === 'log' && isPodResource(def) && path.namespace !== undefined) {
      if (request.method !== 'GET') throw methodNotAllowed();
      await faults.delay();
      const failure = faults.failure('get');
      if (failure) throw failure;
      return podLog(ctx);
    }
    if (path.subresource && !(path.subresource === 'status' && def.statusSubresource)) throw NOT_FOUND();

    const verb = verbOf(request.method, path, url);
    if (verb) {
      await faults.delay();
      const failure = faults.failure(verb);
      if (failure) throw failure;
    }
    if (verb && !def.verbs.includes(verb)) throw methodNotAllowed();

    switch (request.method) {
      case 'GET':
        if (path.name) return json(getObject(ctx));
        return url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1' ? watch(ctx) : list(ctx);
      case 'POST':
        if (path.name) throw methodNotAllowed();
        return create(ctx);
      case 'PUT':
        return update(ctx);
      case 'PATCH':
        return patch(ctx);
      case 'DELETE':
        return path.name ? json(remove(ctx)) : deleteCollection(ctx);
      default:
        throw methodNotAllowed();
    }
  }

  function discoveryResponse(pathname: string): Response | undefined {
    const p = pathname.replace(/\/+$/, '') || '/';
    if (p === '/version') return json(SERVER_VERSION);
    if (p === '/healthz' || p === '/readyz' || p === '/livez') return new Response('ok', { headers: { 'content-type': 'text/plain' } });
    if (p === '/api') return json(apiVersions());
    if (p === '/apis') return json(apiGroupList(registry));
    if (p === '/openapi/v3') return json(openApiIndex(registry));
    if (p === '/openapi/v2') throw NOT_FOUND();
    const openapi = /^\/openapi\/v3\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(p);
    if (openapi) {
      const doc = openapi[1] ? openApiDocument(registry, '', 'v1') : openApiDocument(registry, openapi[2], openapi[3]);
      if (!doc) throw NOT_FOUND();
      return json(doc);
    }
    const core = /^\/api\/(v1)$/.exec(p);
    if (core) return json(apiResourceList(registry, '', 'v1'));
    const groupOnly = /^\/apis\/([^/]+)$/.exec(p);
    if (groupOnly) {
      const doc = apiGroupDocument(registry, groupOnly[1]);
      if (!doc) throw NOT_FOUND();
      return json(doc);
    }
    const gv = /^\/apis\/([^/]+)\/([^/]+)$/.exec(p);
    if (gv) {
      const doc = apiResourceList(registry, gv[1], gv[2]);
      if (!doc) throw NOT_FOUND();
      return json(doc);
    }
    return undefined;
  }

  // ---- reads -------------------------------------------------------------

  /**
   * A container's log as text, with the API server's answers when there is none: a container
   * that has not started yet or a missing container name on a pod with several containers is a
   * 400 naming the reason, as the kubelet's answer is relayed.
   */
  function podLog({ url, path }: Context): Response {
    const pod = store.get({ group: '', version: 'v1', plural: 'pods' }, path.namespace, path.name!);
    if (!pod) throw notFound('', 'pods', path.name!);
    const containers = ((pod.spec?.containers ?? []) as { name?: string }[]).map((c) => String(c.name));
    const asked = url.searchParams.get('container');
    if (!asked && containers.length !== 1) {
      throw badRequest(`a container name must be specified for pod ${path.name}, choose one of: [${containers.join(' ')}]`);
    }
    const container = asked ?? containers[0];
    if (!containers.includes(container)) throw badRequest(`container ${container} is not valid for pod ${path.name}`);
    const text = podLogsOf(store).get(path.namespace!, path.name!, container);
    if (text === undefined) {
      const waiting = pod.status?.phase === 'Pending' ? 'ContainerCreating' : 'PodInitializing';
      throw badRequest(`container "${container}" in pod "${path.name}" is waiting to start: ${waiting}`);
    }
    const tailParam = url.searchParams.get('tailLines');
    const tail = tailParam === null ? NaN : Number(tailParam);
    // The last N lines; a log ending in a newline keeps it.
    const lines = Number.isInteger(tail) && tail >= 0 ? text.replace(/\n$/, '').split('\n').slice(tail === 0 ? Infinity : -tail).join('\n') + (text.endsWith('\n') && tail > 0 ? '\n' : '') : text;
    return new Response(lines, { status: 200, headers: { 'content-type': 'text/plain' } });
  }

  function getObject({ path, def }: Context): K8sObject {
    const found = store.get(refOf(def), path.namespace, path.name!);
    if (!found) throw notFound(def.group, def.plural, path.name!);
    return found;
  }

  function predicateOf(url: URL) {
    return selectorPredicate(url.searchParams.get('labelSelector'), url.searchParams.get('fieldSelector'));
  }

  function list({ request, url, path, def }: Context): Response {
    const limitParam = url.searchParams.get('limit');
    const limit = limitParam ? Number(limitParam) : undefined;
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) throw badRequest(`invalid limit: ${limitParam}`);
    const rv = store.resourceVersion();
    const page = paginate(store.snapshot(refOf(def), path.namespace), predicateOf(url), limit, url.searchParams.get('continue') ?? undefined, rv);
    const metadata: Record<string, unknown> = { resourceVersion: String(rv) };
    if (page.continueToken) {
      metadata.continue = page.continueToken;
      metadata.remainingItemCount = page.remainingItemCount;
    }
    if (wantsTable(request.headers.get('accept'))) {
      return json(toTable(def, page.items, metadata, includeObject(url), now()));
    }
    return jsonList({ apiVersion: groupVersion(def), kind: def.listKind, metadata }, page.items);
  }

  function includeObject(url: URL): IncludeObject {
    const value = url.searchParams.get('includeObject');
    return value === 'None' || value === 'Object' ? value : 'Metadata';
  }

  function watch({ request, url, path, def }: Context): Response {
    const table = wantsTable(request.headers.get('accept'));
    const include = includeObject(url);
    const timeout = url.searchParams.get('timeoutSeconds');
    const stream = openWatch(store, faults, {
      def,
      namespace: path.namespace,
      predicate: predicateOf(url),
      resourceVersion: url.searchParams.get('resourceVersion'),
      allowBookmarks: url.searchParams.get('allowWatchBookmarks') === 'true',
      sendInitialEvents: url.searchParams.get('sendInitialEvents') === 'true',
      timeoutSeconds: timeout ? Number(timeout) : undefined,
      bookmarkIntervalMs: options.bookmarkIntervalMs ?? 30_000,
      render: table ? (o) => toTable(def, [o], { resourceVersion: o.metadata.resourceVersion }, include, now()) : (o) => o,
      signal: request.signal,
    });
    return new Response(stream, {
      status: 200,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-cache, private', 'x-content-type-options': 'nosniff' },
    });
  }

  // ---- writes ------------------------------------------------------------

  /** The decoded body, and the keys a JSON body repeats (reported under Strict, warned under Warn). */
  async function readBody(request: Request): Promise<{ body: K8sObject; duplicates: string[] }> {
    const format = bodyFormatOf(request.headers.get('content-type'));
    const bytes = await readLimitedBody(request);
    if (format === 'protobuf') {
      // kubectl's typed clients (create namespace / secret / configmap) only speak protobuf.
      return { body: decodeProtobufObject(bytes), duplicates: [] };
    }
    const text = new TextDecoder().decode(bytes);
    let body: unknown;
    try {
      body = format === 'yaml' ? parseYaml(text) : JSON.parse(text);
    } catch (error) {
      throw badRequest(`error decoding request body: ${(error as Error).message}`);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('the request body must be an object');
    return { body: body as K8sObject, duplicates: format === 'json' ? duplicateJsonKeys(text) : [] };
  }

  /** Checks kind, apiVersion, namespace and name of a body against the URL. */
  function conform(ctx: Context, body: K8sObject): K8sObject {
    const { def, path } = ctx;
    const gv = groupVersion(def);
    if (body.kind && body.kind !== def.kind) throw badRequest(`the kind "${body.kind}" does not match the resource ${def.plural} (${def.kind})`);
    if (body.apiVersion && body.apiVersion !== gv) throw badRequest(`the API version in the data (${body.apiVersion}) does not match the expected API version (${gv})`);
    const metadata = { ...(body.metadata ?? {}) };
    if (def.namespaced) {
      if (metadata.namespace && metadata.namespace !== path.namespace) {
        throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
      }
      if (path.namespace === undefined) throw NOT_FOUND();
      metadata.namespace = path.namespace;
    }
    if (path.name !== undefined && metadata.name !== undefined && metadata.name !== path.name) {
      throw badRequest(`the name of the object (${metadata.name}) does not match the name on the URL (${path.name})`);
    }
    if (path.name !== undefined) metadata.name = path.name;
    return { ...body, apiVersion: gv, kind: def.kind, metadata };
  }

  /**
   * Unknown and duplicate fields: Strict rejects them (400, as the API server
   * does), Warn prunes unknown ones and says so in Warning headers, Ignore prunes.
   */
  function checkFields(ctx: Context, mode: FieldValidation, object: K8sObject, duplicates: string[] = []): { object: K8sObject; warnings: string[] } {
    const schema = schemaFor(groupVersion(ctx.def), ctx.def.kind);
    const unknown = schema ? unknownFields(schema, object) : [];
    const messages = [...unknown.map((f) => `unknown field "${f}"`), ...duplicates.map((f) => `duplicate field "${f}"`)];
    if (!messages.length) return { object, warnings: [] };
    if (mode === 'Strict') {
      throw badRequest(`${ctx.def.kind} in version "${ctx.def.version}" cannot be handled as a ${ctx.def.kind}: strict decoding error: ${messages.join(', ')}`);
    }
    return { object: schema ? pruneUnknown(schema, object) : object, warnings: mode === 'Warn' ? messages : [] };
  }

  function written(object: unknown, status: number, warnings: string[]): Response {
    const headers: Record<string, string> = {};
    if (warnings.length) headers.warning = warnings.map((w) => `299 - ${JSON.stringify(w)}`).join(', ');
    return json(object, status, headers);
  }

  function dropStatus(def: ResourceDef, object: K8sObject): K8sObject {
    if (!def.statusSubresource) return object;
    const { status: _ignored, ...rest } = object;
    return rest as K8sObject;
  }

  async function create(ctx: Context): Promise<Response> {
    const mode = fieldValidationOf(ctx.url, 'create');
    const read = await readBody(ctx.request);
    const body = conform(ctx, read.body);
    if (ctx.def.kind === 'SelfSubjectAccessReview') return accessReview(body);
    const { object, warnings } = checkFields(ctx, mode, dropStatus(ctx.def, body), read.duplicates);
    if (isDryRun(ctx.url)) return written(dryRunCreate(ctx.def, object), 201, warnings);
    return written(store.create(refOf(ctx.def), object), 201, warnings);
  }

  async function update(ctx: Context): Promise<Response> {
    if (!ctx.path.name) throw methodNotAllowed();
    const mode = fieldValidationOf(ctx.url, 'update');
    const read = await readBody(ctx.request);
    const body = conform(ctx, read.body);
    const { object, warnings } = checkFields(ctx, mode, body, read.duplicates);
    if (isCustomResourceGroup(ctx.def.group) && !object.metadata.resourceVersion) {
      // CRDs do not allow unconditional updates (built-in kinds such as Secrets do).
      throw invalid(ctx.def.group, ctx.def.kind, ctx.path.name, [
        { reason: 'FieldValueInvalid', field: 'metadata.resourceVersion', message: 'Invalid value: 0x0: must be specified for an update' },
      ]);
    }
    const ref = refOf(ctx.def);
    if (ctx.path.subresource === 'status') return written(store.updateStatus(ref, object), 200, warnings);
    return written(store.update(ref, object), 200, warnings);
  }

  async function patch(ctx: Context): Promise<Response> {
    if (!ctx.path.name) throw methodNotAllowed();
    const type = patchTypeOf(ctx.request.headers.get('content-type'));
    const mode = fieldValidationOf(ctx.url, 'patch');
    const text = new TextDecoder().decode(await readLimitedBody(ctx.request));
    const ref = refOf(ctx.def);
    const existing = store.get(ref, ctx.path.namespace, ctx.path.name);
    if (!existing) {
      if (type !== 'apply') throw notFound(ctx.def.group, ctx.def.plural, ctx.path.name);
      // Server-side apply creates what does not exist yet.
      const created = conform(ctx, applyPatch(type, {}, text) as K8sObject);
      const { object, warnings } = checkFields(ctx, mode, dropStatus(ctx.def, created));
      return written(store.create(ref, object), 201, warnings);
    }
    const patched = applyPatch(type, existing, text) as K8sObject;
    if (typeof patched !== 'object' || patched === null) throw badRequest('patch result is not an object');
    const { object, warnings } = checkFields(ctx, mode, conform(ctx, patched));
    if (ctx.path.subresource === 'status') return written(store.updateStatus(ref, object), 200, warnings);
    return written(store.update(ref, object), 200, warnings);
  }

  function remove(ctx: Context): K8sObject {
    return store.delete(refOf(ctx.def), ctx.path.namespace, ctx.path.name!);
  }

  function deleteCollection(ctx: Context): Response {
    const predicate = predicateOf(ctx.url);
    const ref = refOf(ctx.def);
    const deleted = store
      .snapshot(ref, ctx.path.namespace)
      .filter(predicate)
      .map((o) => store.delete(ref, o.metadata.namespace, o.metadata.name!));
    return json({ apiVersion: groupVersion(ctx.def), kind: ctx.def.listKind, metadata: { resourceVersion: String(store.resourceVersion()) }, items: deleted });
  }

  function accessReview(body: K8sObject): Response {
    const attrs = ((body.spec as Record<string, unknown> | undefined)?.resourceAttributes ?? {}) as Record<string, string | undefined>;
    const denied = faults.isDenied({ verb: attrs.verb, group: attrs.group, resource: attrs.resource, namespace: attrs.namespace, name: attrs.name });
    const status = denied ? { allowed: false, denied: true, reason: 'denied by the simulated cluster (fault injection)' } : { allowed: true, reason: 'the simulated cluster allows everything' };
    return json({ ...body, metadata: { ...body.metadata, creationTimestamp: null }, status }, 201);
  }

  function isDryRun(url: URL): boolean {
    return url.searchParams.getAll('dryRun').includes('All');
  }

  /** Validates like a create would, without storing: a throwaway store would be heavy, so check by hand. */
  function dryRunCreate(def: ResourceDef, object: K8sObject): K8sObject {
    const ref = refOf(def);
    const name = object.metadata?.name;
    if (name && store.get(ref, object.metadata.namespace, name)) {
      // Let the store produce the exact AlreadyExists status.
      store.create(ref, object);
    }
    const probe = { ...object, metadata: { ...object.metadata, name: name ?? `${object.metadata?.generateName ?? ''}dryrun` } };
    const causes = validateForDryRun(def, probe);
    if (causes) throw causes;
    return { ...probe, metadata: { ...probe.metadata, creationTimestamp: new Date(now()).toISOString().replace(/\.\d{3}Z$/, 'Z') } };
  }

  function validateForDryRun(def: ResourceDef, object: K8sObject): StatusError | undefined {
    try {
      store.validate(def, object);
      return undefined;
    } catch (error) {
      if (isStatusError(error)) return error;
      throw error;
    }
  }

  return async (request: Request): Promise<Response> => {
    try {
      return await handle(request);
    } catch (error) {
      if (isStatusError(error)) return statusResponse(error.status);
      const message = error instanceof Error ? error.message : String(error);
      return statusResponse(makeStatus(500, 'InternalError', `Internal error occurred: ${message}`));
    }
  };
}

function verbOf(method: string, path: ResourcePath, url: URL): FaultVerb | undefined {
  switch (method) {
    case 'GET':
      if (path.name) return 'get';
      return url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1' ? 'watch' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return 'delete';
    default:
      return undefined;
  }
}
