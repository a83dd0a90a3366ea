/**
 * One rule for data that had loaded and then fails to refresh (a watch that
 * cannot relist, an inventory poll that errors): keep showing the last good
 * data, marked stale, with the error above it and a retry. Never a spinner
 * for something that has failed, never rows replaced by the error.
 */
export type LoadState = 'loading' | 'live' | 'stale' | 'failed';

export const loadStateOf = (loaded: boolean, error: unknown, hasLastGood: boolean): LoadState => {
  if (error) return hasLastGood ? 'stale' : 'failed';
  return loaded ? 'live' : hasLastGood ? 'stale' : 'loading';
};

/** What a person should be told about a failed inventory call: unreachable (no answer, or the proxy's 502) or the service's own failure. */
export const inventoryProblem = (error: unknown): { unreachable: boolean; code?: number } => {
  const e = error as { code?: number; json?: { code?: number }; response?: { status?: number } } | undefined;
  const code = e?.code ?? e?.response?.status ?? e?.json?.code;
  return typeof code === 'number' && code !== 502 ? { unreachable: false, code } : { unreachable: true, code };
};
