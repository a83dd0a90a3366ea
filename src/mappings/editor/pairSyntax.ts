/**
 * The `kubectl mtv` pair syntax, both ways, as `kubectl mtv create mapping`
 * reads it (yaacov/kubectl-mtv, pkg/cmd/create/mapping):
 *
 *   network: `source:target[,source:target...]`, split at the first `:`;
 *            target `default` = the pod network, `ignored`, `namespace/name`
 *            (a NAD), or a bare `name` = a NAD in the map's namespace.
 *            A source may end in `@<vlan>` (not supported here: reported).
 *   storage: `source:class[;volumeMode=Filesystem|Block][;accessMode=ReadWriteOnce|ReadWriteMany|ReadOnlyMany]`
 *            `[;offloadPlugin=vsphere;offloadVendor=<vendor>;offloadSecret=<secret>[;offloadMigrationHosts=<host>+<host>]]`;
 *            a `namespace/class` target keeps only the class (as kubectl-mtv
 *            does). Copy offload needs plugin and vendor together (as
 *            kubectl-mtv checks) and, stricter than it, the secret too (the
 *            CRD requires secretRef) and no offload option without the plugin.
 *
 * Whitespace around every part is ignored; empty pairs are skipped. Sources are
 * written by name (kubectl-mtv resolves names through the inventory), so
 * `resolvePairs` maps names back to ids; a name shared by several sources maps
 * all of them, as kubectl-mtv does. Errors carry the offset and length of the
 * text they concern; messages are translated by the UI (pairSyntaxMessages).
 */
import {
  ACCESS_MODES,
  IGNORED_TARGET,
  POD_TARGET,
  VOLUME_MODES,
  isMultusTarget,
  type AccessMode,
  type MappingKind,
  type MappingPair,
  type MappingSource,
  type OffloadVendor,
  type StorageOffload,
  type VolumeMode,
  OFFLOAD_VENDORS,
} from './types';

export type PairSyntaxCode =
  | 'missingColon'
  | 'emptySource'
  | 'emptyTarget'
  | 'emptyNamespace'
  | 'emptyName'
  | 'vlanUnsupported'
  | 'optionWithoutValue'
  | 'badVolumeMode'
  | 'badAccessMode'
  | 'badOffloadPlugin'
  | 'badOffloadVendor'
  | 'offloadIncomplete'
  | 'unknownOption'
  | 'unknownSource';

export interface PairSyntaxError {
  code: PairSyntaxCode;
  /** 0-based offset into the text; the column is offset + 1 (the syntax is one line). */
  offset: number;
  length: number;
  /** The text at fault (an option name, a source name, ...). */
  value: string;
}

/** A pair as written, before its source name is matched to inventory ids. */
export interface ParsedPair {
  sourceName: string;
  sourceOffset: number;
  targetId: string;
  volumeMode?: VolumeMode;
  accessMode?: AccessMode;
  offload?: StorageOffload;
}

interface Span {
  text: string;
  offset: number;
}

const trim = (span: Span): Span => {
  const start = span.text.length - span.text.trimStart().length;
  return { text: span.text.trim(), offset: span.offset + start };
};

/** Split like Go's strings.Split / SplitN(…, 2), keeping offsets. */
const split = (span: Span, sep: string, limit = Infinity): Span[] => {
  const out: Span[] = [];
  let start = 0;
  while (out.length < limit - 1) {
    const at = span.text.indexOf(sep, start);
    if (at < 0) break;
    out.push({ text: span.text.slice(start, at), offset: span.offset + start });
    start = at + sep.length;
  }
  out.push({ text: span.text.slice(start), offset: span.offset + start });
  return out;
};

const error = (code: PairSyntaxCode, span: Span, length = span.text.length): PairSyntaxError => ({
  code,
  offset: span.offset,
  length: Math.max(length, 1),
  value: span.text,
});

