import * as React from 'react';
import { loadStateOf, type LoadState } from '../utils/loadState';

export interface LastGood<T> {
  /** The data to show: the current data while live, the last good data when stale. */
  data: T | undefined;
  state: LoadState;
  /** The error to show: the latest retry's, else the source's. */
  error: unknown;
  /** When the shown data was last known good (ms since the epoch). */
  at?: number;
  /** Fetches once more now (when a refetch was given). */
  retry?: () => void;
}

/**
 * Remembers the last data that loaded without error, so a failed refresh
 * never takes the rows away (see loadStateOf for the rule). `refetch` is a
 * one-off read of the same data (e.g. k8sListItems for a watched list): a
 * retry that succeeds refreshes the stale data while the source (a watch
 * retrying with back-off) has not recovered yet.
 */
export function useLastGood<T>(data: T | undefined, loaded: boolean, error: unknown, refetch?: () => Promise<T>): LastGood<T> {
  const [good, setGood] = React.useState<{ data: T; at: number } | undefined>(undefined);
  const [retryError, setRetryError] = React.useState<unknown>(undefined);
  // The source's error a successful retry answered: hidden until the source reports a new one.
  const [answered, setAnswered] = React.useState<unknown>(undefined);
  const live = loaded && !error && data !== undefined;
  React.useEffect(() => {
    if (live) {
      setGood({ data: data as T, at: Date.now() });
      setRetryError(undefined);
    }
  }, [live, data]);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const retry = React.useCallback(() => {
    if (!refetch) return;
    refetch().then(
      (fresh) => {
        if (!mounted.current) return;
        setGood({ data: fresh, at: Date.now() });
        setRetryError(undefined);
        setAnswered(error);
      },
      (e: unknown) => mounted.current && setRetryError(e),
    );
  }, [refetch, error]);
  const sourceError = error && error !== answered ? error : undefined;
  const shownError = sourceError ? (retryError ?? sourceError) : undefined;
  const state = loadStateOf(loaded || answered !== undefined, shownError, good !== undefined || live);
  return { data: live ? data : good?.data, state, error: shownError, at: good?.at, retry: refetch ? retry : undefined };
}
