// Value semantics shared by the compiler (its slow paths) and by the test
// interpreter. The rules, in one place:
// - Values are null, boolean, number, string, arrays and objects. A missing field is null.
//   A path through a list (with `[*]`, or a field step that meets a list) is a list,
//   or null when the list itself is missing (see paths.ts).
// - len/sum/any/all of null are null; of another non-list a type error. any() is true when
//   some element is exactly true; all() is false for [] and for any element that is not true.
// - Comparisons with null: = < <= > >= like ilike ~= in between give false;
//   != ~! not-like not-ilike not-in not-between give true. `is null` tests the value itself.
// - An array operand makes an operator apply element-wise and yield an array
//   (both sides arrays: pairwise, lengths must match). A row matches only when
//   the WHERE result is exactly `true`.
// - Two strings that both look like dates (YYYY-MM-DD or RFC3339) compare as instants.
// - Mixing types (number vs string, ordering booleans, and/or on numbers...) is a type error.
// - and/or/not treat null as false. Arithmetic with null gives null; x/0 and x%0 give null.

import type { BinaryOperator, Span } from './ast';
import { TslError } from './errors';

export type Value = null | boolean | number | string | Value[] | { readonly [key: string]: unknown };

export function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export function describe(v: unknown): string {
  if (typeof v === 'string') return `string '${v.length > 40 ? v.slice(0, 40) + '...' : v}'`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeName(v);
}

export function typeError(message: string, at: Span): TslError {
  return new TslError(message, at.offset, at.length, []);
}

/** Normalises a raw field value: undefined and functions (prototype members) are null. */
export function normalize(v: unknown): Value {
  if (v === undefined || typeof v === 'function') return null;
  return v as Value;
}

// ---- dates -------------------------------------------------------------------

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds since the epoch when `s` is a YYYY-MM-DD or RFC3339 date, else undefined. */
export function dateValue(s: string): number | undefined {
  if (s.length < 10 || s.length > 40 || !DATE_PATTERN.test(s)) return undefined;
  // Date-only and zone-less times are read as UTC so results do not depend on the browser's zone.
  const iso = s.length === 10 ? `${s}T00:00:00Z` : /[Zz]|[+-]\d{2}:?\d{2}$/.test(s.slice(10)) ? s : `${s}Z`;
  const ms = Date.parse(iso.replace(' ', 'T'));
  return Number.isNaN(ms) ? undefined : ms;
}

// ---- comparison ----------------------------------------------------------------

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

function ordered(op: CompareOp, a: number | string, b: number | string): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

/** Compares two scalars (neither an array). */
export function compareScalar(op: CompareOp, a: Value, b: Value, at: Span): boolean {
  if (a === null || b === null) return op === '!=';
  const ta = typeof a;
  if (ta === 'number' && typeof b === 'number') return ordered(op, a as number, b);
  if (ta === 'string' && typeof b === 'string') {
    const da = dateValue(a as string);
    if (da !== undefined) {
      const db = dateValue(b);
      if (db !== undefined) return ordered(op, da, db);
    }
    return ordered(op, a as string, b);
  }
  if (ta === 'boolean' && typeof b === 'boolean' && (op === '=' || op === '!=')) return op === '=' ? a === b : a !== b;
  throw typeError(`Cannot compare ${describe(a)} with ${describe(b)} using '${op}'`, at);
}

/** Applies a scalar operation element-wise when either side is an array. */
export function elementwise(a: Value, b: Value, at: Span, f: (x: Value, y: Value) => Value): Value {
  const aa = Array.isArray(a);
  const ba = Array.isArray(b);
  if (!aa && !ba) return f(a, b);
  if (aa && ba) {
    const xs = a as Value[];
    const ys = b as Value[];
    if (xs.length !== ys.length) throw typeError(`Arrays of different lengths (${xs.length} and ${ys.length}) cannot be combined element-wise`, at);
    const out: Value[] = new Array(xs.length);
    for (let i = 0; i < xs.length; i++) out[i] = elementwise(xs[i], ys[i], at, f);
    return out;
  }
  if (aa) return (a as Value[]).map((x) => elementwise(x, b, at, f));
  return (b as Value[]).map((y) => elementwise(a, y, at, f));
}

