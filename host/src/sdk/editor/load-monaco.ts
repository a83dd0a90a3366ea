/**
 * Loads the host's Monaco chunk once, on the first editor shown. A failed
 * load (offline, a proxy in the way) is not cached, so the next editor
 * tries again. The chunk is prefetched (downloaded, not run) at start-up, so
 * the first editor opens without a download, while running Monaco's 4 MB of
 * code (about half a second on two cores) waits for a page that shows an
 * editor instead of delaying every page's first render.
 */
import type * as Monaco from 'monaco-editor/editor/editor.api';

export type MonacoApi = typeof Monaco;

let loading: Promise<MonacoApi> | undefined;

export const loadMonaco = (): Promise<MonacoApi> => {
  loading ??= import(/* webpackChunkName: "monaco", webpackPrefetch: true */ './monaco-bundle').then(
    (m) => m.monaco,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
};
