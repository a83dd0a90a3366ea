/**
 * The create/edit form of a NetworkMap or StorageMap, apart from React: the
 * zod schema the fields and the previews share, the builders from form values
 * to the object (and back from an existing map), the JSON patch of an edit and
 * the equivalent `kubectl mtv` command.
 *
 * Schema messages are codes (see formMessages.ts for the words), so this file
 * stays free of i18n.
 */
import type { Patch } from '@openshift-console/dynamic-plugin-sdk';
import * as z from 'zod/mini';
import '../../utils/zodEnglish';
import type { MtvCommand } from '../../k8s/write/kubectlMtv';
import type { V1beta1Map } from '../../k8s/types';
import type { SourceItem } from '../data/sourceResources';
import { formatPairs } from '../editor/pairSyntax';
import { ACCESS_MODES, IGNORED_TARGET, OFFLOAD_VENDORS, POD_TARGET, VOLUME_MODES, type MappingKind, type MappingPair, type MappingSource, type OffloadVendor } from '../editor/types';

export const API_VERSION = 'forklift.konveyor.io/v1beta1';
export const KIND: Record<MappingKind, 'NetworkMap' | 'StorageMap'> = { network: 'NetworkMap', storage: 'StorageMap' };

/** DNS-1123 subdomain, as the API server requires for object names. */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const pairSchema = z.object({
  sourceId: z.string().check(z.minLength(1, 'sourceRequired')),
  targetId: z.string().check(z.minLength(1, 'targetRequired')),
  volumeMode: z.optional(z.enum(VOLUME_MODES)),
  accessMode: z.optional(z.enum(ACCESS_MODES)),
  offload: z.optional(z.object({ vendor: z.enum(OFFLOAD_VENDORS), secret: z.string().check(z.minLength(1)), migrationHosts: z.optional(z.array(z.string())) })),
  otherOffload: z.optional(z.record(z.string(), z.unknown())),
});

export const mapFormSchema = z.object({
  name: z.string().check(z.minLength(1, 'nameRequired'), z.maxLength(253, 'nameTooLong'), z.regex(DNS_SUBDOMAIN, 'nameInvalid')),
  sourceProvider: z.string().check(z.minLength(1, 'sourceProviderRequired')),
  targetProvider: z.string().check(z.minLength(1, 'targetProviderRequired')),
  pairs: z.array(pairSchema).check(z.minLength(1, 'pairsRequired')),
});

export type MapFormValues = z.infer<typeof mapFormSchema>;
export type MapFormErrorCode =
  | 'sourceRequired'
  | 'targetRequired'
  | 'nameRequired'
  | 'nameTooLong'
  | 'nameInvalid'
  | 'sourceProviderRequired'
  | 'targetProviderRequired'
  | 'pairsRequired';

type SpecSource = { id?: string; name?: string; namespace?: string; type?: string };
type XcopyConfig = { secretRef?: string; storageVendorProduct?: string; dedicatedMigrationHosts?: string[] };
type SpecPair = { source?: SpecSource; destination?: Record<string, unknown>; offloadPlugin?: Record<string, unknown> & { vsphereXcopyConfig?: XcopyConfig } };

/** A storage pair's offload plugin as the editor holds it: vSphere XCOPY it edits, anything else carried as is. */
const offloadOf = (plugin: SpecPair['offloadPlugin']): Pick<MappingPair, 'offload' | 'otherOffload'> => {
  if (!plugin) return {};
  const xcopy = plugin.vsphereXcopyConfig;
  const onlyXcopy = Object.keys(plugin).length === 1 && xcopy;
  if (onlyXcopy && (OFFLOAD_VENDORS as readonly string[]).includes(xcopy.storageVendorProduct ?? '') && xcopy.secretRef) {
    return {
      offload: {
        vendor: xcopy.storageVendorProduct as OffloadVendor,
        secret: xcopy.secretRef,
        ...(xcopy.dedicatedMigrationHosts?.length ? { migrationHosts: xcopy.dedicatedMigrationHosts } : {}),
      },
    };
  }
  return { otherOffload: plugin };
};

