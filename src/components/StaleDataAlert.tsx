import * as React from 'react';
import { Alert, AlertActionLink } from '@patternfly/react-core';
import { errorMessage } from '../utils/errors';
import { useForkliftTranslation } from '../utils/i18n';
import type { LoadState } from '../utils/loadState';

interface Props {
  /** 'stale' or 'failed' show the alert; anything else renders nothing. */
  state: LoadState;
  error: unknown;
  /** What could not be loaded, e.g. "Providers" (already translated). */
  what: string;
  /** When the data shown was last good. */
  at?: number;
  /** Retry now; without it, the alert says retries happen by themselves. */
  onRetry?: () => void;
  /** Replaces the default title (e.g. to name the inventory service's status). */
  title?: string;
  variant?: 'danger' | 'warning';
}

/**
 * The error above data that could not be refreshed: what failed and why, how
 * old the data below it is, and a retry. Used by every list and card, so a
 * failure looks the same everywhere.
 */
export const StaleDataAlert: React.FC<Props> = ({ state, error, what, at, onRetry, title, variant = 'danger' }) => {
  const { t } = useForkliftTranslation();
  if (state !== 'stale' && state !== 'failed') return null;
  const heading =
    title ??
    (state === 'stale'
      ? t('{{what}} could not be refreshed: showing the last data loaded', { what })
      : t('{{what}} could not be loaded', { what }));
  return (
    <Alert
      isInline
      variant={variant}
      title={heading}
      data-testid="stale-data-alert"
      actionLinks={onRetry ? <AlertActionLink onClick={onRetry}>{t('Retry')}</AlertActionLink> : undefined}
    >
      {errorMessage(error)}
      {state === 'stale' && at !== undefined && (
        <div>{t('Last loaded at {{time}}. Retrying in the background.', { time: new Date(at).toLocaleTimeString() })}</div>
      )}
    </Alert>
  );
};
