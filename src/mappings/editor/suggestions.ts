/**
 * Suggested pairs for the sources that have none yet. Nothing here changes a
 * map: the editor lists the suggestions and applies them only when the user
 * accepts.
 *
 *  1. By name similarity: the most similar target whose score reaches
 *     SIMILARITY_THRESHOLD (word overlap and character bigrams, so
 *     "VLAN 110" finds "vlan-110-prod" and "ssd-fast" finds "fast-ssd").
 *  2. Defaults for what is left: storage → the default StorageClass;
 *     network → the pod network for the first source (most VMs first) when no
 *     pair uses it yet. Other networks get no default: guessing a VLAN is worse
 *     than asking.
 */
import { IGNORED_TARGET, POD_TARGET, type MappingKind, type MappingPair, type MappingSource, type MappingTarget } from './types';

export type SuggestionReason = 'similarName' | 'defaultStorageClass' | 'podNetwork';

export interface Suggestion {
  pair: MappingPair;
  reason: SuggestionReason;
  /** 0..1 for similarName, 1 for defaults. */
  score: number;
}

export const SIMILARITY_THRESHOLD = 0.5;

const words = (s: string): string[] => s.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

const bigrams = (s: string): string[] => {
  const compact = words(s).join(' ');
  const out: string[] = [];
  for (let i = 0; i < compact.length - 1; i++) out.push(compact.slice(i, i + 2));
  return out;
};

/** Sørensen–Dice of two multisets. */
const dice = (a: string[], b: string[]): number => {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const y of b) {
    const n = counts.get(y) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(y, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
};

/** Similarity of two names, 0..1: the better of word overlap and character-bigram overlap. */
export function nameSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  if (wa.join(' ') === wb.join(' ')) return 1;
  return Math.max(dice(wa, wb), dice(bigrams(a), bigrams(b)));
}

/** The part of a target's name to compare: a NAD's name without its namespace. */
const comparable = (t: MappingTarget) => (t.id.includes('/') ? t.id.slice(t.id.indexOf('/') + 1) : t.name);

export function suggestPairs(kind: MappingKind, sources: MappingSource[], targets: MappingTarget[], pairs: MappingPair[]): Suggestion[] {
  const mapped = new Set(pairs.map((p) => p.sourceId));
  const open = sources.filter((s) => !mapped.has(s.id));
  const candidates = targets.filter((t) => t.id !== IGNORED_TARGET && (kind === 'storage' || t.id !== POD_TARGET));
  const out: Suggestion[] = [];
  const unmatched: MappingSource[] = [];
  for (const source of open) {
    let best: { target: MappingTarget; score: number } | undefined;
    for (const target of candidates) {
      const score = nameSimilarity(source.name, comparable(target));
      if (score >= SIMILARITY_THRESHOLD && (!best || score > best.score)) best = { target, score };
    }
    if (best) out.push({ pair: { sourceId: source.id, targetId: best.target.id }, reason: 'similarName', score: best.score });
    else unmatched.push(source);
  }

  if (kind === 'storage') {
    const def = targets.find((t) => t.isDefault);
    if (def) for (const s of unmatched) out.push({ pair: { sourceId: s.id, targetId: def.id }, reason: 'defaultStorageClass', score: 1 });
  } else if (targets.some((t) => t.id === POD_TARGET) && !pairs.some((p) => p.targetId === POD_TARGET) && unmatched.length > 0) {
    // "First" = the one most VMs use (stable on ties), so the pod network serves the most machines.
    const first = [...unmatched].sort((a, b) => (b.vmCount ?? 0) - (a.vmCount ?? 0))[0];
    out.push({ pair: { sourceId: first.id, targetId: POD_TARGET }, reason: 'podNetwork', score: 1 });
  }
  // In the order of the sources, so the list reads like the editor.
  const order = new Map(sources.map((s, i) => [s.id, i]));
  return out.sort((a, b) => order.get(a.pair.sourceId)! - order.get(b.pair.sourceId)!);
}

/** Add accepted suggestions to the pairs (a source that got a pair meanwhile keeps it). */
export function applySuggestions(pairs: MappingPair[], accepted: Suggestion[]): MappingPair[] {
  const mapped = new Set(pairs.map((p) => p.sourceId));
  return [...pairs, ...accepted.filter((s) => !mapped.has(s.pair.sourceId)).map((s) => s.pair)];
}
