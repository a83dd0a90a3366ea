// Field paths compiled to accessor closures, so a row lookup is a few property
// reads with no string splitting per row.
//
// Path rules (as `kubectl mtv` reads paths):
// - A field is read from an object only; any other value has no fields (null).
// - A field step that meets a list maps over the list's elements, as if `[*]`
//   were written before it: `disks.capacity` is every disk's capacity. Elements
//   that are themselves lists are skipped there (the CLI cannot step into them),
//   and a row that is a list has no fields.
// - `[*]` needs a list (else the path is null) and collects over its elements.
// - Collecting drops null results and splices a result that is a list into the
//   collection (one level per collecting step, so nested lists come out flat).
// - `[n]` needs a list, `['key']` an object; out of range or missing is null.

import type { PathSegment } from './ast';
import { normalize, type Value } from './semantics';

export type Accessor = (row: unknown) => Value;

const DIGITS = /^\d+$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Reads a path from a value the general way: the definition of the rules above. */
export function readPath(value: unknown, segments: readonly PathSegment[], from = 0): Value {
  let current: unknown = value;
  for (let i = from; i < segments.length; i++) {
    const segment = segments[i];
    switch (segment.kind) {
      case 'field':
        // Implicit [*] on a list a step reached (a row that is a list has no fields).
        if (Array.isArray(current) && i > from) return collect(current, segments, i);
        if (!isObject(current)) return null;
        current = normalize(current[segment.name]);
        break;
      case 'key':
        current = isObject(current) ? normalize(current[segment.key]) : null;
        break;
      case 'index':
        current = Array.isArray(current) ? normalize(current[segment.index]) : null;
        break;
      case 'wildcard':
        return Array.isArray(current) ? collect(current, segments, i + 1) : null;
    }
    if (current === null) return null;
  }
  return normalize(current);
}

/** Reads `segments[from..]` from every element of `list`, dropping nulls and splicing lists. */
function collect(list: readonly unknown[], segments: readonly PathSegment[], from: number): Value[] {
  const out: Value[] = [];
  const last = from >= segments.length;
  for (let i = 0; i < list.length; i++) {
    const element = list[i];
    // An element that is a list has no fields (a bracket step may still index it).
    const v = last ? normalize(element) : Array.isArray(element) && segments[from].kind === 'field' ? null : readPath(element, segments, from);
    if (v === null) continue;
    if (Array.isArray(v)) for (let j = 0; j < v.length; j++) out.push(normalize(v[j]));
    else out.push(v);
  }
  return out;
}

/** Compiles a path to an accessor; one or two plain names get a dedicated closure. */
export function compilePath(segments: readonly PathSegment[]): Accessor {
  const plain = segments.map((s) => plainFieldName([s]));
  const allPlain = plain.every((name) => name !== undefined);
  // Plain names (plainFieldName) can be read without checking what the value is:
  // only a method could come back from a non-object, and a method counts as missing.
  if (allPlain && plain.length === 1) {
    const a = plain[0] as string;
    return (row) => {
      const v = row == null ? undefined : (row as Record<string, unknown>)[a];
      return v === undefined || typeof v === 'function' ? null : (v as Value);
    };
  }
  if (allPlain && plain.length === 2) {
    const [a, b] = plain as [string, string];
    return (row) => {
      const o = row == null ? undefined : (row as Record<string, unknown>)[a];
      if (Array.isArray(o)) return readPath(row, segments); // through a list: every element's field
      const v = o == null || typeof o === 'function' ? undefined : (o as Record<string, unknown>)[b];
      return v === undefined || typeof v === 'function' ? null : (v as Value);
    };
  }
  return (row) => readPath(row, segments);
}

/**
 * For a path `list[*].x` (both single plain names, see plainFieldName), the
 * two names, so callers can loop over the list with inline reads. Undefined
 * for every other path (those go through readPath).
 */
export interface WildcardSplit {
  headName: string;
  tailName: string;
}

export function splitWildcard(segments: readonly PathSegment[]): WildcardSplit | undefined {
  if (segments.length !== 3 || segments[1].kind !== 'wildcard') return undefined;
  const headName = plainFieldName(segments.slice(0, 1));
  const tailName = plainFieldName(segments.slice(2));
  return headName !== undefined && tailName !== undefined ? { headName, tailName } : undefined;
}

/**
 * The name when the path is one plain field that the fast paths may read with
 * `value[name]` and no checks: on any value that is not a plain object such a
 * read gives undefined or a prototype method (both null), never a field value.
 * Digit names (an array would index), `length` (strings and arrays have one) and
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

/** True when the path collects values with `[*]`, so it is a list (or null) in every row. */
export function hasWildcard(segments: readonly PathSegment[]): boolean {
  return segments.some((s) => s.kind === 'wildcard');
}
