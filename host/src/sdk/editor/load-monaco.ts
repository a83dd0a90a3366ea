/**
 * Loads the host's Monaco chunk once, on the first editor shown. A failed
 * load (offline, a proxy in the way) is not cached, so the next editor
 * tries again.
 */
import type * as Monaco from 'monaco-editor/editor/editor.api';

export type MonacoApi = typeof Monaco;

let loading: Promise<MonacoApi> | undefined;

export const loadMonaco = (): Promise<MonacoApi> => {
  loading ??= import(/* webpackChunkName: "monaco" */ './monaco-bundle').then(
    (m) => m.monaco,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
};
