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
import { compileEach, compilePath, hasWildcard, plainFieldName, splitWildcard, type Accessor, type WildcardSplit } from './paths';
import { arrayFunction, compareValues, dateValue, truth, type CompareOp, type Value } from './semantics';

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
    if (name === 'len' || name === 'sum') return compileLenSumOfWildcard(arg, name, expr);
    return undefined;
  }
  if ((name === 'any' || name === 'all') && arg.kind === 'binary' && isRowPath(arg.left, env) && hasWildcard(arg.left.segments)) {
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

/** `len(list[*].x)` and `sum(list[*].x)` without building the collected array. */
function compileLenSumOfWildcard(arg: ExprOf<'path'>, name: 'len' | 'sum', expr: ExprOf<'call'>): Fn {
  const slow = compilePath(arg.segments);
  const split = splitWildcard(arg.segments);
  if (!split) return compileNestedLenSum(arg, name, expr, slow);
  const { head, tail, headName, tailName } = split;
  if (name === 'sum' && headName !== undefined && tailName !== undefined) {
    // sum(list[*].field): one loop, both reads inline.
    return (row) => {
      const list = row == null ? undefined : (row as Rec)[headName];
      if (!Array.isArray(list)) return 0; // not an array: the [*] path is [] (see plainFieldName)
      let total = 0;
      for (let i = 0; i < list.length; i++) {
        const element: unknown = list[i];
        const v = element == null ? undefined : (element as Rec)[tailName];
        if (typeof v === 'number') total += v;
        else if (v !== undefined && v !== null && typeof v !== 'function') return arrayFunction('sum', slow(row), expr); // reports the type error
      }
      return total;
    };
  }
  if (name === 'len') {
    return (row) => {
      const list = head(row);
      if (!Array.isArray(list)) return 0;
      let n = 0;
      for (let i = 0; i < list.length; i++) if (tail(list[i]) !== null) n++;
      return n;
    };
  }
  return (row) => sumOf(head(row), tail, row, slow, expr);
}

/** sum over the elements of `list` through the tail accessor; 0 when `list` is not an array. */
function sumOf(list: Value, tail: Accessor, row: unknown, slow: Accessor, expr: ExprOf<'call'>): Value {
  if (!Array.isArray(list)) return 0;
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    const v = tail(list[i]);
    if (typeof v === 'number') total += v;
    else if (v !== null) return arrayFunction('sum', slow(row), expr); // reports the type error
  }
  return total;
}

/** Paths with several `[*]`: a visitor over the flattened values. */
function compileNestedLenSum(arg: ExprOf<'path'>, name: 'len' | 'sum', expr: ExprOf<'call'>, slow: Accessor): Fn {
  const each = compileEach(arg.segments);
  if (name === 'len') {
    return (row) => {
      let n = 0;
      each(row, () => void n++);
      return n;
    };
  }
  return (row) => {
    let total = 0;
    let bad = false;
    each(row, (v) => {
      if (typeof v === 'number') total += v;
      else return (bad = true);
    });
    return bad ? arrayFunction('sum', slow(row), expr) : total;
  };
}

/**
 * any()/all() over a test whose left side is a `[*]` path:
 * `any(concerns[*].category = 'Critical')`. Each collected (non-null) element
 * value is tested; any() stops at the first true, all() at the first false.
 */
function compileQuantifier(expr: ExprOf<'call'>, name: 'any' | 'all', test: ExprOf<'binary'>, left: ExprOf<'path'>, env: ExprEnv, compile: Compile): Fn {
  const wantAny = name === 'any';
  const split = splitWildcard(left.segments);
  const right = test.right;
  if (split && isComparisonOp(test.op) && right.kind === 'literal' && isInlineLiteral(right.value)) {
    const op = test.op;
    const k = right.value;
    const general = (v: Value): Value => compareValues(op, v, k, test);
    return compileQuantifiedComparison(split, op, k, wantAny, general, name, expr);
  }
  // General element test: the left path is replaced by the current element value.
  let current: Value = null;
  const element = compile(test, { ...env, override: (e) => (e === left ? () => current : env.override?.(e)) });
  if (split) {
    const { head, tail } = split;
    return (row) => {
      const list = head(row);
      if (!Array.isArray(list)) return !wantAny;
      for (let i = 0; i < list.length; i++) {
        const v = tail(list[i]);
        if (v === null) continue;
        current = v;
        if (truth(element(row), name, expr) === wantAny) return wantAny;
      }
      return !wantAny;
    };
  }
  const each = compileEach(left.segments);
  return (row) => {
    let result = !wantAny;
    each(row, (v) => {
      current = v;
      if (truth(element(row), name, expr) === wantAny) {
        result = wantAny;
        return true;
      }
    });
    return result;
  };
}

/**
 * `any(list[*].x OP literal)` with a number or non-date string literal: a value
 * of the literal's type is compared inline; everything else (null, arrays,
 * other types) goes through `general`, which applies the full rules.
 */
function compileQuantifiedComparison(
  split: WildcardSplit,
  op: CompareOp,
  k: number | string,
  wantAny: boolean,
  general: (v: Value) => Value,
  name: 'any' | 'all',
  expr: ExprOf<'call'>,
): Fn {
  const { head, tail, headName, tailName } = split;
  const kind = typeof k;
  const code = compareCode(op);
  // The one check per element that is not of the literal's type.
  const other = (v: Value): boolean => truth(general(v), name, expr) === wantAny;
  if (headName !== undefined && tailName !== undefined) {
    return (row) => {
      const list = row == null ? undefined : (row as Rec)[headName];
      if (!Array.isArray(list)) return !wantAny; // not an array: the [*] path is [] (see plainFieldName)
      for (let i = 0; i < list.length; i++) {
        const element: unknown = list[i];
        const v = element == null ? undefined : (element as Rec)[tailName];
        if (typeof v === kind) {
          if (compareSameType(code, v as number | string, k) === wantAny) return wantAny;
        } else if (v !== undefined && v !== null && typeof v !== 'function' && other(v as Value)) {
          return wantAny;
        }
      }
      return !wantAny;
    };
  }
  return (row) => {
    const list = head(row);
    if (!Array.isArray(list)) return !wantAny;
    for (let i = 0; i < list.length; i++) {
      const v = tail(list[i]);
      if (typeof v === kind) {
        if (compareSameType(code, v as number | string, k) === wantAny) return wantAny;
      } else if (v !== null && other(v)) {
        return wantAny;
      }
    }
    return !wantAny;
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
