import { describe, expect, it } from 'vitest';
import { compactConcerns, concernCounts, defaultColumns, formatCell, getPath } from './columns';

const vm = {
  id: 'vm-1',
  name: 'web-1',
  powerState: 'poweredOn',
  cpuCount: 2,
  memoryMB: 4096,
  disks: [{ capacity: 10 }, { capacity: 20 }, { capacity: null }],
  labels: { 'app.kubernetes.io/name': 'web' },
  concerns: [{ category: 'Warning' }, { category: 'Critical' }, { category: 'Warning' }],
};

describe('getPath', () => {
  it('reads dotted, indexed, wildcard and quoted-key paths', () => {
    expect(getPath(vm, 'name')).toBe('web-1');
    expect(getPath(vm, 'disks[1].capacity')).toBe(20);
    expect(getPath(vm, 'disks[*].capacity')).toEqual([10, 20]);
    expect(getPath(vm, "labels['app.kubernetes.io/name']")).toBe('web');
    expect(getPath(vm, 'missing.deeper')).toBeUndefined();
    expect(getPath(vm, 'name.length')).toBeUndefined();
  });
});

describe('defaultColumns', () => {
  it('uses the known VM columns that occur in the data', () => {
    expect(defaultColumns('vsphere', 'vms', [vm])).toEqual(['name', 'powerState', 'cpuCount', 'memoryMB', 'concerns']);
  });

  it('infers name, id and scalar fields for a collection it knows nothing about', () => {
    const rows = [{ id: 'f1', name: 'folder', parent: { id: 'x' }, path: '/dc/vm', children: 3 }];
    expect(defaultColumns('vsphere', 'folders', rows)).toEqual(['name', 'id', 'path', 'children']);
  });

  it('shows the known columns before any data has arrived', () => {
    expect(defaultColumns('ovirt', 'vms', [])).toContain('cluster');
  });
});

describe('formatCell', () => {
  it('formats numbers, nulls and objects', () => {
    expect(formatCell(4096)).toBe('4,096');
    expect(formatCell(1.23456)).toBe('1.235');
    expect(formatCell(null)).toBe('');
    expect(formatCell(false)).toBe('false');
    expect(formatCell({ a: 1 })).toBe('{"a":1}');
    expect(formatCell('x'.repeat(300) as unknown).length).toBe(300);
    expect(formatCell({ a: 'x'.repeat(300) }).endsWith('…')).toBe(true);
  });
});

describe('concernCounts', () => {
  it('counts per category, most severe first', () => {
    expect(concernCounts(vm.concerns)).toEqual([
      { category: 'Critical', count: 1 },
      { category: 'Warning', count: 2 },
    ]);
    expect(concernCounts(undefined)).toEqual([]);
    expect(concernCounts(compactConcerns(vm.concerns))).toEqual(concernCounts(vm.concerns));
    expect(compactConcerns(vm.concerns)).toEqual(['Warning', 'Critical', 'Warning']);
  });
});
