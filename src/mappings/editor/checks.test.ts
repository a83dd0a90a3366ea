import { describe, expect, it } from 'vitest';
import { checkPairs, hasErrors, issuesAtPair } from './checks';
import type { MappingSource, MappingTarget } from './types';

const sources: MappingSource[] = ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase() }));
const netTargets: MappingTarget[] = [
  { id: 'pod', name: 'Pod network' },
  { id: 'ns/one', name: 'ns/one' },
  { id: 'ignored', name: 'Ignored' },
];
const scTargets: MappingTarget[] = [{ id: 'fast', name: 'fast', isDefault: true }, { id: 'slow', name: 'slow' }];

describe('checkPairs', () => {
  it('passes a clean network map', () => {
    const issues = checkPairs({ kind: 'network', sources, targets: netTargets, pairs: [{ sourceId: 'a', targetId: 'pod' }, { sourceId: 'b', targetId: 'ns/one' }, { sourceId: 'c', targetId: 'ignored' }] });
    expect(issues).toEqual([]);
  });
  it('allows at most one source to the pod network, reported at the second', () => {
    const issues = checkPairs({ kind: 'network', sources, targets: netTargets, pairs: [{ sourceId: 'a', targetId: 'pod' }, { sourceId: 'b', targetId: 'pod' }] });
    expect(issues).toEqual([{ code: 'podTwice', severity: 'error', pairIndex: 1, sourceId: 'b', other: 'a' }]);
  });
  it('reports a source mapped twice at the later pair', () => {
    const issues = checkPairs({ kind: 'storage', sources, targets: scTargets, pairs: [{ sourceId: 'a', targetId: 'fast' }, { sourceId: 'a', targetId: 'slow' }] });
    expect(issues).toEqual([{ code: 'duplicateSource', severity: 'error', pairIndex: 1, sourceId: 'a', other: '0' }]);
  });
  it('requires every required source to be mapped or ignored', () => {
    const pairs = [{ sourceId: 'a', targetId: 'ignored' }];
    const issues = checkPairs({ kind: 'network', sources, targets: netTargets, pairs, requiredSourceIds: ['a', 'b', 'b'] });
    expect(issues).toEqual([{ code: 'requiredUnmapped', severity: 'error', sourceId: 'b' }]);
  });
  it('warns, at each pair, when several sources share one Multus network', () => {
    const pairs = [{ sourceId: 'a', targetId: 'ns/one' }, { sourceId: 'b', targetId: 'pod' }, { sourceId: 'c', targetId: 'ns/one' }];
    const issues = checkPairs({ kind: 'network', sources, targets: netTargets, pairs });
    expect(issues).toEqual([
      { code: 'sharedMultus', severity: 'warning', pairIndex: 0, sourceId: 'a', other: 'ns/one' },
      { code: 'sharedMultus', severity: 'warning', pairIndex: 2, sourceId: 'c', other: 'ns/one' },
    ]);
    expect(hasErrors(issues)).toBe(false);
  });
  it('reports targets that do not exist, unless the targets are still loading', () => {
    const pairs = [{ sourceId: 'a', targetId: 'ns/gone' }];
    expect(checkPairs({ kind: 'network', sources, targets: netTargets, pairs })).toEqual([{ code: 'targetMissing', severity: 'error', pairIndex: 0, sourceId: 'a', other: 'ns/gone' }]);
    expect(checkPairs({ kind: 'network', sources, targets: [], pairs, targetsLoaded: false })).toEqual([]);
    const storage = checkPairs({ kind: 'storage', sources, targets: scTargets, pairs: [{ sourceId: 'a', targetId: 'gold' }] });
    expect(issuesAtPair(storage, 0).map((i) => i.code)).toEqual(['targetMissing']);
  });
  it('reports sources that are not in the inventory, unless it is still loading', () => {
    const pairs = [{ sourceId: 'zz', targetId: 'fast' }];
    expect(checkPairs({ kind: 'storage', sources, targets: scTargets, pairs }).map((i) => i.code)).toEqual(['sourceMissing']);
    expect(checkPairs({ kind: 'storage', sources: [], targets: scTargets, pairs, sourcesLoaded: false })).toEqual([]);
  });
  it('asks for a target on a row that has none yet', () => {
    expect(checkPairs({ kind: 'network', sources, targets: netTargets, pairs: [{ sourceId: 'a', targetId: '' }] })).toEqual([{ code: 'noTarget', severity: 'error', pairIndex: 0, sourceId: 'a' }]);
  });
  it('does not accept ignored as a storage target', () => {
    expect(checkPairs({ kind: 'storage', sources, targets: scTargets, pairs: [{ sourceId: 'a', targetId: 'ignored' }] }).map((i) => i.code)).toEqual(['ignoredStorage']);
  });
});
