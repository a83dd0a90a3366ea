import { describe, expect, it } from 'vitest';
import { providerReferences } from './references';

const provider = { metadata: { name: 'vc', namespace: 'mtv' } };
const pair = (source: { name: string; namespace?: string }, destination: { name: string; namespace?: string }) => ({ spec: { provider: { source, destination } } });

describe('providerReferences', () => {
  it('finds plans and maps naming the provider as source or destination, in its namespace', () => {
    const plans = [
      { metadata: { name: 'p1', namespace: 'mtv' }, ...pair({ name: 'vc', namespace: 'mtv' }, { name: 'host', namespace: 'mtv' }) },
      { metadata: { name: 'p2', namespace: 'mtv' }, ...pair({ name: 'vc' }, { name: 'host' }) },
      { metadata: { name: 'p3', namespace: 'other' }, ...pair({ name: 'vc' }, { name: 'host' }) },
      { metadata: { name: 'p4', namespace: 'other' }, ...pair({ name: 'vc', namespace: 'mtv' }, { name: 'host' }) },
    ];
    const nmaps = [{ metadata: { name: 'n1', namespace: 'mtv' }, ...pair({ name: 'x', namespace: 'mtv' }, { name: 'vc', namespace: 'mtv' }) }];
    expect(providerReferences(provider, plans, nmaps, undefined)).toEqual([
      { kind: 'Plan', name: 'p1', namespace: 'mtv', role: 'source' },
      { kind: 'Plan', name: 'p2', namespace: 'mtv', role: 'source' },
      { kind: 'Plan', name: 'p4', namespace: 'other', role: 'source' },
      { kind: 'NetworkMap', name: 'n1', namespace: 'mtv', role: 'destination' },
    ]);
  });
});
