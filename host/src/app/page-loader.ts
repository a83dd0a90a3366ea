/**
 * A plugin page's code, loaded once per code reference, and started early for
 * the page the browser opened on. Loading it when its route first renders (as
 * the console does) ran the page's module code inside React's render, in the
 * same task as mounting it: on the inventory page that made one task of about
 * 100 ms (bench/inventory). Started as soon as the plugin's extensions are
 * known, the download overlaps the host's own start-up and the module code
 * runs in a task of its own; the route then renders an already loaded page.
 */
import { matchPath } from 'react-router';
import { isCodeRef, type CodeRef, type PluginStore } from '@openshift/dynamic-plugin-sdk';
import { routesFor, type PageExt } from './routes';

const loads = new WeakMap<CodeRef, Promise<unknown>>();

/** The page component behind `ref`; a failed load is not kept, so the next render tries again. */
export const loadPage = (ref: CodeRef): Promise<unknown> => {
  let load = loads.get(ref);
  if (!load) {
    load = ref();
    loads.set(ref, load);
    load.catch(() => loads.delete(ref));
  }
  return load;
};

/** Starts loading the `console.page/route` page that `pathname` shows, if the plugin has one. */
export const preloadPageAt = (store: Pick<PluginStore, 'getExtensions'>, pathname: string): void => {
  for (const ext of store.getExtensions()) {
    if (ext.type !== 'console.page/route') continue;
    const ref = (ext.properties as { component?: unknown }).component;
    if (!isCodeRef(ref)) continue;
    const specs = routesFor({ uid: ext.uid, type: ext.type, ...(ext.properties as Omit<PageExt, 'uid' | 'type'>) });
    if (specs.some((spec) => matchPath(spec.path, pathname))) {
      loadPage(ref).catch(() => undefined); // the route's render reports a failure
      return;
    }
  }
};
