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
      // A `[*]` path is always an array: empty when there is nothing to collect.
      if (!Array.isArray(current)) return [];
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
    if (current === null) return segments.some((s, j) => j > i && s.kind === 'wildcard') ? [] : null;
  }
  return normalize(current);
}

/** Compiles a path to an accessor; plain dotted names get a dedicated closure. */
export function compilePath(segments: readonly PathSegment[]): Accessor {
  const star = segments.findIndex((s) => s.kind === 'wildcard');
  if (star >= 0) {
    const each = compileEach(segments);
    return (row) => {
      const out: Value[] = [];
      each(row, (v) => void out.push(v));
      return out; // empty when the base is missing: a `[*]` path is always an array
    };
  }
  const simple = segments.every((s) => s.kind === 'field' && !DIGITS.test(s.name));
  if (!simple) return (row) => readPath(row, segments);
  const names = segments.map((s) => (s as { name: string }).name);
  // Plain names (plainFieldName) can be read without checking what the value is:
  // only a method could come back from a non-object, and a method counts as missing.
  const plain = segments.map((s) => plainFieldName([s]));
  if (plain.length === 1 && plain[0] !== undefined) {
    const a = plain[0];
    return (row) => {
      const v = row == null ? undefined : (row as Record<string, unknown>)[a];
      return v === undefined || typeof v === 'function' ? null : (v as Value);
    };
  }
  if (plain.length === 2 && plain[0] !== undefined && plain[1] !== undefined) {
    const [a, b] = plain;
    return (row) => {
      const o = row == null ? undefined : (row as Record<string, unknown>)[a];
      const v = o == null || typeof o === 'function' ? undefined : (o as Record<string, unknown>)[b];
      return v === undefined || typeof v === 'function' ? null : (v as Value);
    };
  }
  const get = (o: unknown, name: string): unknown =>
    o !== null && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>)[name] : undefined;
  if (names.length === 2) {
    const [a, b] = names;
    return (row) => normalize(get(get(row, a), b));
  }
  return (row) => {
    let o: unknown = row;
    for (const name of names) o = get(o, name);
    return normalize(o);
  };
}

/**
 * Compiles a path with `[*]` into an iterator: `each(row, visit)` calls `visit`
 * for every collected non-null value (nested wildcards flattened) and returns
 * false when the path does not reach an array (nothing is visited). `visit`
 * may return true to stop early, which lets any()/all() avoid building arrays.
 */
export type EachFn = (row: unknown, visit: (v: Value) => boolean | void) => boolean;

export function compileEach(segments: readonly PathSegment[]): EachFn {
  const star = segments.findIndex((s) => s.kind === 'wildcard');
  const head = compilePath(segments.slice(0, star));
  const tailSegments = segments.slice(star + 1);
  const nested = tailSegments.some((s) => s.kind === 'wildcard');
  if (nested) {
    const tailEach = compileEach(tailSegments);
    return (row, visit) => {
      const list = head(row);
      if (!Array.isArray(list)) return false;
      let stop = false;
      const inner = (v: Value): boolean => (stop = visit(v) === true);
      for (let i = 0; i < list.length && !stop; i++) {
        tailEach(list[i], inner); // elements without the inner array contribute nothing
      }
      return true;
    };
  }
  const tail = tailSegments.length === 0 ? (v: unknown) => normalize(v) : compilePath(tailSegments);
  return (row, visit) => {
    const list = head(row);
    if (!Array.isArray(list)) return false;
    for (let i = 0; i < list.length; i++) {
      const v = tail(list[i]);
      if (v !== null && visit(v) === true) break;
    }
    return true;
  };
}

/**
 * For a path with exactly one `[*]`: accessors for the part before it (the
 * array) and after it (applied to each element), so callers can loop without
 * allocating, plus their names when they are single plain fields that may be
 * read inline (see plainFieldName). Undefined for paths with nested wildcards.
 */
export interface WildcardSplit {
  head: Accessor;
  tail: Accessor;
  headName: string | undefined;
  tailName: string | undefined;
}

export function splitWildcard(segments: readonly PathSegment[]): WildcardSplit | undefined {
  const star = segments.findIndex((s) => s.kind === 'wildcard');
  if (star < 0 || segments.slice(star + 1).some((s) => s.kind === 'wildcard')) return undefined;
  const headSegments = segments.slice(0, star);
  const tailSegments = segments.slice(star + 1);
  return {
    head: compilePath(headSegments),
    tail: tailSegments.length === 0 ? (v) => normalize(v) : compilePath(tailSegments),
    headName: plainFieldName(headSegments),
    tailName: plainFieldName(tailSegments),
  };
}

/**
 * The name when the path is one plain field that the fast paths may read with
 * `value[name]` and no checks: on any value that is not a plain object such a
 * read gives undefined or a prototype method (both null), never a field value.
 * Digit names (array indexes), `length` (strings and arrays have one) and
 * `__proto__` (gives a prototype object) are excluded because there the direct
 * read and the rules differ. Callers still route any value that is not of the
 * type they expect through the general accessor, so undefined and methods
 * become null exactly as the rules say.
 */
export function plainFieldName(segments: readonly PathSegment[]): string | undefined {
  if (segments.length !== 1) return undefined;
  const [segment] = segments;
  return segment.kind === 'field' && !DIGITS.test(segment.name) && segment.name !== 'length' && segment.name !== '__proto__' ? segment.name : undefined;
}

/** True when the path collects values with `[*]`, so it is array-valued in every row. */
export function hasWildcard(segments: readonly PathSegment[]): boolean {
  return segments.some((s) => s.kind === 'wildcard');
}
