import { describe, expect, it } from 'vitest';
import { renderMtvCommand } from '../../k8s/write/kubectlMtv';
import type { V1beta1Map } from '../../k8s/types';
import type { SourceItem } from '../data/sourceResources';
import { createCommand, editPatch, editedMapObject, mapFormSchema, pairsOfMap, patchCommand, toMapObject, valuesOfMap } from './mapForm';

const sources: SourceItem[] = [
  { id: 'net-1', name: 'VM Network' },
  { id: 'net-2', name: 'Prod VLAN' },
];
const values = {
  name: 'web-net',
  sourceProvider: 'vcenter',
  targetProvider: 'host',
  pairs: [
    { sourceId: 'net-1', targetId: 'pod' },
    { sourceId: 'net-2', targetId: 'prod/prod-net' },
  ],
};

describe('mapFormSchema', () => {
  it('accepts a complete form', () => {
    expect(mapFormSchema.safeParse(values).success).toBe(true);
  });
  it('reports each bad field with its code at its path', () => {
    const r = mapFormSchema.safeParse({ name: 'Web_Net', sourceProvider: '', targetProvider: 'host', pairs: [] });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([
      ['name', 'nameInvalid'],
      ['sourceProvider', 'sourceProviderRequired'],
      ['pairs', 'pairsRequired'],
    ]);
    const noTarget = mapFormSchema.safeParse({ ...values, pairs: [{ sourceId: 'net-1', targetId: '' }] });
    expect(noTarget.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['pairs.0.targetId', 'targetRequired']]);
    expect(mapFormSchema.safeParse({ ...values, name: '' }).error!.issues[0].message).toBe('nameRequired');
    expect(mapFormSchema.safeParse({ ...values, name: 'a'.repeat(254) }).error!.issues[0].message).toBe('nameTooLong');
    expect(mapFormSchema.safeParse({ ...values, pairs: [{ sourceId: 'a', targetId: 'b', volumeMode: 'Blok' }] }).success).toBe(false);
  });
});

describe('builders', () => {
  it('builds a NetworkMap with the upstream field names', () => {
    expect(toMapObject('network', values, 'mtv', sources)).toEqual({
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'NetworkMap',
      metadata: { name: 'web-net', namespace: 'mtv' },
      spec: {
        provider: { source: { name: 'vcenter', namespace: 'mtv' }, destination: { name: 'host', namespace: 'mtv' } },
        map: [
          { source: { id: 'net-1', name: 'VM Network' }, destination: { type: 'pod' } },
          { source: { id: 'net-2', name: 'Prod VLAN' }, destination: { type: 'multus', namespace: 'prod', name: 'prod-net' } },
        ],
      },
    });
  });
  it('writes an OpenShift source pod network and NAD the way Forklift reads them', () => {
    const os: SourceItem[] = [{ id: 'pod', name: 'default', type: 'pod' }, { id: 'u1', name: 'ns/a', namespace: 'ns' }];
    const map = toMapObject('network', { ...values, pairs: [{ sourceId: 'pod', targetId: 'ignored' }, { sourceId: 'u1', targetId: 'pod' }] }, 'mtv', os);
    expect(map.spec!.map).toEqual([
      { source: { type: 'pod' }, destination: { type: 'ignored' } },
      { source: { id: 'u1', name: 'a', namespace: 'ns' }, destination: { type: 'pod' } },
    ]);
    expect(pairsOfMap('network', map)).toEqual([{ sourceId: 'pod', targetId: 'ignored' }, { sourceId: 'u1', targetId: 'pod' }]);
  });
  it('builds a StorageMap with optional modes and reads it back', () => {
    const pairs = [{ sourceId: 'ds-1', targetId: 'fast', volumeMode: 'Block' as const, accessMode: 'ReadWriteOnce' as const }, { sourceId: 'ds-2', targetId: 'slow' }];
    const map = toMapObject('storage', { ...values, pairs }, 'mtv', [{ id: 'ds-1', name: 'SSD' }, { id: 'ds-2', name: 'HDD' }]);
    expect(map.spec!.map).toEqual([
      { source: { id: 'ds-1', name: 'SSD' }, destination: { storageClass: 'fast', volumeMode: 'Block', accessMode: 'ReadWriteOnce' } },
      { source: { id: 'ds-2', name: 'HDD' }, destination: { storageClass: 'slow' } },
    ]);
    expect(valuesOfMap('storage', map)).toEqual({ ...values, pairs });
  });
  it('writes copy offload as the pair\'s vsphereXcopyConfig, reads it back, and keeps an offload plugin it does not edit', () => {
    const ds: SourceItem[] = [
      { id: 'ds-1', name: 'SSD' },
      { id: 'ds-2', name: 'HDD' },
    ];
    const pairs = [
      { sourceId: 'ds-1', targetId: 'fast', offload: { vendor: 'ontap' as const, secret: 'array-creds', migrationHosts: ['host-7'] } },
      { sourceId: 'ds-2', targetId: 'slow', otherOffload: { csiVolumeImport: { secretRef: 's', storageVendorProduct: 'ontap' } } },
    ];
    const parsed = mapFormSchema.parse({ name: 'st', sourceProvider: 'vcenter', targetProvider: 'host', pairs });
    expect(parsed.pairs).toEqual(pairs);
    const map = toMapObject('storage', parsed, 'mtv', ds);
    expect(map.spec?.map).toEqual([
      { source: { id: 'ds-1', name: 'SSD' }, destination: { storageClass: 'fast' }, offloadPlugin: { vsphereXcopyConfig: { secretRef: 'array-creds', storageVendorProduct: 'ontap', dedicatedMigrationHosts: ['host-7'] } } },
      { source: { id: 'ds-2', name: 'HDD' }, destination: { storageClass: 'slow' }, offloadPlugin: { csiVolumeImport: { secretRef: 's', storageVendorProduct: 'ontap' } } },
    ]);
    expect(pairsOfMap('storage', map, ds)).toEqual(pairs);
    expect(renderMtvCommand(createCommand('storage', parsed, 'mtv', ds).command, { multiline: false })).toContain(
      'SSD:fast;offloadPlugin=vsphere;offloadVendor=ontap;offloadSecret=array-creds;offloadMigrationHosts=host-7',
    );
  });
  it('reads a NAD without namespace as one in the map namespace, and a source without id by name', () => {
    const map: V1beta1Map = {
      metadata: { name: 'm', namespace: 'mtv' },
      spec: { map: [{ source: { name: 'Prod VLAN' }, destination: { type: 'multus', name: 'x' } }] },
    };
    expect(pairsOfMap('network', map, sources)).toEqual([{ sourceId: 'net-2', targetId: 'mtv/x' }]);
  });
});