/** Parse the network pair syntax. `namespace` is the map's, used for a bare NAD name. */
export function parseNetworkPairs(text: string, namespace: string): { pairs: ParsedPair[]; errors: PairSyntaxError[] } {
  const pairs: ParsedPair[] = [];
  const errors: PairSyntaxError[] = [];
  for (const raw of split({ text, offset: 0 }, ',')) {
    const pair = trim(raw);
    if (!pair.text) continue;
    const parts = split(pair, ':', 2);
    if (parts.length < 2) {
      errors.push(error('missingColon', pair));
      continue;
    }
    const source = trim(parts[0]);
    const target = trim(parts[1]);
    if (!source.text) {
      errors.push(error('emptySource', { text: pair.text, offset: pair.offset }, 1));
      continue;
    }
    const at = source.text.lastIndexOf('@');
    if (at >= 0) {
      errors.push(error('vlanUnsupported', { text: source.text.slice(at), offset: source.offset + at }));
      continue;
    }
    if (!target.text) {
      errors.push(error('emptyTarget', { text: '', offset: parts[1].offset }, 1));
      continue;
    }
    let targetId: string;
    if (target.text.includes('/')) {
      const [ns, name] = split(target, '/', 2).map(trim);
      if (!ns.text) {
        errors.push(error('emptyNamespace', target));
        continue;
      }
      if (!name.text) {
        errors.push(error('emptyName', target));
        continue;
      }
      targetId = `${ns.text}/${name.text}`;
    } else if (target.text === 'default') targetId = POD_TARGET;
    else if (target.text === 'ignored') targetId = IGNORED_TARGET;
    else targetId = `${namespace}/${target.text}`;
    pairs.push({ sourceName: source.text, sourceOffset: source.offset, targetId });
  }
  return { pairs, errors };
}

const OFFLOAD_PLUGIN = 'vsphere';

/** Parse the storage pair syntax. */
export function parseStoragePairs(text: string): { pairs: ParsedPair[]; errors: PairSyntaxError[] } {
  const pairs: ParsedPair[] = [];
  const errors: PairSyntaxError[] = [];
  for (const raw of split({ text, offset: 0 }, ',')) {
    const pair = trim(raw);
    if (!pair.text) continue;
    const [main, ...options] = split(pair, ';').map(trim);
    const parts = split(main, ':', 2);
    if (parts.length < 2) {
      errors.push(error('missingColon', main));
      continue;
    }
    const source = trim(parts[0]);
    let target = trim(parts[1]);
    if (!source.text) {
      errors.push(error('emptySource', main, 1));
      continue;
    }
    if (target.text.includes('/')) target = trim(split(target, '/', 2)[1]);
    if (!target.text) {
      errors.push(error('emptyTarget', { text: '', offset: target.offset }, 1));
      continue;
    }
    const parsed: ParsedPair = { sourceName: source.text, sourceOffset: source.offset, targetId: target.text };
    let ok = true;
    const offload: { plugin?: string; vendor?: OffloadVendor; secret?: string; hosts?: string[] } = {};
    for (const option of options) {
      if (!option.text) continue;
      const kv = split(option, '=', 2).map(trim);
      if (kv.length < 2) {
        errors.push(error('optionWithoutValue', option));
        ok = false;
        continue;
      }
      const [key, value] = kv;
      if (key.text === 'volumeMode') {
        if ((VOLUME_MODES as readonly string[]).includes(value.text)) parsed.volumeMode = value.text as VolumeMode;
        else {
          errors.push(error('badVolumeMode', value));
          ok = false;
        }
      } else if (key.text === 'accessMode') {
        if ((ACCESS_MODES as readonly string[]).includes(value.text)) parsed.accessMode = value.text as AccessMode;
        else {
          errors.push(error('badAccessMode', value));
          ok = false;
        }
      } else if (key.text === 'offloadPlugin') {
        if (value.text === OFFLOAD_PLUGIN) offload.plugin = value.text;
        else {
          errors.push(error('badOffloadPlugin', value));
          ok = false;
        }
      } else if (key.text === 'offloadVendor') {
        if ((OFFLOAD_VENDORS as readonly string[]).includes(value.text)) offload.vendor = value.text as OffloadVendor;
        else {
          errors.push(error('badOffloadVendor', value));
          ok = false;
        }
      } else if (key.text === 'offloadSecret') {
        offload.secret = value.text;
      } else if (key.text === 'offloadMigrationHosts') {
        offload.hosts = value.text.split('+').map((h) => h.trim()).filter(Boolean);
      } else {
        errors.push(error('unknownOption', key));
        ok = false;
      }
    }
    const anyOffload = offload.plugin !== undefined || offload.vendor !== undefined || offload.secret !== undefined || offload.hosts !== undefined;
    if (ok && anyOffload) {
      if (!offload.plugin || !offload.vendor || !offload.secret) {
        errors.push(error('offloadIncomplete', main));
        ok = false;
      } else {
        parsed.offload = { vendor: offload.vendor, secret: offload.secret, ...(offload.hosts?.length ? { migrationHosts: offload.hosts } : {}) };
      }
    }
    if (ok) pairs.push(parsed);
  }
  return { pairs, errors };
}

