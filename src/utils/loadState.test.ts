import { describe, expect, it } from 'vitest';
import { inventoryProblem, loadStateOf } from './loadState';

describe('loadStateOf', () => {
  it('keeps data that had loaded as stale when a refresh fails; fails only without any', () => {
    expect(loadStateOf(false, undefined, false)).toBe('loading');
    expect(loadStateOf(true, undefined, true)).toBe('live');
    expect(loadStateOf(true, new Error('x'), true)).toBe('stale');
    expect(loadStateOf(false, new Error('x'), true)).toBe('stale');
    expect(loadStateOf(false, new Error('x'), false)).toBe('failed');
  });
});

describe('inventoryProblem', () => {
  it('tells an answer with a status from no answer at all', () => {
    expect(inventoryProblem({ code: 500, message: 'database locked' })).toEqual({ unreachable: false, code: 500 });
    expect(inventoryProblem({ response: { status: 404 } })).toEqual({ unreachable: false, code: 404 });
    expect(inventoryProblem(new TypeError('Failed to fetch'))).toEqual({ unreachable: true, code: undefined });
    expect(inventoryProblem({ code: 502 })).toEqual({ unreachable: true, code: 502 });
  });
});