/** `offloadPlugin` of a storage pair written back. */
const specOffload = (pair: MappingPair): Record<string, unknown> | undefined => {
  if (pair.offload) {
    const { vendor, secret, migrationHosts } = pair.offload;
    return { vsphereXcopyConfig: { secretRef: secret, storageVendorProduct: vendor, ...(migrationHosts?.length ? { dedicatedMigrationHosts: migrationHosts } : {}) } };
  }
  return pair.otherOffload;
};

/** The editor's source id for a map's `source` (the pod network of an OpenShift source is `pod`). */
export const sourceIdOf = (source: SpecSource | undefined, sources: readonly MappingSource[] = []): string => {
  if (!source) return '';
  if (source.type === 'pod') return POD_TARGET;
  if (source.id) return source.id;
  const full = source.namespace ? `${source.namespace}/${source.name}` : source.name;
  return sources.find((s) => s.name === full)?.id ?? full ?? '';
};

/** The editor's pairs of an existing map. NADs without a namespace are in the map's namespace. */
export function pairsOfMap(kind: MappingKind, map: V1beta1Map, sources: readonly MappingSource[] = []): MappingPair[] {
  const namespace = map.metadata?.namespace ?? '';
  return ((map.spec?.map ?? []) as SpecPair[]).map((p) => {
    const sourceId = sourceIdOf(p.source, sources);
    const d = (p.destination ?? {}) as { type?: string; name?: string; namespace?: string; storageClass?: string; volumeMode?: string; accessMode?: string };
    if (kind === 'network') {
      const targetId = d.type === 'pod' ? POD_TARGET : d.type === 'ignored' ? IGNORED_TARGET : `${d.namespace || namespace}/${d.name ?? ''}`;
      return { sourceId, targetId };
    }
    return {
      sourceId,
      targetId: d.storageClass ?? '',
      ...((VOLUME_MODES as readonly string[]).includes(d.volumeMode ?? '') ? { volumeMode: d.volumeMode as MappingPair['volumeMode'] } : {}),
      ...((ACCESS_MODES as readonly string[]).includes(d.accessMode ?? '') ? { accessMode: d.accessMode as MappingPair['accessMode'] } : {}),
      ...offloadOf(p.offloadPlugin),
    };
  });
}

/** The form values of an existing map. */
export const valuesOfMap = (kind: MappingKind, map: V1beta1Map, sources: readonly MappingSource[] = []): MapFormValues => ({
  name: map.metadata?.name ?? '',
  sourceProvider: map.spec?.provider?.source?.name ?? '',
  targetProvider: map.spec?.provider?.destination?.name ?? '',
  pairs: pairsOfMap(kind, map, sources),
});

/** What `spec.map[].source` holds for a pair: from the inventory when known, else as the original map had it. */
function specSource(sourceId: string, sources: readonly SourceItem[], original?: V1beta1Map): SpecSource {
  const s = sources.find((x) => x.id === sourceId);
  if (s?.type === 'pod') return { type: 'pod' };
  if (s?.namespace) return { id: s.id, name: s.name.slice(s.namespace.length + 1), namespace: s.namespace };
  if (s) return { id: s.id, name: s.name };
  const kept = ((original?.spec?.map ?? []) as SpecPair[]).find((p) => sourceIdOf(p.source) === sourceId)?.source;
  return kept ?? { id: sourceId };
}

function specDestination(kind: MappingKind, pair: MappingPair): Record<string, unknown> {
  if (kind === 'storage') {
    return { storageClass: pair.targetId, ...(pair.volumeMode ? { volumeMode: pair.volumeMode } : {}), ...(pair.accessMode ? { accessMode: pair.accessMode } : {}) };
  }
  if (pair.targetId === POD_TARGET) return { type: 'pod' };
  if (pair.targetId === IGNORED_TARGET) return { type: 'ignored' };
  const slash = pair.targetId.indexOf('/');
  return { type: 'multus', namespace: pair.targetId.slice(0, slash), name: pair.targetId.slice(slash + 1) };
}

/** `spec.map` for the pairs. */
export const specMap = (kind: MappingKind, pairs: readonly MappingPair[], sources: readonly SourceItem[], original?: V1beta1Map) =>
  pairs.map((pair) => {
    const offloadPlugin = kind === 'storage' ? specOffload(pair) : undefined;
    return { source: specSource(pair.sourceId, sources, original), destination: specDestination(kind, pair), ...(offloadPlugin ? { offloadPlugin } : {}) };
  });

