import { describe, expect, it } from 'vitest';
import { queryString, resourcePath, resourceURL, selectorToString, watchSocketURL } from './k8s-url';
import { getGroupVersionKindForReference, getReference, getGroupVersionKindForResource } from './refs';

const plan = { apiGroup: 'forklift.konveyor.io', apiVersion: 'v1beta1', plural: 'plans', namespaced: true };
const ns = { apiVersion: 'v1', plural: 'namespaces', namespaced: false };

describe('resourcePath', () => {
  it('builds namespaced group paths', () => {
    expect(resourcePath(plan, { ns: 'demo', name: 'p1' })).toBe('/apis/forklift.konveyor.io/v1beta1/namespaces/demo/plans/p1');
  });
  it('drops the namespace for all namespaces and for cluster-scoped models', () => {
    expect(resourcePath(plan, { ns: '#ALL_NS#' })).toBe('/apis/forklift.konveyor.io/v1beta1/plans');
    expect(resourcePath(ns, { ns: 'demo', name: 'demo' })).toBe('/api/v1/namespaces/demo');
  });
  it('appends subresources and escapes names', () => {
    expect(resourcePath(plan, { ns: 'a b', name: 'x/y', path: 'status' })).toBe(
      '/apis/forklift.konveyor.io/v1beta1/namespaces/a%20b/plans/x%2Fy/status',
    );
  });
});

describe('queryString', () => {
  it('sorts keys, drops empty values and encodes', () => {
    expect(queryString({ watch: 'true', labelSelector: 'a=b,c in (d)', x: undefined, y: '' })).toBe(
      '?labelSelector=a%3Db%2Cc%20in%20(d)&watch=true',
    );
    expect(queryString({})).toBe('');
  });
  it('is used by resourceURL with the proxy prefix', () => {
    expect(resourceURL(plan, { ns: 'demo', queryParams: { limit: 5 } })).toBe(
      '/api/kubernetes/apis/forklift.konveyor.io/v1beta1/namespaces/demo/plans?limit=5',
    );
  });
});

describe('selectorToString', () => {
  it('renders matchLabels and every expression operator', () => {
    expect(
      selectorToString({
        matchLabels: { app: 'x', tier: 'db' },
        matchExpressions: [
          { key: 'a', operator: 'In', values: ['1', '2'] },
          { key: 'b', operator: 'NotIn', values: ['3'] },
          { key: 'c', operator: 'Exists' },
          { key: 'd', operator: 'DoesNotExist' },
          { key: 'e', operator: 'Equals', values: ['5'] },
          { key: 'f', operator: 'NotEquals', values: ['6'] },
        ],
      }),
    ).toBe('app=x,tier=db,a in (1,2),b notin (3),c,!d,e=5,f!=6');
    expect(selectorToString(undefined)).toBe('');
  });
  it('rejects unknown operators instead of silently matching everything', () => {
    expect(() => selectorToString({ matchExpressions: [{ key: 'a', operator: 'Like' }] })).toThrow(/Like/);
  });
});

describe('watchSocketURL', () => {
  it('switches the scheme with the page', () => {
    expect(watchSocketURL('/api/kubernetes/api/v1/pods?watch=true', 'https://h:9000')).toBe('wss://h:9000/api/kubernetes/api/v1/pods?watch=true');
    expect(watchSocketURL('/x', 'http://h')).toBe('ws://h/x');
  });
});

describe('references', () => {
  it('round-trips group~version~Kind and treats bare kinds as core', () => {
    expect(getReference({ group: 'forklift.konveyor.io', version: 'v1beta1', kind: 'Plan' })).toBe('forklift.konveyor.io~v1beta1~Plan');
    expect(getReference({ version: 'v1', kind: 'Namespace' })).toBe('core~v1~Namespace');
    expect(getGroupVersionKindForReference('core~v1~Secret')).toEqual({ group: undefined, version: 'v1', kind: 'Secret' });
    expect(getGroupVersionKindForReference('Pod')).toEqual({ version: 'v1', kind: 'Pod' });
    expect(getGroupVersionKindForResource({ apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Plan' })).toEqual({
      group: 'forklift.konveyor.io',
      version: 'v1beta1',
      kind: 'Plan',
    });
  });
});
