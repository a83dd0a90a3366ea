/**
 * The page's state as URL search parameters, so a link reproduces the view:
 * `?provider=<namespace>/<name>&kind=vms&q=<TSL query>`. The provider is named
 * by namespace/name rather than uid: people read and edit these links, and a
 * re-created provider keeps its name.
 */

export interface InventoryUrlState {
  provider?: { namespace: string; name: string };
  kind?: string;
  query: string;
}

export const parseInventoryUrl = (search: string | URLSearchParams): InventoryUrlState => {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const providerParam = params.get('provider') ?? '';
  const slash = providerParam.indexOf('/');
  const provider =
    slash > 0 && slash < providerParam.length - 1
      ? { namespace: providerParam.slice(0, slash), name: providerParam.slice(slash + 1) }
      : undefined;
  return { provider, kind: params.get('kind') || undefined, query: params.get('q') ?? '' };
};

/**
 * Writes the state into a copy of `base`, keeping parameters that are not
 * ours (the console may add its own), and dropping empty ones.
 */
export const toInventorySearch = (state: InventoryUrlState, base: string | URLSearchParams = ''): string => {
  const params = new URLSearchParams(base);
  const set = (key: string, value: string | undefined) => (value ? params.set(key, value) : params.delete(key));
  set('provider', state.provider ? `${state.provider.namespace}/${state.provider.name}` : undefined);
  set('kind', state.kind);
  set('q', state.query.trim() ? state.query : undefined);
  const text = params.toString();
  return text ? `?${text}` : '';
};
