import * as React from 'react';
import { errorMessage } from '../../utils/errors';

/**
 * Runs one async action at a time for a component: `inFlight` while it runs,
 * `error` (the server's reason) when it failed. Resolves true on success.
 */
export const useActionRunner = () => {
  const [inFlight, setInFlight] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const run = React.useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setInFlight(true);
    setError(undefined);
    try {
      await action();
      return true;
    } catch (err) {
      if (mounted.current) setError(errorMessage(err) || String(err));
      return false;
    } finally {
      if (mounted.current) setInFlight(false);
    }
  }, []);
  return { run, inFlight, error, clearError: React.useCallback(() => setError(undefined), []) };
};
