import * as React from 'react';
import {
  browserStore,
  pushHistory,
  readQueryLists,
  removeSavedQuery,
  saveQuery,
  writeQueryLists,
  type QueryLists,
} from '../tsl-editor/queryStore';

/** History and saved queries of one provider type, persisted in localStorage. */
export const useQueryLists = (providerType: string | undefined) => {
  const [lists, setLists] = React.useState<QueryLists>(() => readQueryLists(browserStore(), providerType ?? ''));
  React.useEffect(() => setLists(readQueryLists(browserStore(), providerType ?? '')), [providerType]);

  const update = React.useCallback(
    (change: (lists: QueryLists) => QueryLists) => {
      if (!providerType) return;
      // Re-read first: another tab may have added queries meanwhile.
      const next = change(readQueryLists(browserStore(), providerType));
      writeQueryLists(browserStore(), providerType, next);
      setLists(next);
    },
    [providerType],
  );

  return {
    ...lists,
    remember: React.useCallback((query: string) => update((l) => ({ ...l, history: pushHistory(l.history, query) })), [update]),
    save: React.useCallback((name: string, query: string) => update((l) => ({ ...l, saved: saveQuery(l.saved, name, query) })), [update]),
    remove: React.useCallback((name: string) => update((l) => ({ ...l, saved: removeSavedQuery(l.saved, name) })), [update]),
  };
};
