// Fused closures for the per-row array functions len/sum/any/all over field
// paths. They walk the elements directly instead of building the `[*]` array
// and calling one closure per element: in V8 every closure made from one
// source location shares type feedback across all queries, so a call from one
// closure to another is rarely inlined and each per-element call costs more
// than the work itself. When a path is a single plain field
// (`plainFieldName`) it is read inline with `value[name]`; any value that is
// not of the expected type is re-read through the general accessor and handed
// to the rules in semantics.ts, so results and errors are exactly the general
// ones.

import type { Expr, ExprOf } from './ast';
import type { ExprEnv, Fn } from './compileExpr';
import { compilePath, hasWildcard, plainFieldName, readPath, splitWildcard, type WildcardSplit } from './paths';
import { arrayFunction, compareValues, dateValue, type CompareOp, type Value } from './semantics';

type Rec = Record<string, unknown>;
type ArrayFunctionName = 'len' | 'sum' | 'any' | 'all';
type Compile = (expr: Expr, env: ExprEnv) => Fn;

/** A field path read straight from the row: no alias or group key stands for it, and fields are allowed. */
export function isRowPath(expr: Expr, env: ExprEnv): expr is ExprOf<'path'> {
  return expr.kind === 'path' && !env.path && !env.override?.(expr);
}

/** Returns a fused closure for `expr`, or undefined when the general compile should be used. */
export function compileFusedCall(expr: ExprOf<'call'>, name: ArrayFunctionName, env: ExprEnv, compile: Compile): Fn | undefined {
  const arg = expr.args[0];
  if (isRowPath(arg, env)) {
    if (!hasWildcard(arg.segments)) return name === 'len' ? compileLenOfField(arg, expr) : undefined;
    const split = splitWildcard(arg.segments);
    if (split && (name === 'len' || name === 'sum')) return compileLenSumOfWildcard(arg, split, name, expr);
    return undefined;
  }
  if ((name === 'any' || name === 'all') && arg.kind === 'binary' && isRowPath(arg.left, env)) {
    if (arg.op === 'and' || arg.op === 'or' || containsWildcard(arg.right)) return undefined;
    return compileQuantifier(expr, name, arg, arg.left, env, compile);
  }
  return undefined;
}

/** `len(field)`: the array's length read inline; anything else goes to the rules (null or a type error). */
function compileLenOfField(arg: ExprOf<'path'>, expr: ExprOf<'call'>): Fn | undefined {
  const name = plainFieldName(arg.segments);
  if (name === undefined) return undefined;
  const general = compilePath(arg.segments);
  return (row) => {
    const v = row == null ? undefined : (row as Rec)[name];
    return Array.isArray(v) ? v.length : arrayFunction('len', general(row), expr);
  };
}

/**
 * `len(list[*].x)` and `sum(list[*].x)` without building the collected array:
 * one loop, both reads inline. A row with anything unusual (the list missing,
 * an element value that is itself a list, a non-number for sum) is handed to
 * the general rules whole, so results and errors are exactly theirs.
 */
function compileLenSumOfWildcard(arg: ExprOf<'path'>, split: WildcardSplit, name: 'len' | 'sum', expr: ExprOf<'call'>): Fn {
  const { headName, tailName } = split;
  const general = (row: unknown): Value => arrayFunction(name, readPath(row, arg.segments), expr);
  if (name === 'sum') {
    return (row) => {
      const list = row == null ? undefined : (row as Rec)[headName];
      if (!Array.isArray(list)) return general(row);
      let total = 0;
      for (let i = 0; i < list.length; i++) {
        const element: unknown = list[i];
        const v = element == null ? undefined : (element as Rec)[tailName];
        if (typeof v === 'number') total += v;
        else if (v !== undefined && v !== null && typeof v !== 'function') return general(row);
      }
      return total;
    };
  }
  return (row) => {
    const list = row == null ? undefined : (row as Rec)[headName];
    if (!Array.isArray(list)) return general(row);
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      const element: unknown = list[i];
      const v = element == null ? undefined : (element as Rec)[tailName];
      if (v === undefined || v === null || typeof v === 'function') continue;
      if (Array.isArray(v)) return general(row); // spliced into the collection
      n++;
    }
    return n;
  };
}

/**
 * any()/all() over a test whose left side is a path that holds a list:
 * `any(concerns[*].category = 'Critical')`, `any(disks.capacity > 6)`. Each
 * element value is tested; any() stops at the first true, all() at the first
 * result that is not true, and all() of no elements is false. A missing list
 * gives null.
 */
