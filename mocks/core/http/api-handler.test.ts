import { describe, expect, it } from 'vitest';
import { createKubeApi } from '../index';
import { NAMESPACES, PLANS, PROVIDERS, namespace, plan, provider, readEvents } from '../test-fixtures';

const BASE = 'http://sim.test';
const PROVIDERS_URL = '/apis/forklift.konveyor.io/v1beta1/namespaces/demo/providers';
const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';

function setup(options: Parameters<typeof createKubeApi>[0] = {}) {
  const api = createKubeApi({ nowMs: () => Date.parse('2026-01-01T00:10:00Z'), now: () => new Date('2026-01-01T00:00:00Z'), ...options });
  api.store.create(NAMESPACES, namespace('demo'));
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await api.handle(
      new Request(BASE + path, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
    return response;
  };
  const jsonOf = async (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
    const response = await call(method, path, body, headers);
    return { status: response.status, body: await response.json(), headers: response.headers };
  };
  return { api, call, jsonOf };
}

describe('discovery and OpenAPI', () => {
  it('serves /version, /api, /apis and resource lists', async () => {
    const { jsonOf } = setup();
    expect((await jsonOf('GET', '/version')).body.major).toBe('1');
    expect((await jsonOf('GET', '/api')).body).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    const groups = (await jsonOf('GET', '/apis')).body;
    expect(groups.groups.map((g: { name: string }) => g.name)).toEqual(
      expect.arrayContaining(['forklift.konveyor.io', 'storage.k8s.io', 'k8s.cni.cncf.io', 'kubevirt.io', 'cdi.kubevirt.io', 'authorization.k8s.io']),
    );
    const forklift = (await jsonOf('GET', '/apis/forklift.konveyor.io/v1beta1')).body;
    expect(forklift.resources).toContainEqual(expect.objectContaining({ name: 'plans', singularName: 'plan', kind: 'Plan', namespaced: true }));
    expect(forklift.resources).toContainEqual(expect.objectContaining({ name: 'plans/status', verbs: ['get', 'patch', 'update'] }));
    const core = (await jsonOf('GET', '/api/v1')).body;
    expect(core.resources).toContainEqual(expect.objectContaining({ name: 'namespaces', namespaced: false, shortNames: ['ns'] }));
    expect((await jsonOf('GET', '/apis/storage.k8s.io')).body.preferredVersion.version).toBe('v1');
    expect((await jsonOf('GET', '/apis/nothing.io/v1')).status).toBe(404);
  });

  it('publishes OpenAPI v3 patch operations kubectl uses for server-side field validation', async () => {
    const { jsonOf } = setup();
    const index = (await jsonOf('GET', '/openapi/v3')).body;
    const url = index.paths['apis/forklift.konveyor.io/v1beta1'].serverRelativeURL as string;
    expect(url).toMatch(/^\/openapi\/v3\/apis\/forklift.konveyor.io\/v1beta1\?hash=/);
    const doc = (await jsonOf('GET', url)).body;
    const patchOp = doc.paths['/apis/forklift.konveyor.io/v1beta1/namespaces/{namespace}/plans/{name}'].patch;
    expect(patchOp['x-kubernetes-group-version-kind']).toEqual({ group: 'forklift.konveyor.io', version: 'v1beta1', kind: 'Plan' });
    expect(patchOp.parameters.map((p: { name: string }) => p.name)).toContain('fieldValidation');
    expect(doc.components.schemas['io.konveyor.forklift.v1beta1.Plan'].properties.spec.required).toContain('vms');
    const core = (await jsonOf('GET', index.paths['api/v1'].serverRelativeURL)).body;
    expect(core.paths['/api/v1/namespaces/{name}'].patch.operationId).toBe('patchCoreV1Namespace');
  });
});

describe('CRUD over HTTP', () => {
  it('creates (201), gets, lists across namespaces and deletes', async () => {
    const { jsonOf } = setup();
    const created = await jsonOf('POST', PROVIDERS_URL, provider('vs'));
    expect(created.status).toBe(201);
    expect(created.body.metadata.uid).toBeDefined();
    expect((await jsonOf('GET', `${PROVIDERS_URL}/vs`)).body.spec.type).toBe('vsphere');
    const all = await jsonOf('GET', '/apis/forklift.konveyor.io/v1beta1/providers');
    expect(all.body).toMatchObject({ kind: 'ProviderList', apiVersion: 'forklift.konveyor.io/v1beta1', metadata: { resourceVersion: '2' } });
    expect(all.body.items).toHaveLength(1);
    const deleted = await jsonOf('DELETE', `${PROVIDERS_URL}/vs`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.metadata.name).toBe('vs');
    expect((await jsonOf('GET', `${PROVIDERS_URL}/vs`)).body).toMatchObject({ kind: 'Status', code: 404, reason: 'NotFound' });
  });

  it('checks the body against the URL', async () => {
    const { jsonOf } = setup();
    expect((await jsonOf('POST', PROVIDERS_URL, provider('vs', 'other'))).status).toBe(400);
    expect((await jsonOf('POST', PROVIDERS_URL, { ...provider('vs'), kind: 'Plan' })).status).toBe(400);
    expect((await jsonOf('POST', PROVIDERS_URL, '{oops')).status).toBe(400);
    expect((await jsonOf('POST', '/api/v1/namespaces/demo/namespaces', namespace('x'))).status).toBe(404);
    expect((await jsonOf('POST', PROVIDERS_URL, provider('a'), { 'content-type': 'application/cbor' })).status).toBe(415);
    expect((await jsonOf('POST', PROVIDERS_URL, provider('a'), { 'content-type': 'application/vnd.kubernetes.protobuf' })).status).toBe(400);
  });

  it('returns 422 Invalid with causes', async () => {
    const { jsonOf } = setup();
    const bad = plan('p');
    delete bad.spec!.vms;
    const res = await jsonOf('POST', '/apis/forklift.konveyor.io/v1beta1/namespaces/demo/plans', bad);
    expect(res.status).toBe(422);
    expect(res.body.details.causes).toEqual([{ reason: 'FieldValueRequired', field: 'spec.vms', message: 'Required value' }]);
  });

  it('rejects unknown fields with fieldValidation=Strict, prunes and warns otherwise', async () => {
    const { jsonOf } = setup();
    const body = { ...provider('vs'), spec: { type: 'vsphere', colour: 'blue' } };
    const strict = await jsonOf('POST', `${PROVIDERS_URL}?fieldValidation=Strict`, body);
    expect(strict.status).toBe(400);
    expect(strict.body.message).toContain('strict decoding error: unknown field "spec.colour"');
    const warned = await jsonOf('POST', `${PROVIDERS_URL}?fieldValidation=Warn`, body);
    expect(warned.status).toBe(201);
    expect(warned.body.spec).toEqual({ type: 'vsphere' });
    expect(warned.headers.get('warning')).toBe('299 - "unknown field \\"spec.colour\\""');
  });

  it('PUT needs a fresh resourceVersion; status goes through /status only', async () => {
    const { jsonOf } = setup();
    const created = (await jsonOf('POST', PROVIDERS_URL, { ...provider('vs'), status: { phase: 'Ready' } })).body;
    expect(created.status).toBeUndefined();
    const updated = await jsonOf('PUT', `${PROVIDERS_URL}/vs`, { ...created, spec: { type: 'ova' }, status: { phase: 'Ready' } });
    expect(updated.status).toBe(200);
    expect(updated.body.metadata.generation).toBe(2);
    expect(updated.body.status).toBeUndefined();
    const stale = await jsonOf('PUT', `${PROVIDERS_URL}/vs`, created);
    expect(stale.body).toMatchObject({ code: 409, reason: 'Conflict' });
    const status = await jsonOf('PUT', `${PROVIDERS_URL}/vs/status`, { ...updated.body, spec: { type: 'openstack' }, status: { phase: 'Ready' } });
    expect(status.body.status).toEqual({ phase: 'Ready' });
    expect(status.body.spec.type).toBe('ova');
    const patched = await jsonOf('PATCH', `${PROVIDERS_URL}/vs/status`, { status: { phase: 'ConnectionFailed' } }, { 'content-type': 'application/merge-patch+json' });
    expect(patched.body.status.phase).toBe('ConnectionFailed');
    expect((await jsonOf('GET', `${PROVIDERS_URL}/vs/status`)).body.status.phase).toBe('ConnectionFailed');
    expect((await jsonOf('GET', `${PROVIDERS_URL}/vs/scale`)).status).toBe(404);
  });

  it('PATCHes with every content type', async () => {
    const { jsonOf } = setup();
    await jsonOf('POST', PROVIDERS_URL, provider('vs'));
    const json = await jsonOf('PATCH', `${PROVIDERS_URL}/vs`, [{ op: 'add', path: '/metadata/labels', value: { a: '1' } }], { 'content-type': 'application/json-patch+json' });
    expect(json.body.metadata.labels).toEqual({ a: '1' });
    const merge = await jsonOf('PATCH', `${PROVIDERS_URL}/vs`, { spec: { url: null, settings: { sdkEndpoint: 'esxi' } } }, { 'content-type': 'application/merge-patch+json' });
    expect(merge.body.spec).toEqual({ type: 'vsphere', settings: { sdkEndpoint: 'esxi' } });
    const smp = await jsonOf('PATCH', `${PROVIDERS_URL}/vs`, { metadata: { labels: { b: '2' } } }, { 'content-type': 'application/strategic-merge-patch+json' });
    expect(smp.body.metadata.labels).toEqual({ a: '1', b: '2' });
    const apply = await jsonOf('PATCH', `${PROVIDERS_URL}/applied?fieldManager=test`, 'apiVersion: forklift.konveyor.io/v1beta1\nkind: Provider\nmetadata:\n  name: applied\nspec:\n  type: ova\n', {
      'content-type': 'application/apply-patch+yaml',
    });
    expect(apply.status).toBe(201);
    expect(apply.body.spec.type).toBe('ova');
    const invalid = await jsonOf('PATCH', `${PROVIDERS_URL}/vs`, { spec: { type: 'ec9' } }, { 'content-type': 'application/merge-patch+json' });
    expect(invalid.status).toBe(422);
    expect((await jsonOf('PATCH', `${PROVIDERS_URL}/missing`, {}, { 'content-type': 'application/merge-patch+json' })).status).toBe(404);
    expect((await jsonOf('PATCH', `${PROVIDERS_URL}/vs`, {}, { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('answers SelfSubjectAccessReviews, denying what a fault says', async () => {
    const { jsonOf, api } = setup();
    const review = { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', spec: { resourceAttributes: { verb: 'create', group: 'forklift.konveyor.io', resource: 'plans', namespace: 'demo' } } };
    const url = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';
    expect((await jsonOf('POST', url, review)).body.status.allowed).toBe(true);
    api.faults.set({ denyAccess: [{ resource: 'plans', verb: 'create' }] });
    const denied = await jsonOf('POST', url, review);
    expect(denied.status).toBe(201);
    expect(denied.body.status.allowed).toBe(false);
    expect((await jsonOf('GET', url)).status).toBe(405);
  });

  it('supports dryRun=All on create without storing', async () => {
    const { jsonOf, api } = setup();
    const res = await jsonOf('POST', `${PROVIDERS_URL}?dryRun=All`, provider('vs'));
    expect(res.status).toBe(201);
    expect(api.store.get(PROVIDERS, 'demo', 'vs')).toBeUndefined();
    expect((await jsonOf('POST', `${PROVIDERS_URL}?dryRun=All`, { ...provider('vs'), spec: {} })).status).toBe(422);
  });
});

describe('lists', () => {
  it('pages with limit and continue, and filters by selectors', async () => {
    const { jsonOf, api } = setup();
    for (let i = 0; i < 5; i++) api.store.create(PROVIDERS, provider(`p${i}`, 'demo', { labels: { parity: i % 2 ? 'odd' : 'even' } }));
    const names: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await jsonOf('GET', `${PROVIDERS_URL}?limit=2${token ? `&continue=${encodeURIComponent(token)}` : ''}`);
      names.push(...page.body.items.map((i: { metadata: { name: string } }) => i.metadata.name));
      token = page.body.metadata.continue;
      if (token) expect(page.body.metadata.remainingItemCount).toBe(5 - names.length);
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(names).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    const odd = await jsonOf('GET', `${PROVIDERS_URL}?labelSelector=${encodeURIComponent('parity in (odd)')}`);
    expect(odd.body.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(['p1', 'p3']);
    const one = await jsonOf('GET', `/apis/forklift.konveyor.io/v1beta1/providers?fieldSelector=metadata.name%3Dp4`);
    expect(one.body.items).toHaveLength(1);
    expect((await jsonOf('GET', `${PROVIDERS_URL}?continue=garbage`)).status).toBe(400);
  });

  it('renders Tables for kubectl get', async () => {
    const { jsonOf, api } = setup();
    api.store.create(PROVIDERS, provider('vs'));
    const table = (await jsonOf('GET', `${PROVIDERS_URL}?includeObject=Object`, undefined, { accept: TABLE })).body;
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c: { name: string }) => c.name)).toEqual(['Name', 'Type', 'Phase', 'Ready', 'Age']);
    expect(table.rows[0].cells).toEqual(['vs', 'vsphere', '', '', '10m']);
    expect(table.rows[0].object.kind).toBe('Provider');
    const meta = (await jsonOf('GET', PROVIDERS_URL, undefined, { accept: TABLE })).body;
    expect(meta.rows[0].object.kind).toBe('PartialObjectMetadata');
  });

  it('deletes collections by selector', async () => {
    const { jsonOf, api } = setup();
    api.store.create(PROVIDERS, provider('a', 'demo', { labels: { x: '1' } }));
    api.store.create(PROVIDERS, provider('b'));
    const res = await jsonOf('DELETE', `${PROVIDERS_URL}?labelSelector=x%3D1`);
    expect(res.body.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(['a']);
    expect(api.store.list(PROVIDERS).map((p) => p.metadata.name)).toEqual(['b']);
  });
});

describe('watch', () => {
  it('sends synthetic ADDED without a resourceVersion, then live events', async () => {
    const { call, api } = setup();
    api.store.create(PROVIDERS, provider('a'));
    const response = await call('GET', `${PROVIDERS_URL}?watch=true`);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = response.body!;
    const first = await readEvents(body, 1);
    expect(first.map((e) => [e.type, e.object.metadata.name])).toEqual([['ADDED', 'a']]);
    const b = api.store.create(PROVIDERS, provider('b'));
    api.store.update(PROVIDERS, { ...b, spec: { type: 'ova' } });
    api.store.delete(PROVIDERS, 'demo', 'b');
    api.store.create(PLANS, plan('not-a-provider'));
    const rest = await readEvents(body, 3);
    expect(rest.map((e) => [e.type, e.object.metadata.name])).toEqual([
      ['ADDED', 'b'],
      ['MODIFIED', 'b'],
      ['DELETED', 'b'],
    ]);
    await body.cancel();
  });

  it('resumes after a resourceVersion and sends 410 Expired for one that is too old', async () => {
    const { call, api } = setup({ historySize: 3 });
    const a = api.store.create(PROVIDERS, provider('a'));
    const rv = a.metadata.resourceVersion!;
    api.store.update(PROVIDERS, { ...a, spec: { type: 'ova' } });
    const resumed = await readEvents((await call('GET', `${PROVIDERS_URL}?watch=true&resourceVersion=${rv}`)).body!, 1);
    expect(resumed.map((e) => e.type)).toEqual(['MODIFIED']);
    for (let i = 0; i < 4; i++) api.store.create(PROVIDERS, provider(`x${i}`));
    const response = await call('GET', `${PROVIDERS_URL}?watch=true&resourceVersion=${rv}`);
    const events = await readEvents(response.body!, 2, 500);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'ERROR', object: { kind: 'Status', code: 410, reason: 'Expired' } });
  });

  it('sends bookmarks when allowed, and the initial-events-end bookmark', async () => {
    const { call, api } = setup({ bookmarkIntervalMs: 20 });
    api.store.create(PROVIDERS, provider('a'));
    const body = (await call('GET', `${PROVIDERS_URL}?watch=true&allowWatchBookmarks=true&sendInitialEvents=true`)).body!;
    const events = await readEvents(body, 3);
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'BOOKMARK', 'BOOKMARK']);
    expect(events[1].object.metadata.annotations).toEqual({ 'k8s.io/initial-events-end': 'true' });
    expect(events[2].object).toEqual({ kind: 'Provider', apiVersion: 'forklift.konveyor.io/v1beta1', metadata: { resourceVersion: String(api.store.resourceVersion()) } });
    await body.cancel();
    const noBookmarks = (await call('GET', `${PROVIDERS_URL}?watch=true`)).body!;
    expect((await readEvents(noBookmarks, 2, 150)).map((e) => e.type)).toEqual(['ADDED']);
    await noBookmarks.cancel();
  });

  it('ends after timeoutSeconds', async () => {
    const { call } = setup();
    const started = Date.now();
    const text = await (await call('GET', `${PROVIDERS_URL}?watch=true&timeoutSeconds=1`)).text();
    expect(text).toBe('');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('applies selectors: leaving is DELETED, entering is ADDED', async () => {
    const { call, api } = setup();
    const a = api.store.create(PROVIDERS, provider('a', 'demo', { labels: { team: 'x' } }));
    api.store.create(PROVIDERS, provider('b'));
    const body = (await call('GET', `${PROVIDERS_URL}?watch=true&labelSelector=team%3Dx`)).body!;
    expect((await readEvents(body, 1)).map((e) => e.object.metadata.name)).toEqual(['a']);
    const left = api.store.update(PROVIDERS, { ...a, metadata: { ...a.metadata, labels: { team: 'y' } } });
    api.store.update(PROVIDERS, { ...left, metadata: { ...left.metadata, labels: { team: 'x' } } });
    expect((await readEvents(body, 2)).map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['DELETED a', 'ADDED a']);
    await body.cancel();
  });

  it('watches one object by fieldSelector and renders Tables for kubectl get -w', async () => {
    const { call, api } = setup();
    api.store.create(PROVIDERS, provider('a'));
    api.store.create(PROVIDERS, provider('b'));
    const body = (await call('GET', `${PROVIDERS_URL}?watch=true&fieldSelector=metadata.name%3Db`, undefined, { accept: TABLE })).body!;
    const [event] = await readEvents(body, 1);
    expect(event.type).toBe('ADDED');
    expect(event.object.kind).toBe('Table');
    expect(event.object.rows[0].cells[0]).toBe('b');
    await body.cancel();
  });

  it('cleans up its subscription when the reader cancels', async () => {
    const { call, api } = setup();
    const body = (await call('GET', `${PROVIDERS_URL}?watch=true`)).body!;
    expect(api.faults.activeWatches()).toBe(1);
    await body.cancel();
    expect(api.faults.activeWatches()).toBe(0);
    api.store.create(PROVIDERS, provider('after-cancel'));
  });

  it('closes when the request is aborted', async () => {
    const { api } = setup();
    const abort = new AbortController();
    const response = await api.handle(new Request(`${BASE}${PROVIDERS_URL}?watch=true`, { signal: abort.signal }));
    abort.abort();
    expect(await response.text()).toBe('');
    expect(api.faults.activeWatches()).toBe(0);
  });
});