/** Applies a unary scalar operation element-wise over arrays. */
export function elementwise1(a: Value, f: (x: Value) => Value): Value {
  return Array.isArray(a) ? a.map((x) => elementwise1(x, f)) : f(a);
}

export function compareValues(op: CompareOp, a: Value, b: Value, at: Span): Value {
  return elementwise(a, b, at, (x, y) => compareScalar(op, x, y, at));
}

// ---- logic ---------------------------------------------------------------------

/** Reads a boolean operand of and/or/not; null counts as false. */
export function truth(v: Value, op: string, at: Span): boolean {
  if (v === true) return true;
  if (v === false || v === null) return false;
  throw typeError(`'${op}' needs booleans, got ${describe(v)}`, at);
}

export function logicScalar(op: 'and' | 'or', a: Value, b: Value, at: Span): boolean {
  const x = truth(a, op, at);
  const y = truth(b, op, at);
  return op === 'and' ? x && y : x || y;
}

export function notValue(v: Value, at: Span): Value {
  return elementwise1(v, (x) => !truth(x, 'not', at));
}

// ---- arithmetic ------------------------------------------------------------------

export type ArithOp = '+' | '-' | '*' | '/' | '%';

export function arithScalar(op: ArithOp, a: Value, b: Value, at: Span): Value {
  if (a === null || b === null) return null;
  if (typeof a !== 'number' || typeof b !== 'number') throw typeError(`'${op}' needs numbers, got ${describe(a)} and ${describe(b)}`, at);
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? null : a / b;
    case '%':
      return b === 0 ? null : a % b;
  }
}

export function negateValue(v: Value, at: Span): Value {
  return elementwise1(v, (x) => {
    if (x === null) return null;
    if (typeof x !== 'number') throw typeError(`Unary '-' needs a number, got ${describe(x)}`, at);
    return -x;
  });
}

// ---- text matching ------------------------------------------------------------------

/** A compiled `like` pattern: % any run, _ one character, whole string. Linear-time glob matching, no regex. */
export function compileLike(pattern: string, ignoreCase: boolean): (s: string) => boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const parts = p.split('%');
  const segmentMatches = (s: string, at: number, seg: string): boolean => {
    for (let i = 0; i < seg.length; i++) {
      const c = seg[i];
      if (c !== '_' && s[at + i] !== c) return false;
    }
    return true;
  };
  const find = (s: string, from: number, seg: string): number => {
    for (let at = from; at + seg.length <= s.length; at++) if (segmentMatches(s, at, seg)) return at;
    return -1;
  };
  return (input: string): boolean => {
    const s = ignoreCase ? input.toLowerCase() : input;
    if (parts.length === 1) return s.length === p.length && segmentMatches(s, 0, p);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (s.length < first.length + last.length) return false;
    if (!segmentMatches(s, 0, first)) return false;
    if (!segmentMatches(s, s.length - last.length, last)) return false;
    // Middle segments: leftmost greedy placement is optimal for glob patterns.
    let pos = first.length;
    const end = s.length - last.length;
    for (let i = 1; i < parts.length - 1; i++) {
      const seg = parts[i];
      const at = find(s.slice(0, end), pos, seg);
      if (at < 0) return false;
      pos = at + seg.length;
    }
    return true;
  };
}

export type MatchOp = 'like' | 'ilike' | 'not like' | 'not ilike' | '~=' | '~!';

export function isNegatedMatch(op: MatchOp): boolean {
  return op === 'not like' || op === 'not ilike' || op === '~!';
}

