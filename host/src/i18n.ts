/**
 * i18next set up like the console's: keys are whole sentences (no key
 * separator), `~` separates namespace and key, and a plugin's namespace
 * `plugin__<name>` is fetched from `/api/plugins/<name>/locales/<lng>/plugin__<name>.json`.
 * react-i18next is a shared singleton, so the plugin's useTranslation uses this instance.
 */
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';

const pluginLocalesBackend: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language: string, namespace: string, callback: ReadCallback) => {
    const m = /^plugin__(.+)$/.exec(namespace);
    if (!m) {
      callback(null, {});
      return;
    }
    fetch(`/api/plugins/${m[1]}/locales/${language}/${namespace}.json`)
      .then((r) => (r.ok ? r.json() : {}))
      .then((json) => callback(null, json))
      .catch((e) => callback(e, false));
  },
};

export const initI18n = (): Promise<unknown> =>
  i18next
    .use(pluginLocalesBackend)
    .use(initReactI18next)
    .init({
      // Keeps the browser console for the plugin's own messages.
      showSupportNotice: false,
      lng: 'en',
      fallbackLng: 'en',
      ns: ['plugin__forklift-console-plugin'],
      defaultNS: 'plugin__forklift-console-plugin',
      keySeparator: false,
      nsSeparator: '~',
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });

export { i18next };
