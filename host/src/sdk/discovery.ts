/**
 * API discovery: which resource types the cluster serves, as console K8sModel
 * objects. Parsing is pure (modelsFromResourceList); DiscoveryStore fetches
 * `/api/v1`, `/apis` and every `/apis/<group>/<version>` once, in parallel.
 */
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { K8S_PREFIX } from './k8s-url';
import { getReference } from './refs';

export interface APIResource {
  name: string;
  singularName?: string;
  namespaced: boolean;
  kind: string;
  verbs?: string[];
  shortNames?: string[];
}

export interface APIResourceList {
  groupVersion: string;
  resources: APIResource[];
}

interface APIGroupList {
  groups: Array<{ name: string; versions: Array<{ groupVersion: string; version: string }>; preferredVersion?: { version: string } }>;
}

/** "NetworkMap" -> "Network Map": a readable label when the cluster gives none. */
export const kindToLabel = (kind: string): string => kind.replace(/([a-z0-9])([A-Z])/g, '$1 $2');

/** The console's abbreviation: the capitals of the kind, at most four ("NetworkMap" -> "NM"). */
export const kindToAbbr = (kind: string): string => (kind.replace(/[^A-Z]/g, '') || kind.slice(0, 1).toUpperCase()).slice(0, 4);

const pluralLabel = (label: string): string =>
  /[^aeiou]y$/i.test(label) ? `${label.slice(0, -1)}ies` : /(s|x|ch|sh)$/i.test(label) ? `${label}es` : `${label}s`;

export const modelsFromResourceList = (list: APIResourceList): K8sModel[] => {
  const slash = list.groupVersion.indexOf('/');
  const apiGroup = slash < 0 ? undefined : list.groupVersion.slice(0, slash);
  const apiVersion = slash < 0 ? list.groupVersion : list.groupVersion.slice(slash + 1);
  return list.resources
    .filter((r) => !r.name.includes('/')) // subresources such as plans/status
    .map((r) => {
      const label = kindToLabel(r.kind);
      return {
        kind: r.kind,
        apiGroup,
        apiVersion,
        plural: r.name,
        namespaced: r.namespaced,
        abbr: kindToAbbr(r.kind),
        label,
        labelPlural: pluralLabel(label),
        verbs: r.verbs as K8sModel['verbs'],
        shortNames: r.shortNames,
        crd: apiGroup !== undefined,
      };
    });
};

export const modelReference = (m: K8sModel): string => getReference({ group: m.apiGroup, version: m.apiVersion, kind: m.kind });

type GetJSON = (url: string) => Promise<unknown>;

/** Models by `group~version~Kind`; core models also by their bare kind (the console's old form). */
export class DiscoveryStore {
  private models: Record<string, K8sModel> = {};
  private loaded = false;
  private snapshot: [Record<string, K8sModel>, boolean] = [{}, false];
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | undefined;

  constructor(private readonly getJSON: GetJSON) {}

  getSnapshot = (): [Record<string, K8sModel>, boolean] => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    void this.load();
    return () => this.listeners.delete(listener);
  };

  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Starts (once) and awaits discovery. A group that fails to answer is skipped, not fatal. */
  load(): Promise<void> {
    this.loading ??= this.fetchAll().catch((e) => {
      // Nothing answered at all: let the next caller try again.
      this.loading = undefined;
      throw e;
    });
    return this.loading;
  }

  private async fetchAll(): Promise<void> {
    const groups = (await this.getJSON(`${K8S_PREFIX}/apis`)) as APIGroupList;
    const groupVersions = ['api/v1', ...(groups.groups ?? []).flatMap((g) => g.versions.map((v) => `apis/${v.groupVersion}`))];
    const lists = await Promise.all(
      groupVersions.map((gv) => (this.getJSON(`${K8S_PREFIX}/${gv}`) as Promise<APIResourceList>).catch(() => undefined)),
    );
    const models: Record<string, K8sModel> = {};
    for (const list of lists) {
      if (!list?.resources) continue;
      for (const m of modelsFromResourceList(list)) {
        models[modelReference(m)] = m;
        if (!m.apiGroup) models[m.kind] = m;
      }
    }
    this.models = models;
    this.loaded = true;
    this.snapshot = [models, true];
    for (const l of [...this.listeners]) l();
  }

  /** Re-announce the models (after model metadata changed how they read). */
  touch(): void {
    this.snapshot = [this.models, this.loaded];
    for (const l of [...this.listeners]) l();
  }

  /** The model for a reference or group/version/kind, if the cluster serves it. */
  find(ref: string): K8sModel | undefined {
    return this.models[ref];
  }

  all(): Record<string, K8sModel> {
    return this.models;
  }
}
