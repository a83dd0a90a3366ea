/**
 * The sidebar model built from `console.navigation/*` extensions: sections
 * with their items, ordered by insertBefore/insertAfter the way the console
 * orders them, with hrefs resolved for the active namespace. Pure: the React
 * sidebar only renders what this returns.
 */
import { resourceListURL } from '../sdk/resource-urls';
import { getReference } from '../sdk/refs';

export interface ModelRef {
  group?: string;
  version?: string;
  kind: string;
}

interface Positioned {
  id: string;
  insertBefore?: string | string[];
  insertAfter?: string | string[];
}

export interface NavSectionExt extends Positioned {
  name?: string;
  dataAttributes?: Record<string, string>;
}

export interface NavItemExt extends Positioned {
  /** 'href' for console.navigation/href, 'resource-ns' / 'resource-cluster' for model items. */
  kind: 'href' | 'resource-ns' | 'resource-cluster';
  name?: string;
  section?: string;
  href?: string;
  namespaced?: boolean;
  prefixNamespaced?: boolean;
  model?: ModelRef;
  startsWith?: string[];
  dataAttributes?: Record<string, string>;
}

export interface NavLinkModel {
  id: string;
  name: string;
  href: string;
  /** Path prefixes that make this item the active one. */
  activePaths: string[];
  dataAttributes?: Record<string, string>;
}

export interface NavSectionModel {
  id: string;
  name: string;
  dataAttributes?: Record<string, string>;
  items: NavLinkModel[];
}

const asList = (v?: string | string[]): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * Items without a position keep their order; each positioned item goes right
 * before/after the first anchor already placed; anchors that never appear
 * leave the item at the end. Repeats until no item can be placed, so chains
 * (b after a, c after b) work in any input order.
 */
export const orderByPosition = <T extends Positioned>(items: T[]): T[] => {
  const placed: T[] = items.filter((i) => !i.insertAfter && !i.insertBefore);
  let pending = items.filter((i) => i.insertAfter || i.insertBefore);
  let progress = true;
  while (pending.length && progress) {
    progress = false;
    const next: T[] = [];
    for (const item of pending) {
      const afterIdx = asList(item.insertAfter).map((id) => placed.findIndex((p) => p.id === id)).find((i) => i >= 0);
      const beforeIdx = asList(item.insertBefore).map((id) => placed.findIndex((p) => p.id === id)).find((i) => i >= 0);
      if (beforeIdx !== undefined) placed.splice(beforeIdx, 0, item);
      else if (afterIdx !== undefined) placed.splice(afterIdx + 1, 0, item);
      else {
        next.push(item);
        continue;
      }
      progress = true;
    }
    pending = next;
  }
  return [...placed, ...pending];
};

const namespacedPath = (href: string, ns: string, prefix: 'k8s' | 'plain'): string => {
  const rest = href.replace(/^\/+/, '');
  if (prefix === 'plain') return ns === '#ALL_NS#' ? `/${rest}` : `/ns/${encodeURIComponent(ns)}/${rest}`;
  return ns === '#ALL_NS#' ? `/k8s/all-namespaces/${rest}` : `/k8s/ns/${encodeURIComponent(ns)}/${rest}`;
};

export const navLink = (item: NavItemExt, activeNamespace: string, translate: (s: string) => string, labelPluralFor: (m: ModelRef) => string | undefined): NavLinkModel | undefined => {
  if (item.kind === 'href') {
    if (!item.href) return undefined;
    const href = item.namespaced
      ? namespacedPath(item.href, activeNamespace, 'k8s')
      : item.prefixNamespaced
        ? namespacedPath(item.href, activeNamespace, 'plain')
        : item.href;
    return {
      id: item.id,
      name: translate(item.name ?? item.id),
      href,
      activePaths: [item.href, ...(item.startsWith ?? [])],
      dataAttributes: item.dataAttributes,
    };
  }
  if (!item.model) return undefined;
  const ref = getReference({ group: item.model.group, version: item.model.version ?? 'v1', kind: item.model.kind });
  return {
    id: item.id,
    name: item.name ? translate(item.name) : (labelPluralFor(item.model) ?? item.model.kind),
    href: resourceListURL(ref, activeNamespace, item.kind === 'resource-ns'),
    activePaths: [`/${ref}`, ...(item.startsWith ?? [])],
    dataAttributes: item.dataAttributes,
  };
};

/** Is `pathname` inside this item? Resource items match their reference segment under /k8s/... */
export const isActive = (link: NavLinkModel, pathname: string): boolean =>
  link.activePaths.some((p) => {
    if (p.startsWith('/') && p.includes('~')) return new RegExp(`^/k8s/(ns/[^/]+|all-namespaces|cluster)${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|$)`).test(pathname);
    const prefix = p.startsWith('/') ? p : `/${p}`;
    // Namespaced hrefs live under /k8s/ns/<ns>/ or /k8s/all-namespaces/ (or /ns/<ns>/ when prefixNamespaced).
    const unprefixed = pathname.replace(/^\/k8s\/(ns\/[^/]+|all-namespaces)(?=\/)|^\/ns\/[^/]+(?=\/)/, '');
    return [pathname, unprefixed].some((path) => path === prefix || path.startsWith(`${prefix}/`));
  });

export const buildNav = (
  sections: NavSectionExt[],
  items: NavItemExt[],
  activeNamespace: string,
  translate: (s: string) => string,
  labelPluralFor: (m: ModelRef) => string | undefined = () => undefined,
): NavSectionModel[] =>
  orderByPosition(sections).map((s) => ({
    id: s.id,
    name: translate(s.name ?? s.id),
    dataAttributes: s.dataAttributes,
    items: orderByPosition(items.filter((i) => i.section === s.id))
      .map((i) => navLink(i, activeNamespace, translate, labelPluralFor))
      .filter((l): l is NavLinkModel => !!l),
  }));
