/**
 * Checks a map's pairs before anything is written. Each issue names the pair
 * (by index) or the source it concerns, so the editor shows it right there;
 * the UI translates the codes (checkMessages). Errors block a save, warnings
 * do not.
 */
import { IGNORED_TARGET, POD_TARGET, isMultusTarget, type MappingKind, type MappingPair, type MappingSource, type MappingTarget } from './types';

export type CheckCode =
  /** A second (third, ...) source goes to the pod network. */
  | 'podTwice'
  /** The source already has a pair above. */
  | 'duplicateSource'
  /** A source the chosen VMs use has no pair (map it or mark it ignored). */
  | 'requiredUnmapped'
  /** Several sources share one Multus network (allowed, but usually a mistake). */
  | 'sharedMultus'
  /** The target is not among the targets of the target cluster. */
  | 'targetMissing'
  /** The source is not in the source provider's inventory. */
  | 'sourceMissing'
  /** `ignored` is only a network target. */
  | 'ignoredStorage'
  /** A row whose target was not chosen yet. */
  | 'noTarget'
  /** Copy offload on a pair whose source provider is not vSphere (Forklift offloads only vSphere disks). */
  | 'offloadNotVsphere';

export interface MappingIssue {
  code: CheckCode;
  severity: 'error' | 'warning';
  /** The pair it concerns; absent for a required source with no pair. */
  pairIndex?: number;
  sourceId: string;
  /** For podTwice/duplicateSource: the pair that came first; for sharedMultus: the NAD. */
  other?: string;
}

export interface CheckInput {
  kind: MappingKind;
  pairs: MappingPair[];
  sources: MappingSource[];
  targets: MappingTarget[];
  requiredSourceIds?: string[];
  /** Skip the existence checks while a list is still loading (nothing is "missing" yet). */
  sourcesLoaded?: boolean;
  targetsLoaded?: boolean;
  /** False when the source provider cannot offload copies (only vSphere can). */
  offloadAllowed?: boolean;
}

export function checkPairs({ kind, pairs, sources, targets, requiredSourceIds = [], sourcesLoaded = true, targetsLoaded = true, offloadAllowed = true }: CheckInput): MappingIssue[] {
  const issues: MappingIssue[] = [];
  const sourceIds = new Set(sources.map((s) => s.id));
  const targetIds = new Set(targets.map((t) => t.id));
  const firstBySource = new Map<string, number>();
  let firstPod = -1;
  const multusUsers = new Map<string, number[]>();

  pairs.forEach((pair, index) => {
    const at = { pairIndex: index, sourceId: pair.sourceId };
    if (firstBySource.has(pair.sourceId)) {
      issues.push({ code: 'duplicateSource', severity: 'error', ...at, other: String(firstBySource.get(pair.sourceId)) });
    } else firstBySource.set(pair.sourceId, index);
    if (sourcesLoaded && !sourceIds.has(pair.sourceId)) issues.push({ code: 'sourceMissing', severity: 'error', ...at });
    if (kind === 'storage' && pair.offload && !offloadAllowed) issues.push({ code: 'offloadNotVsphere', severity: 'error', ...at });

    if (!pair.targetId) {
      issues.push({ code: 'noTarget', severity: 'error', ...at });
    } else if (kind === 'network') {
      if (pair.targetId === POD_TARGET) {
        if (firstPod >= 0) issues.push({ code: 'podTwice', severity: 'error', ...at, other: pairs[firstPod].sourceId });
        else firstPod = index;
      } else if (pair.targetId !== IGNORED_TARGET) {
        if (isMultusTarget(pair.targetId)) multusUsers.set(pair.targetId, [...(multusUsers.get(pair.targetId) ?? []), index]);
        if (targetsLoaded && !targetIds.has(pair.targetId)) issues.push({ code: 'targetMissing', severity: 'error', ...at, other: pair.targetId });
      }
    } else if (pair.targetId === IGNORED_TARGET && !targetIds.has(IGNORED_TARGET)) {
      issues.push({ code: 'ignoredStorage', severity: 'error', ...at });
    } else if (targetsLoaded && !targetIds.has(pair.targetId)) {
      issues.push({ code: 'targetMissing', severity: 'error', ...at, other: pair.targetId });
    }
  });

  for (const [nad, indices] of multusUsers) {
    // Several pairs of the same source are already a duplicateSource error.
    if (new Set(indices.map((i) => pairs[i].sourceId)).size < 2) continue;
    for (const index of indices) issues.push({ code: 'sharedMultus', severity: 'warning', pairIndex: index, sourceId: pairs[index].sourceId, other: nad });
  }

  for (const id of new Set(requiredSourceIds)) {
    if (!firstBySource.has(id)) issues.push({ code: 'requiredUnmapped', severity: 'error', sourceId: id });
  }
  return issues;
}

export const hasErrors = (issues: MappingIssue[]): boolean => issues.some((i) => i.severity === 'error');

/** Issues for one pair (by index) and, for a source with no pair, by source. */
export const issuesAtPair = (issues: MappingIssue[], index: number) => issues.filter((i) => i.pairIndex === index);
export const issuesAtSource = (issues: MappingIssue[], sourceId: string) => issues.filter((i) => i.sourceId === sourceId);