/** The object a create writes. Providers are in the map's namespace (the form lists that namespace's providers). */
export function toMapObject(kind: MappingKind, values: MapFormValues, namespace: string, sources: readonly SourceItem[]): V1beta1Map {
  return {
    apiVersion: API_VERSION,
    kind: KIND[kind],
    metadata: { name: values.name, namespace },
    spec: {
      provider: {
        source: { name: values.sourceProvider, namespace },
        destination: { name: values.targetProvider, namespace },
      },
      map: specMap(kind, values.pairs, sources),
    },
  };
}

/** The object an edit would leave (the current one with the new pairs), for the preview. */
export const editedMapObject = (kind: MappingKind, current: V1beta1Map, pairs: readonly MappingPair[], sources: readonly SourceItem[]): V1beta1Map => ({
  ...current,
  spec: { ...current.spec, map: specMap(kind, pairs, sources, current) },
});

/** The JSON patch of an edit, computed on `current` (so a retry after a 409 recomputes it on the fresh object). */
export function editPatch(kind: MappingKind, current: V1beta1Map, pairs: readonly MappingPair[], sources: readonly SourceItem[]): Patch[] {
  const next = specMap(kind, pairs, sources, current);
  if (JSON.stringify(next) === JSON.stringify(current.spec?.map ?? [])) return [];
  if (!current.spec) return [{ op: 'add', path: '/spec', value: { map: next } }];
  return [{ op: current.spec.map ? 'replace' : 'add', path: '/spec/map', value: next }];
}

const pairsFlag = (kind: MappingKind) => (kind === 'network' ? 'network-pairs' : 'storage-pairs');

/** `kubectl mtv create mapping network|storage ...` for a create. `skipped`: sources the syntax cannot name. */
export function createCommand(kind: MappingKind, values: MapFormValues, namespace: string, sources: readonly MappingSource[]): { command: MtvCommand; skipped: string[] } {
  const { text, skipped } = formatPairs(kind, values.pairs, [...sources]);
  return {
    command: {
      verb: ['create', 'mapping', kind],
      namespace,
      flags: [
        { name: 'name', value: values.name },
        { name: 'source', value: values.sourceProvider },
        { name: 'target', value: values.targetProvider },
        { name: pairsFlag(kind), value: text },
      ],
    },
    skipped,
  };
}

/**
 * `kubectl mtv patch mapping network|storage --name N --add-pairs/--update-pairs/--remove-pairs`
 * for an edit, from the difference by source (kubectl-mtv patches pairs by source name).
 */
export function patchCommand(
  kind: MappingKind,
  name: string,
  namespace: string,
  before: readonly MappingPair[],
  after: readonly MappingPair[],
  sources: readonly MappingSource[],
): { command: MtvCommand; skipped: string[]; empty: boolean } {
  const first = (pairs: readonly MappingPair[]) => {
    const m = new Map<string, MappingPair>();
    for (const p of pairs) if (!m.has(p.sourceId)) m.set(p.sourceId, p);
    return m;
  };
  const old = first(before);
  const now = first(after);
  const added = [...now.values()].filter((p) => !old.has(p.sourceId));
  const updated = [...now.values()].filter((p) => old.has(p.sourceId) && JSON.stringify(old.get(p.sourceId)) !== JSON.stringify(p));
  const removed = [...old.keys()].filter((id) => !now.has(id));
  const list = [...sources];
  const add = formatPairs(kind, added, list);
  const update = formatPairs(kind, updated, list);
  const names = removed.map((id) => list.find((s) => s.id === id)?.name);
  const removeNames = names.filter((n): n is string => !!n);
  return {
    command: {
      verb: ['patch', 'mapping', kind],
      namespace,
      flags: [
        { name: 'name', value: name },
        { name: 'add-pairs', value: add.text },
        { name: 'update-pairs', value: update.text },
        { name: 'remove-pairs', value: removeNames.join(',') },
      ],
    },
    skipped: [...add.skipped, ...update.skipped, ...removed.filter((_, i) => !names[i])],
    empty: added.length + updated.length + removed.length === 0,
  };
}
