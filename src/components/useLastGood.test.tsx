// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLastGood } from './useLastGood';

type Props = { data: string[] | undefined; loaded: boolean; error: unknown };

describe('useLastGood', () => {
  it('keeps the last good data, marked stale, when a refresh fails; failed only without any', () => {
    const { result, rerender } = renderHook((p: Props) => useLastGood(p.data, p.loaded, p.error), {
      initialProps: { data: undefined, loaded: false, error: undefined } as Props,
    });
    expect(result.current.state).toBe('loading');
    rerender({ data: ['a', 'b'], loaded: true, error: undefined });
    expect(result.current).toMatchObject({ state: 'live', data: ['a', 'b'] });
    const boom = new Error('boom');
    rerender({ data: [], loaded: true, error: boom });
    expect(result.current).toMatchObject({ state: 'stale', data: ['a', 'b'], error: boom });
    expect(result.current.at).toBeTypeOf('number');

    const fresh = renderHook(() => useLastGood<string[]>(undefined, false, boom));
    expect(fresh.result.current).toMatchObject({ state: 'failed', data: undefined });
  });

  it('a retry that fails shows its own error; one that succeeds shows fresh data until the source fails again', async () => {
    let answer: () => Promise<string[]> = () => Promise.reject(new Error('still down'));
    const refetch = () => answer();
    const first = new Error('list failed');
    const { result, rerender } = renderHook((p: Props) => useLastGood(p.data, p.loaded, p.error, refetch), {
      initialProps: { data: ['a'], loaded: true, error: undefined } as Props,
    });
    rerender({ data: ['a'], loaded: true, error: first });
    act(() => result.current.retry!());
    await waitFor(() => expect((result.current.error as Error).message).toBe('still down'));
    expect(result.current.state).toBe('stale');

    answer = () => Promise.resolve(['a', 'c']);
    act(() => result.current.retry!());
    await waitFor(() => expect(result.current.data).toEqual(['a', 'c']));
    expect(result.current.state).toBe('live');
    expect(result.current.error).toBeUndefined();

    rerender({ data: ['a'], loaded: true, error: new Error('failed again') });
    expect(result.current).toMatchObject({ state: 'stale', data: ['a', 'c'] });
  });
});