function compileQuantifier(expr: ExprOf<'call'>, name: 'any' | 'all', test: ExprOf<'binary'>, left: ExprOf<'path'>, env: ExprEnv, compile: Compile): Fn {
  const wantAny = name === 'any';
  // The element test: the left path is replaced by the current element value.
  let current: Value = null;
  const element = compile(test, { ...env, override: (e) => (e === left ? () => current : env.override?.(e)) });
  /** The rules for one row: collect the values, then test them in order. */
  const general = (row: unknown): Value => {
    const list = readPath(row, left.segments);
    if (list === null) return null;
    if (!Array.isArray(list)) {
      current = list; // a scalar: the test gives a scalar, which any()/all() reject
      return arrayFunction(name, element(row), expr);
    }
    for (let i = 0; i < list.length; i++) {
      current = list[i];
      if ((element(row) === true) === wantAny) return wantAny;
    }
    return wantAny ? false : list.length > 0;
  };
  const split = splitWildcard(left.segments);
  if (!split) return general;
  const right = test.right;
  if (isComparisonOp(test.op) && right.kind === 'literal' && isInlineLiteral(right.value)) {
    return compileQuantifiedComparison(split, test.op, right.value, wantAny, test, general);
  }
  const { headName, tailName } = split;
  return (row) => {
    const list = row == null ? undefined : (row as Rec)[headName];
    if (!Array.isArray(list)) return general(row);
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      const e: unknown = list[i];
      const v = e == null ? undefined : (e as Rec)[tailName];
      if (v === undefined || v === null || typeof v === 'function') continue;
      if (Array.isArray(v)) return general(row); // spliced into the collection
      n++;
      current = v as Value;
      if ((element(row) === true) === wantAny) return wantAny;
    }
    return wantAny ? false : n > 0;
  };
}

/**
 * `any(list[*].x OP literal)` with a number or non-date string literal: a value
 * of the literal's type is compared inline; other scalars go through the
 * comparison rules (type errors included); a row with a list value hands over
 * to `general`.
 */
function compileQuantifiedComparison(
  split: WildcardSplit,
  op: CompareOp,
  k: number | string,
  wantAny: boolean,
  test: ExprOf<'binary'>,
  general: (row: unknown) => Value,
): Fn {
  const { headName, tailName } = split;
  const kind = typeof k;
  const code = compareCode(op);
  return (row) => {
    const list = row == null ? undefined : (row as Rec)[headName];
    if (!Array.isArray(list)) return general(row);
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      const element: unknown = list[i];
      const v = element == null ? undefined : (element as Rec)[tailName];
      if (typeof v === kind) {
        n++;
        if (compareSameType(code, v as number | string, k) === wantAny) return wantAny;
      } else if (v !== undefined && v !== null && typeof v !== 'function') {
        if (Array.isArray(v)) return general(row);
        n++;
        if ((compareValues(op, v as Value, k, test) === true) === wantAny) return wantAny;
      }
    }
    return wantAny ? false : n > 0;
  };
}

/** Comparison operators as small integers: a switch over these is a jump, a switch over strings may compare text. */
export type CompareCode = 0 | 1 | 2 | 3 | 4 | 5;
const CODES: Readonly<Record<CompareOp, CompareCode>> = { '=': 0, '!=': 1, '<': 2, '<=': 3, '>': 4, '>=': 5 };
export function compareCode(op: CompareOp): CompareCode {
  return CODES[op];
}

/** Two numbers, or two strings of which at least one is not a date: plain JS comparison is the rule. */
export function compareSameType(code: CompareCode, a: number | string, b: number | string): boolean {
  switch (code) {
    case 0:
      return a === b;
    case 1:
      return a !== b;
    case 2:
      return a < b;
    case 3:
      return a <= b;
    case 4:
      return a > b;
    case 5:
      return a >= b;
  }
}

/** A literal the inline comparisons handle: a number, or a string that is not a date (dates compare as instants). */
export function isInlineLiteral(value: unknown): value is number | string {
  return typeof value === 'number' || (typeof value === 'string' && dateValue(value) === undefined);
}

function isComparisonOp(op: string): op is CompareOp {
  return op === '=' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}

export function containsWildcard(expr: Expr): boolean {
  switch (expr.kind) {
    case 'path':
      return hasWildcard(expr.segments);
    case 'literal':
      return false;
    case 'array':
      return expr.items.some(containsWildcard);
    case 'not':
    case 'negate':
    case 'isNull':
      return containsWildcard(expr.operand);
    case 'between':
      return [expr.operand, expr.low, expr.high].some(containsWildcard);
    case 'binary':
      return containsWildcard(expr.left) || containsWildcard(expr.right);
    case 'call':
      return expr.args.some(containsWildcard);
  }
}
