/**
 * A plugin page's code, loaded once per code reference, and started early for
 * the page the browser opened on. Loading it when its route first renders (as
 * the console does) ran the page's module code inside React's render, in the
 * same task as mounting it: on the inventory page that made one task of about
 * 100 ms (bench/inventory). Started as soon as the page's extension is in
 * use, its scripts are requested and its module code runs outside React's
 * render; the route then renders a page that is loaded or on its way. The
 * loading itself starts in a task of its own (see loadPage).
 */
import { matchPath } from 'react-router';
import { isCodeRef, PluginEventType, type CodeRef, type PluginStore } from '@openshift/dynamic-plugin-sdk';
import { routesFor, type PageExt } from './routes';

const loads = new WeakMap<CodeRef, Promise<unknown>>();

/** The page component behind `ref`; a failed load is not kept, so the next render tries again. */
export const loadPage = (ref: CodeRef): Promise<unknown> => {
  let load = loads.get(ref);
  if (!load) {
    // In a task of its own: resolving the reference appends the page's chunk scripts (~60 for the
    // inventory page, about a millisecond each), which made one task of over 100 ms together with the
    // render of the store update that asked for it (bench/inventory).
    load = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => ref());
    loads.set(ref, load);
    load.catch(() => loads.delete(ref));
  }
  return load;
};

/** Starts loading the `console.page/route` page that `pathname` shows; false if no extension in use has it. */
export const preloadPageAt = (store: Pick<PluginStore, 'getExtensions'>, pathname: string): boolean => {
  for (const ext of store.getExtensions()) {
    if (ext.type !== 'console.page/route') continue;
    const ref = (ext.properties as { component?: unknown }).component;
    if (!isCodeRef(ref)) continue;
    const specs = routesFor({ uid: ext.uid, type: ext.type, ...(ext.properties as Omit<PageExt, 'uid' | 'type'>) });
    if (specs.some((spec) => matchPath(spec.path, pathname))) {
      loadPage(ref).catch(() => undefined); // the route's render reports a failure
      return true;
    }
  }
  return false;
};

/**
 * Preloads the page at `pathname` when its extension comes into use (the plugin loaded, its feature
 * flags set). Subscribed before React's own store listeners, so the load starts in the store's update,
 * before React renders the route.
 */
export const preloadPageWhenKnown = (store: Pick<PluginStore, 'getExtensions' | 'subscribe'>, pathname: string): void => {
  if (preloadPageAt(store, pathname)) return;
  const unsubscribe = store.subscribe([PluginEventType.ExtensionsChanged], () => {
    if (preloadPageAt(store, pathname)) unsubscribe();
  });
};
