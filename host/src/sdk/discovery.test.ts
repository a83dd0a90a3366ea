import { describe, expect, it } from 'vitest';
import { DiscoveryStore, kindToAbbr, kindToLabel, modelsFromResourceList } from './discovery';

describe('modelsFromResourceList', () => {
  it('turns an APIResourceList into console models, skipping subresources', () => {
    const models = modelsFromResourceList({
      groupVersion: 'forklift.konveyor.io/v1beta1',
      resources: [
        { name: 'networkmaps', singularName: 'networkmap', namespaced: true, kind: 'NetworkMap', verbs: ['get', 'list'] },
        { name: 'networkmaps/status', namespaced: true, kind: 'NetworkMap' },
        { name: 'policies', namespaced: false, kind: 'Policy' },
      ],
    });
    expect(models).toHaveLength(2);
    expect(models[0]).toMatchObject({
      apiGroup: 'forklift.konveyor.io',
      apiVersion: 'v1beta1',
      kind: 'NetworkMap',
      plural: 'networkmaps',
      namespaced: true,
      abbr: 'NM',
      label: 'Network Map',
      labelPlural: 'Network Maps',
    });
    expect(models[1]).toMatchObject({ namespaced: false, labelPlural: 'Policies' });
  });

  it('leaves apiGroup undefined for the core group', () => {
    const [ns] = modelsFromResourceList({ groupVersion: 'v1', resources: [{ name: 'namespaces', namespaced: false, kind: 'Namespace' }] });
    expect(ns).toMatchObject({ apiGroup: undefined, apiVersion: 'v1', abbr: 'N' });
  });

  it('labels and abbreviations', () => {
    expect(kindToLabel('StorageMap')).toBe('Storage Map');
    expect(kindToAbbr('ForkliftController')).toBe('FC');
  });
});

describe('DiscoveryStore', () => {
  it('indexes every served group version and survives a group that fails', async () => {
    const answers: Record<string, unknown> = {
      '/api/kubernetes/apis': {
        groups: [
          { name: 'forklift.konveyor.io', versions: [{ groupVersion: 'forklift.konveyor.io/v1beta1', version: 'v1beta1' }] },
          { name: 'broken.io', versions: [{ groupVersion: 'broken.io/v1', version: 'v1' }] },
        ],
      },
      '/api/kubernetes/api/v1': { groupVersion: 'v1', resources: [{ name: 'namespaces', namespaced: false, kind: 'Namespace' }] },
      '/api/kubernetes/apis/forklift.konveyor.io/v1beta1': {
        groupVersion: 'forklift.konveyor.io/v1beta1',
        resources: [{ name: 'plans', namespaced: true, kind: 'Plan' }],
      },
    };
    const store = new DiscoveryStore(async (url) => {
      if (!(url in answers)) throw new Error('503');
      return answers[url];
    });
    await store.load();
    expect(store.find('forklift.konveyor.io~v1beta1~Plan')?.plural).toBe('plans');
    expect(store.find('core~v1~Namespace')?.kind).toBe('Namespace');
    expect(store.find('Namespace')?.kind).toBe('Namespace');
    expect(store.getSnapshot()[1]).toBe(true);
  });
});
