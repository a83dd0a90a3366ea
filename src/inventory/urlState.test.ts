import { describe, expect, it } from 'vitest';
import { parseInventoryUrl, toInventorySearch } from './urlState';

describe('inventory URL state', () => {
  it('round-trips provider, kind and a query with awkward characters', () => {
    const state = {
      provider: { namespace: 'openshift-mtv', name: 'vcenter-1' },
      kind: 'vms',
      query: "SELECT name WHERE name like 'a%&b=c' # and/or",
    };
    const search = toInventorySearch(state);
    expect(search.startsWith('?')).toBe(true);
    expect(parseInventoryUrl(search)).toEqual(state);
  });

  it('keeps parameters that belong to someone else and drops empty ones', () => {
    const search = toInventorySearch({ provider: undefined, kind: 'hosts', query: '   ' }, '?foo=1&q=old&provider=a/b');
    const params = new URLSearchParams(search);
    expect(params.get('foo')).toBe('1');
    expect(params.get('kind')).toBe('hosts');
    expect(params.has('q')).toBe(false);
    expect(params.has('provider')).toBe(false);
  });

  it('ignores a malformed provider', () => {
    expect(parseInventoryUrl('?provider=noslash').provider).toBeUndefined();
    expect(parseInventoryUrl('?provider=ns/').provider).toBeUndefined();
    expect(parseInventoryUrl('').query).toBe('');
  });

  it('splits the provider at the first slash only', () => {
    expect(parseInventoryUrl('?provider=ns%2Fa%2Fb').provider).toEqual({ namespace: 'ns', name: 'a/b' });
  });

  it('returns an empty string when nothing is set', () => {
    expect(toInventorySearch({ query: '' })).toBe('');
  });
});
