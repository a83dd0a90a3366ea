/**
 * The plugin loader, configured the way the OpenShift console configures it:
 * the webpack share scope `default` (react, react-router, react-i18next, the
 * console SDK implementation ...), the `__load_plugin_entry__` callback that
 * ConsoleRemotePlugin's entry script calls, and `@console/pluginAPI` resolved
 * to 4.22.0 (without it the plugin waits forever for that dependency).
 */
import { PluginStore, PluginEventType } from '@openshift/dynamic-plugin-sdk';

export const PLUGIN_NAME = 'forklift-console-plugin';
export const PLUGIN_BASE = `/api/plugins/${PLUGIN_NAME}/`;
export const CONSOLE_VERSION = '4.22.0';

export const createPluginStore = async (): Promise<PluginStore> => {
  await __webpack_init_sharing__('default');
  const store = new PluginStore({
    loaderOptions: {
      sharedScope: __webpack_share_scopes__.default,
      entryCallbackSettings: { name: '__load_plugin_entry__' },
      customDependencyResolutions: { '@console/pluginAPI': CONSOLE_VERSION },
    },
  });
  store.subscribe([PluginEventType.PluginInfoChanged], () => {
    for (const info of store.getPluginInfo()) {
      if (info.status === 'failed') {
        // The message alone is often unhelpful; the cause names the real problem.
        console.error(`Plugin ${info.manifest.name} failed to load: ${info.errorMessage}`, info.errorCause);
      }
    }
  });
  return store;
};

export const loadForkliftPlugin = (store: PluginStore): Promise<void> =>
  store.loadPlugin(`${window.location.origin}${PLUGIN_BASE}plugin-manifest.json`);
