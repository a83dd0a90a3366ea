import { describe, expect, it } from 'vitest';
import { diagramRows, linkPath, removeSourcePairs, rowCenter, setPairTarget } from './diagramLayout';

describe('diagram layout', () => {
  it('draws from row centres', () => {
    expect(rowCenter(0)).toBe(32);
    expect(rowCenter(2)).toBe(2 * 72 + 32);
    expect(linkPath(0, 1, 100)).toBe('M 0 32 C 50 32, 50 104, 100 104');
  });
  it('adds rows for sources and targets the lists do not have, flagged missing', () => {
    const rows = diagramRows([{ sourceId: 'a', targetId: 'ns/gone' }, { sourceId: 'x', targetId: 'pod' }], [{ id: 'a', name: 'A' }], [{ id: 'pod', name: 'Pod' }]);
    expect(rows.sources).toEqual([{ id: 'a', name: 'A' }, { id: 'x', name: 'x', missing: true }]);
    expect(rows.targets).toEqual([{ id: 'pod', name: 'Pod' }, { id: 'ns/gone', name: 'ns/gone', missing: true }]);
    expect(rows.links).toEqual([{ pairIndex: 0, sourceRow: 0, targetRow: 1 }, { pairIndex: 1, sourceRow: 1, targetRow: 0 }]);
  });
  it('sets a source target in place, dropping its other pairs, keeping storage options', () => {
    const pairs = [{ sourceId: 'a', targetId: 'x', volumeMode: 'Block' as const }, { sourceId: 'b', targetId: 'x' }, { sourceId: 'a', targetId: 'y' }];
    expect(setPairTarget(pairs, 'a', 'z')).toEqual([{ sourceId: 'a', targetId: 'z', volumeMode: 'Block' }, { sourceId: 'b', targetId: 'x' }]);
    expect(setPairTarget(pairs, 'c', 'z')).toHaveLength(4);
    expect(removeSourcePairs(pairs, 'a')).toEqual([{ sourceId: 'b', targetId: 'x' }]);
  });
});
