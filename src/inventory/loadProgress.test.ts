import { describe, expect, it } from 'vitest';
import { expectedRows, formatBytes, progressPercent } from './loadProgress';

describe('load progress', () => {
  const provider = { uid: 'u', name: 'vc', namespace: 'n', type: 'vsphere' as const, vmCount: 200, hostCount: 0 };

  it('expects the count the inventory lists for the collection', () => {
    expect(expectedRows(provider, 'vms')).toBe(200);
    expect(expectedRows(provider, 'hosts')).toBeUndefined();
    expect(expectedRows(provider, 'folders')).toBeUndefined();
    expect(expectedRows(undefined, 'vms')).toBeUndefined();
  });

  it('counts rows against it, never claiming done before indexing ends', () => {
    expect(progressPercent({ phase: 'waiting', bytes: 0, rows: 0 }, 200)).toBe(0);
    expect(progressPercent({ phase: 'downloading', bytes: 10, rows: 50 }, 200)).toBe(25);
    expect(progressPercent({ phase: 'downloading', bytes: 10, rows: 250 }, 200)).toBe(98);
    expect(progressPercent({ phase: 'indexing', bytes: 10, rows: 200 }, 200)).toBe(99);
    expect(progressPercent({ phase: 'downloading', bytes: 10, rows: 50 }, undefined)).toBeUndefined();
  });

  it('writes sizes people read', () => {
    expect(formatBytes(500)).toBe('500 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(25_000_000)).toBe('24 MB');
  });
});
