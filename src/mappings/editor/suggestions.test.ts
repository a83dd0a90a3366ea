import { describe, expect, it } from 'vitest';
import { applySuggestions, nameSimilarity, suggestPairs } from './suggestions';
import type { MappingTarget } from './types';

const nets: MappingTarget[] = [
  { id: 'pod', name: 'Pod network' },
  { id: 'demo/vlan-110-prod', name: 'demo/vlan-110-prod' },
  { id: 'demo/vlan-200-dmz', name: 'demo/vlan-200-dmz' },
  { id: 'ignored', name: 'Ignored' },
];

describe('nameSimilarity', () => {
  it('scores equal names (ignoring case and punctuation) 1 and unrelated ones low', () => {
    expect(nameSimilarity('Prod-Net', 'prod net')).toBe(1);
    expect(nameSimilarity('VLAN 110', 'vlan-110-prod')).toBeGreaterThanOrEqual(0.5);
    expect(nameSimilarity('ssd-fast', 'fast-ssd')).toBe(1);
    expect(nameSimilarity('Management', 'vlan-200-dmz')).toBeLessThan(0.5);
    expect(nameSimilarity('', 'x')).toBe(0);
  });
});

describe('suggestPairs', () => {
  it('suggests the most similar NAD, and the pod network for the source most VMs use', () => {
    const sources = [
      { id: 'n1', name: 'Management', vmCount: 2 },
      { id: 'n2', name: 'VLAN 110', vmCount: 5 },
      { id: 'n3', name: 'Backup', vmCount: 9 },
      { id: 'n4', name: 'dmz 200', vmCount: 1 },
    ];
    const out = suggestPairs('network', sources, nets, []);
    expect(out.map((s) => [s.pair.sourceId, s.pair.targetId, s.reason])).toEqual([
      ['n2', 'demo/vlan-110-prod', 'similarName'],
      ['n3', 'pod', 'podNetwork'],
      ['n4', 'demo/vlan-200-dmz', 'similarName'],
    ]);
  });
  it('suggests nothing for mapped sources, and no pod network when a pair already uses it', () => {
    const sources = [{ id: 'n1', name: 'A' }, { id: 'n2', name: 'B' }];
    expect(suggestPairs('network', sources, nets, [{ sourceId: 'n1', targetId: 'pod' }])).toEqual([]);
    expect(suggestPairs('network', sources, nets, [{ sourceId: 'n1', targetId: 'ignored' }]).map((s) => s.pair)).toEqual([{ sourceId: 'n2', targetId: 'pod' }]);
  });
  it('storage: similar class first, else the default class; nothing without a default', () => {
    const classes: MappingTarget[] = [{ id: 'gold-ssd', name: 'gold-ssd' }, { id: 'standard', name: 'standard', isDefault: true }];
    const sources = [{ id: 'd1', name: 'datastore-ssd-gold' }, { id: 'd2', name: 'nfs-01' }];
    expect(suggestPairs('storage', sources, classes, []).map((s) => [s.pair.targetId, s.reason])).toEqual([
      ['gold-ssd', 'similarName'],
      ['standard', 'defaultStorageClass'],
    ]);
    expect(suggestPairs('storage', [sources[1]], [classes[0]], [])).toEqual([]);
  });
  it('applies only what is accepted, never over a pair made meanwhile', () => {
    const pairs = [{ sourceId: 'a', targetId: 'x' }];
    const accepted = [
      { pair: { sourceId: 'a', targetId: 'y' }, reason: 'similarName' as const, score: 1 },
      { pair: { sourceId: 'b', targetId: 'y' }, reason: 'similarName' as const, score: 1 },
    ];
    expect(applySuggestions(pairs, accepted)).toEqual([{ sourceId: 'a', targetId: 'x' }, { sourceId: 'b', targetId: 'y' }]);
  });
});