/** Applies a compiled matcher to one scalar, with the null and type rules. */
export function matchScalar(op: MatchOp, v: Value, test: (s: string) => boolean, at: Span): boolean {
  if (v === null) return isNegatedMatch(op);
  if (typeof v !== 'string') throw typeError(`'${op}' needs a string on the left, got ${describe(v)}`, at);
  return isNegatedMatch(op) ? !test(v) : test(v);
}

// ---- membership and ranges --------------------------------------------------------

export function inList(v: Value, list: Value, negated: boolean, at: Span): boolean {
  if (!Array.isArray(list)) throw typeError(`'${negated ? 'not in' : 'in'}' needs a list on the right, got ${describe(list)}`, at);
  if (v === null) return negated;
  for (const item of list) if (compareScalar('=', v, item, at)) return !negated;
  return negated;
}

export function betweenScalar(v: Value, low: Value, high: Value, negated: boolean, at: Span): boolean {
  if (v === null || low === null || high === null) return negated;
  const inside = compareScalar('>=', v, low, at) && compareScalar('<=', v, high, at);
  return negated ? !inside : inside;
}

// ---- array functions (per row) -------------------------------------------------------

export function arrayFunction(name: 'len' | 'sum' | 'any' | 'all', v: Value, at: Span): Value {
  if (v === null) return null;
  if (!Array.isArray(v)) throw typeError(`${name}() needs an array, got ${describe(v)}`, at);
  switch (name) {
    case 'len':
      return v.length;
    case 'sum': {
      let total = 0;
      for (const x of v) {
        if (x === null) continue;
        if (typeof x !== 'number') throw typeError(`sum() needs numbers, got ${describe(x)}`, at);
        total += x;
      }
      return total;
    }
    case 'any':
      return anyTrue(v);
    case 'all':
      return allTrue(v);
  }
}

/** any(): some element is exactly true; other elements (null, numbers...) are not true, not errors. */
export function anyTrue(list: readonly Value[]): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === true) return true;
  return false;
}

/** all(): false for an empty list and for any element that is not exactly true (as in kubectl mtv). */
export function allTrue(list: readonly Value[]): boolean {
  if (list.length === 0) return false;
  for (let i = 0; i < list.length; i++) if (list[i] !== true) return false;
  return true;
}

/**
 * The CLI's SELECT reducers (`SELECT sum(nums) AS s`): a list is reduced,
 * anything else is returned as it is. sum() adds the numbers and skips every
 * other element; len/any/all as above.
 */
export function reduceValue(name: 'len' | 'sum' | 'any' | 'all', v: Value): Value {
  if (!Array.isArray(v)) return v;
  switch (name) {
    case 'len':
      return v.length;
    case 'sum': {
      let total = 0;
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (typeof x === 'number') total += x;
      }
      return total;
    }
    case 'any':
      return anyTrue(v);
    case 'all':
      return allTrue(v);
  }
}

// ---- ordering -------------------------------------------------------------------------

const TYPE_RANK: Readonly<Record<string, number>> = { boolean: 0, number: 1, string: 2, array: 3, object: 4 };

/**
 * Total order for ORDER BY and min/max: false < true < numbers < strings < arrays < objects.
 * Nulls are handled by the caller (they always sort last).
 */
export function orderScalars(a: Value, b: Value): number {
  const ta = typeof a;
  if (ta === typeof b) {
    if (ta === 'number' || ta === 'string') return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
    if (ta === 'boolean') return a === b ? 0 : a ? 1 : -1;
  }
  const ra = TYPE_RANK[typeName(a)];
  const rb = TYPE_RANK[typeName(b)];
  return ra - rb;
}

export function isArithmetic(op: BinaryOperator): op is ArithOp {
  return op === '+' || op === '-' || op === '*' || op === '/' || op === '%';
}

export function isComparison(op: BinaryOperator): op is CompareOp {
  return op === '=' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}
