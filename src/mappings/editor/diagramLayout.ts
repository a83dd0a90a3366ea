/**
 * Geometry of the two-column drawing: fixed row heights, so the lines are
 * computed from row indices alone (no DOM measuring, nothing to re-run on
 * resize) and a test can pin them down.
 */
import type { MappingPair, MappingSource, MappingTarget } from './types';

export const ROW_HEIGHT = 64;
export const ROW_GAP = 8;
export const LINK_WIDTH = 120;

export const rowCenter = (index: number): number => index * (ROW_HEIGHT + ROW_GAP) + ROW_HEIGHT / 2;
export const columnHeight = (rows: number): number => Math.max(rows, 1) * (ROW_HEIGHT + ROW_GAP) - ROW_GAP;

/** An S-shaped cubic curve from the right edge of a source row to the left edge of a target row. */
export const linkPath = (sourceIndex: number, targetIndex: number, width = LINK_WIDTH): string => {
  const y1 = rowCenter(sourceIndex);
  const y2 = rowCenter(targetIndex);
  const mid = width / 2;
  return `M 0 ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${width} ${y2}`;
};

export interface DiagramRows {
  sources: (MappingSource & { missing?: boolean })[];
  targets: (MappingTarget & { missing?: boolean })[];
  links: { pairIndex: number; sourceRow: number; targetRow: number }[];
}

/**
 * The rows each column shows: the given sources and targets, then any a pair
 * names that are not in the lists (drawn as missing, so the user sees what to fix).
 */
export function diagramRows(pairs: MappingPair[], sources: MappingSource[], targets: MappingTarget[]): DiagramRows {
  const s: DiagramRows['sources'] = [...sources];
  const t: DiagramRows['targets'] = [...targets];
  const sIndex = new Map(s.map((x, i) => [x.id, i]));
  const tIndex = new Map(t.map((x, i) => [x.id, i]));
  const links = pairs.map((pair, pairIndex) => {
    if (!sIndex.has(pair.sourceId)) {
      sIndex.set(pair.sourceId, s.length);
      s.push({ id: pair.sourceId, name: pair.sourceId, missing: true });
    }
    if (!tIndex.has(pair.targetId)) {
      tIndex.set(pair.targetId, t.length);
      t.push({ id: pair.targetId, name: pair.targetId, missing: true });
    }
    return { pairIndex, sourceRow: sIndex.get(pair.sourceId)!, targetRow: tIndex.get(pair.targetId)! };
  });
  return { sources: s, targets: t, links };
}

/** Replace every pair of a source with one to `targetId`, at the place of its first pair (or at the end). */
export function setPairTarget(pairs: MappingPair[], sourceId: string, targetId: string): MappingPair[] {
  const first = pairs.findIndex((p) => p.sourceId === sourceId);
  if (first < 0) return [...pairs, { sourceId, targetId }];
  const kept = pairs[first];
  const next: MappingPair = { ...kept, targetId };
  return pairs.flatMap((p, i) => (i === first ? [next] : p.sourceId === sourceId ? [] : [p]));
}

export const removeSourcePairs = (pairs: MappingPair[], sourceId: string): MappingPair[] => pairs.filter((p) => p.sourceId !== sourceId);