describe('edit', () => {
  const current: V1beta1Map = {
    metadata: { name: 'web-net', namespace: 'mtv', resourceVersion: '7' },
    spec: { map: [{ source: { id: 'gone', name: 'Old Net' }, destination: { type: 'pod' } }] },
  };
  it('patches spec.map only when it changes, keeping source refs of sources no longer listed', () => {
    expect(editPatch('network', current, [{ sourceId: 'gone', targetId: 'pod' }], sources)).toEqual([]);
    const ops = editPatch('network', current, [{ sourceId: 'gone', targetId: 'ignored' }, { sourceId: 'net-1', targetId: 'pod' }], sources);
    expect(ops).toEqual([
      {
        op: 'replace',
        path: '/spec/map',
        value: [
          { source: { id: 'gone', name: 'Old Net' }, destination: { type: 'ignored' } },
          { source: { id: 'net-1', name: 'VM Network' }, destination: { type: 'pod' } },
        ],
      },
    ]);
    expect(editedMapObject('network', current, [], sources).spec!.map).toEqual([]);
    expect(editPatch('network', { metadata: { name: 'x' } }, [{ sourceId: 'net-1', targetId: 'pod' }], sources)[0]).toMatchObject({ op: 'add', path: '/spec' });
  });
});

describe('kubectl mtv commands', () => {
  it('renders create mapping with the pair syntax', () => {
    const { command, skipped } = createCommand('network', values, 'mtv', sources);
    expect(skipped).toEqual([]);
    expect(renderMtvCommand(command, { multiline: false })).toBe(
      "kubectl mtv create mapping network -n mtv --name web-net --source vcenter --target host --network-pairs 'VM Network:default,Prod VLAN:prod/prod-net'",
    );
  });
  it('renders patch mapping with added, updated and removed pairs by source name', () => {
    const before = [{ sourceId: 'net-1', targetId: 'pod' }, { sourceId: 'net-2', targetId: 'prod/prod-net' }];
    const after = [{ sourceId: 'net-2', targetId: 'ignored' }, { sourceId: 'net-3', targetId: 'pod' }];
    const all = [...sources, { id: 'net-3', name: 'Lab' }];
    const { command, empty } = patchCommand('network', 'web-net', 'mtv', before, after, all);
    expect(empty).toBe(false);
    expect(renderMtvCommand(command, { multiline: false })).toBe(
      "kubectl mtv patch mapping network -n mtv --name web-net --add-pairs Lab:default --update-pairs 'Prod VLAN:ignored' --remove-pairs 'VM Network'",
    );
    expect(patchCommand('network', 'web-net', 'mtv', before, before, all).empty).toBe(true);
  });
});
