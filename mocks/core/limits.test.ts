import { describe, expect, it } from 'vitest';
import { createKubeApi } from './index';
import { duplicateJsonKeys, MAX_REQUEST_BODY_BYTES } from './limits';
import { NAMESPACES, PROVIDERS, namespace, provider } from './test-fixtures';

const BASE = 'http://sim.test';
const PROVIDERS_URL = '/apis/forklift.konveyor.io/v1beta1/namespaces/demo/providers';
const SECRETS_URL = '/api/v1/namespaces/demo/secrets';

function setup() {
  const api = createKubeApi();
  api.store.create(NAMESPACES, namespace('demo'));
  const call = async (method: string, path: string, body?: unknown, contentType = 'application/json') => {
    const response = await api.handle(
      new Request(BASE + path, {
        method,
        headers: { 'content-type': contentType },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
    return { status: response.status, body: await response.json(), headers: response.headers };
  };
  return { api, call };
}

const secret = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name, ...extra }, stringData: { a: 'b' } });

describe('request limits of the simulated API server', () => {
  it('refuses a body over 3 MiB with 413 RequestEntityTooLarge and stores nothing', async () => {
    const { api, call } = setup();
    const big = secret('big', { annotations: { note: 'x'.repeat(MAX_REQUEST_BODY_BYTES) } });
    const r = await call('POST', SECRETS_URL, big);
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ kind: 'Status', code: 413, reason: 'RequestEntityTooLarge', message: 'Request entity too large: limit is 3145728' });
    expect(api.store.get({ group: '', version: 'v1', plural: 'secrets' }, 'demo', 'big')).toBeUndefined();
    const patch = await call('PATCH', `${PROVIDERS_URL}/none`, { metadata: { annotations: { a: 'x'.repeat(MAX_REQUEST_BODY_BYTES) } } }, 'application/merge-patch+json');
    expect(patch.status).toBe(413);
  });

  it('refuses annotations over 256 KiB in total with 422 and a FieldValueTooLong cause', async () => {
    const { call } = setup();
    const r = await call('POST', SECRETS_URL, secret('s', { annotations: { a: 'x'.repeat(200 * 1024), b: 'y'.repeat(60 * 1024) } }));
    expect(r.status).toBe(422);
    expect(r.body.message).toBe('Secret "s" is invalid: metadata.annotations: Too long: must have at most 262144 bytes');
    expect(r.body.details.causes).toEqual([{ reason: 'FieldValueTooLong', field: 'metadata.annotations', message: 'Too long: must have at most 262144 bytes' }]);
    expect((await call('POST', SECRETS_URL, secret('ok', { annotations: { a: 'x'.repeat(200 * 1024) } }))).status).toBe(201);
  });

  it('lists stay whole however large the objects are', async () => {
    const { call } = setup();
    for (let i = 0; i < 20; i++) {
      expect((await call('POST', SECRETS_URL, secret(`s${i}`, { annotations: { a: 'x'.repeat(250 * 1024) } }))).status).toBe(201);
    }
    const list = await call('GET', SECRETS_URL);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(20);
    expect(list.body.metadata.resourceVersion).toBeTruthy();
  });

  it('refuses label values over 63 characters with 422', async () => {
    const { call } = setup();
    const long = 'v'.repeat(64);
    const r = await call('POST', PROVIDERS_URL, provider('vs', 'demo', { labels: { app: long } }));
    expect(r.status).toBe(422);
    expect(r.body.reason).toBe('Invalid');
    expect(r.body.message).toContain(`metadata.labels: Invalid value: "${long}": must be no more than 63 characters`);
    expect((await call('POST', PROVIDERS_URL, provider('vs', 'demo', { labels: { app: 'v'.repeat(63) } }))).status).toBe(201);
  });

  it('answers 415 to a body that is not JSON, YAML or protobuf, and takes a missing Content-Type as JSON', async () => {
    const { call } = setup();
    const r = await call('POST', SECRETS_URL, JSON.stringify(secret('s')), 'text/plain');
    expect(r.status).toBe(415);
    expect(r.body).toMatchObject({ code: 415, reason: 'UnsupportedMediaType' });
    expect(r.body.message).toContain('accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf');
    expect((await call('PUT', `${SECRETS_URL}/s`, JSON.stringify(secret('s')), 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await call('POST', SECRETS_URL, 'apiVersion: v1\nkind: Secret\nmetadata: {name: y}\n', 'application/yaml')).status).toBe(201);
    expect((await call('POST', SECRETS_URL, JSON.stringify(secret('j')), 'application/json;charset=UTF-8')).status).toBe(201);
  });

  it('answers 400 to a malformed percent-encoding in the path', async () => {
    const { call } = setup();
    const r = await call('GET', `${SECRETS_URL}/bad%zzname`);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ kind: 'Status', code: 400, reason: 'BadRequest', message: 'invalid URL escape "%zz"' });
  });

  it('refuses duplicate JSON keys under fieldValidation=Strict and warns about them under Warn', async () => {
    const { call } = setup();
    const text = '{"apiVersion":"forklift.konveyor.io/v1beta1","kind":"Provider","metadata":{"name":"vs","name":"vs"},"spec":{"type":"vsphere","url":"https://a","url":"https://b"}}';
    const strict = await call('POST', `${PROVIDERS_URL}?fieldValidation=Strict`, text);
    expect(strict.status).toBe(400);
    expect(strict.body.message).toBe(
      'Provider in version "v1beta1" cannot be handled as a Provider: strict decoding error: duplicate field "metadata.name", duplicate field "spec.url"',
    );
    const warned = await call('POST', PROVIDERS_URL, text);
    expect(warned.status).toBe(201);
    expect(warned.body.spec.url).toBe('https://b');
    expect(warned.headers.get('warning')).toContain('duplicate field \\"spec.url\\"');
  });

  it('answers an unknown fieldValidation value with 422 like the API server validates its options', async () => {
    const { call } = setup();
    const r = await call('POST', `${PROVIDERS_URL}?fieldValidation=Bogus`, provider('vs'));
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 422, reason: 'Invalid', details: { kind: 'CreateOptions', group: 'meta.k8s.io' } });
    expect(r.body.message).toBe('CreateOptions.meta.k8s.io "" is invalid: fieldValidation: Unsupported value: "Bogus": supported values: "", "Ignore", "Strict", "Warn"');
    const patch = await call('PATCH', `${PROVIDERS_URL}/vs?fieldValidation=strict`, {}, 'application/merge-patch+json');
    expect(patch.body.details.kind).toBe('PatchOptions');
  });

  it('refuses a PUT of a custom resource without metadata.resourceVersion (422); built-in kinds allow it', async () => {
    const { api, call } = setup();
    api.store.create(PROVIDERS, provider('vs'));
    const r = await call('PUT', `${PROVIDERS_URL}/vs`, provider('vs'));
    expect(r.status).toBe(422);
    expect(r.body.message).toBe('Provider.forklift.konveyor.io "vs" is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update');
    expect(r.body.details.causes).toEqual([{ reason: 'FieldValueInvalid', field: 'metadata.resourceVersion', message: 'Invalid value: 0x0: must be specified for an update' }]);
    await call('POST', SECRETS_URL, secret('s'));
    expect((await call('PUT', `${SECRETS_URL}/s`, secret('s'))).status).toBe(200);
  });
});

describe('duplicateJsonKeys', () => {
  it('names repeated keys by path, inside arrays too, and nothing in clean JSON', () => {
    expect(duplicateJsonKeys('{"a":1,"b":{"c":[{"d":1,"d":2}],"e":"x\\"y","e":null},"a":[]}')).toEqual(['b.c[0].d', 'b.e', 'a']);
    expect(duplicateJsonKeys('{"a":{"a":{}},"b":[1,2,{}]}')).toEqual([]);
  });
});
