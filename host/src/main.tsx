/**
 * Start-up: PatternFly CSS, i18n, the plugin store and the plugin, then render.
 * Shared modules are eager, so nothing here needs an async import boundary.
 */
import '@patternfly/patternfly/patternfly.css';
import '@patternfly/patternfly/patternfly-addons.css';
import './host.css';
import { createRoot } from 'react-dom/client';
import { PluginStoreProvider } from '@openshift/dynamic-plugin-sdk';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { preloadPageWhenKnown } from './app/page-loader';
import { initI18n } from './i18n';
import { createPluginStore, loadForkliftPlugin } from './plugin-store';
// Monaco's chunk is prefetched by webpack (see load-monaco.ts) and runs on the first editor shown.

const start = async () => {
  const [store] = await Promise.all([createPluginStore(), initI18n()]);
  // The page the browser opened on starts loading as soon as its extension is in use (page-loader.ts).
  preloadPageWhenKnown(store, window.location.pathname);
  void loadForkliftPlugin(store).catch((e) => console.error('Could not load the plugin manifest', e));
  createRoot(document.getElementById('root')!).render(
    <PluginStoreProvider store={store}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </PluginStoreProvider>,
  );
};

void start();
