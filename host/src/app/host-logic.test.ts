import { describe, expect, it } from 'vitest';
import { buildNav, isActive, orderByPosition } from './nav';
import { routesFor } from './routes';
import { namespaceFromPath, pathForNamespace } from './namespace-path';
import { translateExtensionString } from './extension-strings';

const t = (s: string) => translateExtensionString(s, (k) => `T(${k.split('~')[1]})`);
const plan = { group: 'forklift.konveyor.io', version: 'v1beta1', kind: 'Plan' };

describe('orderByPosition', () => {
  it('resolves chains in any input order and keeps unanchored items at the end', () => {
    const ids = orderByPosition([
      { id: 'c', insertAfter: 'b' },
      { id: 'a' },
      { id: 'b', insertAfter: 'a' },
      { id: 'z', insertBefore: 'a' },
      { id: 'lost', insertAfter: 'nowhere' },
      { id: 'd' },
    ]).map((i) => i.id);
    expect(ids).toEqual(['z', 'a', 'b', 'c', 'd', 'lost']);
  });
  it('takes the first anchor that exists from a list', () => {
    expect(orderByPosition([{ id: 'a' }, { id: 'b' }, { id: 'x', insertAfter: ['missing', 'a'] }]).map((i) => i.id)).toEqual(['a', 'x', 'b']);
  });
});

describe('buildNav', () => {
  const sections = [{ id: 'migration', name: '%plugin__p~Migration%', insertAfter: 'workloads' }];
  const items = [
    { kind: 'resource-ns' as const, id: 'plans', section: 'migration', name: '%plugin__p~Plans%', model: plan, insertAfter: 'overview' },
    { kind: 'href' as const, id: 'overview', section: 'migration', name: '%plugin__p~Overview%', href: '/mtv/overview' },
    { kind: 'href' as const, id: 'elsewhere', section: 'other', name: 'x', href: '/x' },
  ];
  it('translates names, orders items and builds namespace-aware hrefs', () => {
    const [section] = buildNav(sections, items, 'demo', t);
    expect(section.name).toBe('T(Migration)');
    expect(section.items.map((i) => [i.name, i.href])).toEqual([
      ['T(Overview)', '/mtv/overview'],
      ['T(Plans)', '/k8s/ns/demo/forklift.konveyor.io~v1beta1~Plan'],
    ]);
    expect(buildNav(sections, items, '#ALL_NS#', t)[0].items[1].href).toBe('/k8s/all-namespaces/forklift.konveyor.io~v1beta1~Plan');
  });
  it('marks resource items active on their list and details pages in any namespace', () => {
    const plans = buildNav(sections, items, 'demo', t)[0].items[1];
    expect(isActive(plans, '/k8s/ns/other/forklift.konveyor.io~v1beta1~Plan/p1')).toBe(true);
    expect(isActive(plans, '/k8s/all-namespaces/forklift.konveyor.io~v1beta1~Plan')).toBe(true);
    expect(isActive(plans, '/k8s/ns/other/forklift.konveyor.io~v1beta1~PlanX')).toBe(false);
    const overview = buildNav(sections, items, 'demo', t)[0].items[0];
    expect(isActive(overview, '/mtv/overview')).toBe(true);
    expect(isActive(overview, '/mtv/inventory')).toBe(false);
  });
});

describe('routesFor', () => {
  it('mounts route pages exactly or as prefixes', () => {
    expect(routesFor({ uid: '1', type: 'console.page/route', path: '/mtv/overview', exact: true }).map((r) => r.path)).toEqual(['/mtv/overview']);
    expect(routesFor({ uid: '2', type: 'console.page/route', path: ['/a/', '/b'] }).map((r) => r.path)).toEqual(['/a/*', '/b/*']);
  });
  it('mounts list and details pages at console resource URLs', () => {
    expect(routesFor({ uid: '3', type: 'console.page/resource/list', model: plan }).map((r) => r.path)).toEqual([
      '/k8s/ns/:ns/forklift.konveyor.io~v1beta1~Plan',
      '/k8s/all-namespaces/forklift.konveyor.io~v1beta1~Plan',
    ]);
    expect(routesFor({ uid: '4', type: 'console.page/resource/details', model: plan })[0].path).toBe('/k8s/ns/:ns/forklift.konveyor.io~v1beta1~Plan/:name/*');
    expect(routesFor({ uid: '5', type: 'console.page/resource/details', model: plan }, () => false)[0].path).toBe(
      '/k8s/cluster/forklift.konveyor.io~v1beta1~Plan/:name/*',
    );
  });
});

describe('namespace paths', () => {
  it('reads the namespace from console URLs', () => {
    expect(namespaceFromPath('/k8s/ns/demo/x~v1~Plan/p')).toBe('demo');
    expect(namespaceFromPath('/k8s/all-namespaces/x~v1~Plan')).toBe('#ALL_NS#');
    expect(namespaceFromPath('/mtv/overview')).toBeUndefined();
  });
  it('moves list and details pages to the new namespace list', () => {
    expect(pathForNamespace('/k8s/ns/demo/x~v1~Plan/p1/yaml', 'prod')).toBe('/k8s/ns/prod/x~v1~Plan');
    expect(pathForNamespace('/k8s/ns/demo/x~v1~Plan', '#ALL_NS#')).toBe('/k8s/all-namespaces/x~v1~Plan');
    expect(pathForNamespace('/mtv/overview', 'prod')).toBeUndefined();
  });
  it('leaves plain strings untranslated', () => {
    expect(t('Plain')).toBe('Plain');
  });
});
