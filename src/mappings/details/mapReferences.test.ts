import { describe, expect, it } from 'vitest';
import { plansUsingMap } from './mapReferences';

const map = { metadata: { name: 'm', namespace: 'a' } };
const plan = (name: string, network?: { name: string; namespace?: string }, storage?: { name: string; namespace?: string }, ns = 'a') => ({
  metadata: { name, namespace: ns },
  spec: { map: { network, storage } },
});

describe('plansUsingMap', () => {
  it('finds plans naming the map of that kind, a missing namespace meaning the plan namespace', () => {
    const plans = [plan('p1', { name: 'm', namespace: 'a' }), plan('p2', { name: 'm' }), plan('p3', { name: 'm' }, undefined, 'b'), plan('p4', undefined, { name: 'm' })];
    expect(plansUsingMap('network', map, plans).map((p) => p.metadata?.name)).toEqual(['p1', 'p2']);
    expect(plansUsingMap('storage', map, plans).map((p) => p.metadata?.name)).toEqual(['p4']);
  });
});
