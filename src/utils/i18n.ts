import { useTranslation } from 'react-i18next';

/** The console loads this namespace from locales/en/plugin__forklift-console-plugin.json. */
export const I18N_NAMESPACE = 'plugin__forklift-console-plugin';

/**
 * Every user-facing string goes through the `t` this returns, with a literal
 * English key: scripts/i18n-check.ts reads those keys from the source.
 */
export const useForkliftTranslation = () => useTranslation(I18N_NAMESPACE);
