// Field paths compiled to accessor closures, so a row lookup is a few property
// reads with no string splitting per row.

import type { PathSegment } from './ast';
import { normalize, type Value } from './semantics';

export type Accessor = (row: unknown) => Value;

const DIGITS = /^\d+$/;

/** One non-wildcard step; null when the step does not apply. */
function step(value: unknown, segment: PathSegment): unknown {
  if (value === null || typeof value !== 'object') return null;
  switch (segment.kind) {
    case 'field':
      if (Array.isArray(value)) return DIGITS.test(segment.name) ? value[Number(segment.name)] : null;
      return (value as Record<string, unknown>)[segment.name];
    case 'key':
      return Array.isArray(value) ? null : (value as Record<string, unknown>)[segment.key];
    case 'index':
      return Array.isArray(value) ? value[segment.index] : null;
    case 'wildcard':
      return null; // handled by the caller
  }
}

/** Reads a path from a value the slow, general way (also used for wildcard tails). */
export function readPath(value: unknown, segments: readonly PathSegment[], from = 0): Value {
  let current: unknown = value;
  for (let i = from; i < segments.length; i++) {
    const segment = segments[i];
    if (segment.kind === 'wildcard') {
      if (!Array.isArray(current)) return null;
      const out: Value[] = [];
      const nested = segments.slice(i + 1).some((s) => s.kind === 'wildcard');
      for (const element of current) {
        const v = readPath(element, segments, i + 1);
        if (v === null) continue; // nulls are dropped from collected arrays
        if (nested && Array.isArray(v)) out.push(...v);
        else out.push(v);
      }
      return out;
    }
    current = normalize(step(current, segment));
    if (current === null) return null;
  }
  return normalize(current);
}

/** Compiles a path to an accessor; plain dotted names get a dedicated closure. */
export function compilePath(segments: readonly PathSegment[]): Accessor {
  const simple = segments.every((s) => s.kind === 'field' && !DIGITS.test(s.name));
  if (!simple) return (row) => readPath(row, segments);
  const names = segments.map((s) => (s as { name: string }).name);
  const get = (o: unknown, name: string): unknown =>
    o !== null && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>)[name] : undefined;
  if (names.length === 1) {
    const [a] = names;
    return (row) => normalize(get(row, a));
  }
  if (names.length === 2) {
    const [a, b] = names;
    return (row) => normalize(get(get(row, a), b));
  }
  if (names.length === 3) {
    const [a, b, c] = names;
    return (row) => normalize(get(get(get(row, a), b), c));
  }
  return (row) => {
    let o: unknown = row;
    for (const name of names) o = get(o, name);
    return normalize(o);
  };
}

/** True when the path collects values with `[*]`, so it is array-valued in every row. */
export function hasWildcard(segments: readonly PathSegment[]): boolean {
  return segments.some((s) => s.kind === 'wildcard');
}