export const parsePairs = (kind: MappingKind, text: string, namespace: string) =>
  kind === 'network' ? parseNetworkPairs(text, namespace) : parseStoragePairs(text);

/**
 * Match parsed source names to sources (every source with that name, in the
 * order the sources are listed). An unknown name is an error at its offset.
 */
export function resolvePairs(parsed: ParsedPair[], sources: MappingSource[]): { pairs: MappingPair[]; errors: PairSyntaxError[] } {
  const byName = new Map<string, MappingSource[]>();
  for (const s of sources) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const pairs: MappingPair[] = [];
  const errors: PairSyntaxError[] = [];
  for (const p of parsed) {
    const matches = byName.get(p.sourceName);
    if (!matches) {
      errors.push({ code: 'unknownSource', offset: p.sourceOffset, length: p.sourceName.length, value: p.sourceName });
      continue;
    }
    for (const s of matches) {
      pairs.push({
        sourceId: s.id,
        targetId: p.targetId,
        ...(p.volumeMode ? { volumeMode: p.volumeMode } : {}),
        ...(p.accessMode ? { accessMode: p.accessMode } : {}),
        ...(p.offload ? { offload: p.offload } : {}),
      });
    }
  }
  return { pairs, errors };
}

/** Why a source name cannot be written in the syntax (kubectl-mtv would split or trim it). */
export function unrepresentableName(kind: MappingKind, name: string): boolean {
  if (!name || name.trim() !== name) return true;
  if (/[,:]/.test(name)) return true;
  if (kind === 'network' && name.includes('@')) return true;
  if (kind === 'storage' && name.includes(';')) return true;
  return false;
}

export interface FormattedPairs {
  text: string;
  /** Source ids left out: unknown here, or a name the syntax cannot carry. */
  skipped: string[];
}

/** The part after the colon: the target, and for storage its options. */
export const formatTarget = (kind: MappingKind, pair: MappingPair): string => {
  if (kind === 'storage') {
    const offload = pair.offload;
    return [
      pair.targetId,
      pair.volumeMode && `volumeMode=${pair.volumeMode}`,
      pair.accessMode && `accessMode=${pair.accessMode}`,
      offload && `offloadPlugin=${OFFLOAD_PLUGIN}`,
      offload && `offloadVendor=${offload.vendor}`,
      offload && `offloadSecret=${offload.secret}`,
      offload?.migrationHosts?.length && `offloadMigrationHosts=${offload.migrationHosts.join('+')}`,
    ]
      .filter(Boolean)
      .join(';');
  }
  if (pair.targetId === POD_TARGET) return 'default';
  if (pair.targetId === IGNORED_TARGET) return 'ignored';
  return isMultusTarget(pair.targetId) ? pair.targetId : `${pair.targetId}`;
};

/** Write pairs in the syntax (namespaced NAD ids always in full, so the text does not depend on the map's namespace). */
export function formatPairs(kind: MappingKind, pairs: MappingPair[], sources: MappingSource[]): FormattedPairs {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const parts: string[] = [];
  const skipped: string[] = [];
  for (const pair of pairs) {
    const source = byId.get(pair.sourceId);
    if (!source || unrepresentableName(kind, source.name)) {
      skipped.push(pair.sourceId);
      continue;
    }
    parts.push(`${source.name}:${formatTarget(kind, pair)}`);
  }
  return { text: parts.join(','), skipped };
}
