// Expressions compiled once to closures. Each operator has a fast path for the
// common shapes (number or string on both sides, a literal on the right) and
// falls back to the general rules in semantics.ts, so the result is always
// what the rules say, just without per-row dispatch on the tree.

import type { Expr, ExprOf } from './ast';
import { TslError } from './errors';
import { compileFusedCall } from './compileArrayCall';
import { directField, fuseArithmeticByLiteral } from './compileFieldOps';
import { compilePath } from './paths';
import { compileRegex } from './regex';
import {
  arithScalar,
  arrayFunction,
  betweenScalar,
  compareValues,
  compileLike,
  dateValue,
  elementwise,
  elementwise1,
  inList,
  isArithmetic,
  isComparison,
  logicScalar,
  matchScalar,
  negateValue,
  notValue,
  truth,
  typeError,
  type CompareOp,
  type MatchOp,
  type Value,
} from './semantics';

export type Fn = (row: unknown) => Value;

/** Hooks that let the query compiler substitute aliases, group keys and aggregates. */
export interface ExprEnv {
  /** A closure that replaces this node entirely, or undefined to compile it normally. */
  override?(expr: Expr): Fn | undefined;
  /** Compiles a field path that was not overridden (the group context rejects bare fields). */
  path?(expr: ExprOf<'path'>): Fn;
  /** Where the expression sits, for error messages ("WHERE", "SELECT"...). */
  clause: string;
}

export const AGGREGATE_ONLY = new Set(['count', 'avg', 'min', 'max']);

export function compileExpr(expr: Expr, env: ExprEnv): Fn {
  const replaced = env.override?.(expr);
  if (replaced) return replaced;
  switch (expr.kind) {
    case 'literal': {
      const value = expr.value;
      return () => value;
    }
    case 'path':
      return env.path ? env.path(expr) : compilePath(expr.segments);
    case 'array': {
      const items = expr.items.map((item) => compileExpr(item, env));
      if (expr.items.every((item) => item.kind === 'literal')) {
        const constant = expr.items.map((item) => (item as ExprOf<'literal'>).value);
        return () => constant;
      }
      return (row) => items.map((f) => f(row));
    }
    case 'not': {
      const f = compileExpr(expr.operand, env);
      return (row) => {
        const v = f(row);
        if (v === true) return false;
        if (v === false || v === null) return true;
        return notValue(v, expr);
      };
    }
    case 'negate': {
      const f = compileExpr(expr.operand, env);
      return (row) => {
        const v = f(row);
        return typeof v === 'number' ? -v : negateValue(v, expr);
      };
    }
    case 'isNull': {
      const f = compileExpr(expr.operand, env);
      return expr.negated ? (row) => f(row) !== null : (row) => f(row) === null;
    }
    case 'between':
      return compileBetween(expr, env);
    case 'call':
      return compileCall(expr, env);
    case 'binary':
      return compileBinary(expr, env);
  }
}

function compileCall(expr: ExprOf<'call'>, env: ExprEnv): Fn {
  if (AGGREGATE_ONLY.has(expr.name)) {
    throw new TslError(
      `${expr.name}() is an aggregate and cannot be used in ${env.clause}; use it in SELECT, HAVING or ORDER BY`,
      expr.offset,
      expr.length,
      [],
    );
  }
  const name = expr.name as 'len' | 'sum' | 'any' | 'all';
  const fused = compileFusedCall(expr, name, env, compileExpr);
  if (fused) return fused;
  const f = compileExpr(expr.args[0], env);
  if (name === 'len') {
    return (row) => {
      const v = f(row);
      return Array.isArray(v) ? v.length : arrayFunction(name, v, expr);
    };
  }
  if (name === 'sum') {
    return (row) => {
      const v = f(row);
      if (Array.isArray(v)) {
        let total = 0;
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          if (typeof x === 'number') total += x;
          else if (x !== null) return arrayFunction(name, v, expr); // reports the type error
        }
        return total;
      }
      return arrayFunction(name, v, expr);
    };
  }
  return (row) => arrayFunction(name, f(row), expr);
}

function compileBetween(expr: ExprOf<'between'>, env: ExprEnv): Fn {
  const f = compileExpr(expr.operand, env);
  const lo = compileExpr(expr.low, env);
  const hi = compileExpr(expr.high, env);
  const negated = expr.negated;
  const slow = (v: Value, low: Value, high: Value): Value => elementwise1(v, (x) => betweenScalar(x, low, high, negated, expr));
  if (expr.low.kind === 'literal' && expr.high.kind === 'literal' && typeof expr.low.value === 'number' && typeof expr.high.value === 'number') {
    const low = expr.low.value;
    const high = expr.high.value;
    return (row) => {
      const v = f(row);
      if (typeof v === 'number') return v >= low && v <= high ? !negated : negated;
      return slow(v, low, high);
    };
  }
  return (row) => slow(f(row), lo(row), hi(row));
}

function compileBinary(expr: ExprOf<'binary'>, env: ExprEnv): Fn {
  const op = expr.op;
  const f = compileExpr(expr.left, env);
  if (op === 'and' || op === 'or') return compileLogic(expr, op, f, compileExpr(expr.right, env));
  if (isComparison(op)) return compileComparison(expr, op, f, env);
  if (isArithmetic(op)) {
    const g = compileExpr(expr.right, env);
    const generic = (a: Value, b: Value): Value => elementwise(a, b, expr, (x, y) => arithScalar(op, x, y, expr));
    const fused = fuseArithmeticByLiteral(expr, op, f, env, generic);
    if (fused) return fused;
    switch (op) {
      case '+':
        return (row) => {
          const a = f(row);
          const b = g(row);
          return typeof a === 'number' && typeof b === 'number' ? a + b : generic(a, b);
        };
      case '-':
        return (row) => {
          const a = f(row);
          const b = g(row);
          return typeof a === 'number' && typeof b === 'number' ? a - b : generic(a, b);
        };
      case '*':
        return (row) => {
          const a = f(row);
          const b = g(row);
          return typeof a === 'number' && typeof b === 'number' ? a * b : generic(a, b);
        };
      case '/':
        return (row) => {
          const a = f(row);
          const b = g(row);
          return typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : generic(a, b);
        };
      case '%':
        return (row) => {
          const a = f(row);
          const b = g(row);
          return typeof a === 'number' && typeof b === 'number' && b !== 0 ? a % b : generic(a, b);
        };
    }
  }
  if (op === 'in' || op === 'not in') return compileIn(expr, op === 'not in', f, env);
  return compileMatch(expr, op, f, env);
}

function compileLogic(expr: ExprOf<'binary'>, op: 'and' | 'or', f: Fn, g: Fn): Fn {
  // Short-circuit: the right side is not evaluated once the left decides the result.
  const rest = (a: Value, b: Value): Value => elementwise(a, b, expr, (x, y) => logicScalar(op, x, y, expr));
  if (op === 'and') {
    return (row) => {
      const a = f(row);
      if (a === false || a === null) return false;
      if (a === true) {
        const b = g(row);
        if (b === true) return true;
        if (b === false || b === null) return false;
        return rest(true, b);
      }
      if (!Array.isArray(a)) truth(a, op, expr);
      return rest(a, g(row));
    };
  }
  return (row) => {
    const a = f(row);
    if (a === true) return true;
    if (a === false || a === null) {
      const b = g(row);
      if (b === true) return true;
      if (b === false || b === null) return false;
      return rest(false, b);
    }
    if (!Array.isArray(a)) truth(a, op, expr);
    return rest(a, g(row));
  };
}

function compileComparison(expr: ExprOf<'binary'>, op: CompareOp, f: Fn, env: ExprEnv): Fn {
  const right = expr.right;
  const generic = (a: Value, b: Value): Value => compareValues(op, a, b, expr);
  // A literal number, or a string that is not a date, on the right: compare inline.
  if (right.kind === 'literal' && (typeof right.value === 'number' || (typeof right.value === 'string' && dateValue(right.value) === undefined))) {
    const k = right.value;
    const kind = typeof k;
    const direct = directField(expr.left, env);
    if (direct !== undefined) return compareFieldToLiteral(direct, op, k, (v) => generic(v, k));
    switch (op) {
      case '=':
        return (row) => {
          const v = f(row);
          return typeof v === kind ? v === k : generic(v, k);
        };
      case '!=':
        return (row) => {
          const v = f(row);
          return typeof v === kind ? v !== k : generic(v, k);
        };
      case '<':
        return (row) => {
          const v = f(row);
          return typeof v === kind ? (v as number) < (k as number) : generic(v, k);
        };
      case '<=':
        return (row) => {
          const v = f(row);
          return typeof v === kind ? (v as number) <= (k as number) : generic(v, k);
        };
      case '>':
        return (row) => {
          const v = f(row);
          return typeof v === kind ? (v as number) > (k as number) : generic(v, k);
        };
      case '>=':
        return (row) => {
          const v = f(row);
          return typeof v === kind ? (v as number) >= (k as number) : generic(v, k);
        };
    }
  }
  // A string on the left could be a date; only the generic path knows, so numbers get the inline path.
  const g = compileExpr(right, env);
  return (row) => {
    const a = f(row);
    const b = g(row);
    if (typeof a === 'number' && typeof b === 'number') {
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
    return generic(a, b);
  };
}

/**
 * `field OP literal` as one closure that reads the property itself: the most
 * common WHERE shape, so it skips the accessor call. Anything other than a
 * value of the literal's type goes to `slow` (nulls, arrays, type errors).
 */
function compareFieldToLiteral(a: string, op: CompareOp, k: number | string, slow: (v: Value) => Value): Fn {
  const kind = typeof k;
  const read = (row: unknown): Value => {
    const v = row !== null && typeof row === 'object' && !Array.isArray(row) ? (row as Record<string, unknown>)[a] : undefined;
    return v === undefined || typeof v === 'function' ? null : (v as Value);
  };
  switch (op) {
    case '=':
      return (row) => {
        const v = row == null ? undefined : (row as Record<string, unknown>)[a];
        return typeof v === kind ? v === k : slow(read(row));
      };
    case '!=':
      return (row) => {
        const v = row == null ? undefined : (row as Record<string, unknown>)[a];
        return typeof v === kind ? v !== k : slow(read(row));
      };
    case '<':
      return (row) => {
        const v = row == null ? undefined : (row as Record<string, unknown>)[a];
        return typeof v === kind ? (v as number) < (k as number) : slow(read(row));
      };
    case '<=':
      return (row) => {
        const v = row == null ? undefined : (row as Record<string, unknown>)[a];
        return typeof v === kind ? (v as number) <= (k as number) : slow(read(row));
      };
    case '>':
      return (row) => {
        const v = row == null ? undefined : (row as Record<string, unknown>)[a];
        return typeof v === kind ? (v as number) > (k as number) : slow(read(row));
      };
    case '>=':
      return (row) => {
        const v = row == null ? undefined : (row as Record<string, unknown>)[a];
        return typeof v === kind ? (v as number) >= (k as number) : slow(read(row));
      };
  }
}

function compileIn(expr: ExprOf<'binary'>, negated: boolean, f: Fn, env: ExprEnv): Fn {
  const g = compileExpr(expr.right, env);
  const slow = (v: Value, list: Value): Value => {
    if (!Array.isArray(list)) return inList(v, list, negated, expr); // reports the type error
    return elementwise1(v, (x) => inList(x, list, negated, expr));
  };
  const right = expr.right;
  if (right.kind === 'array' && right.items.length > 0 && right.items.every((i) => i.kind === 'literal' && (typeof i.value === 'string' || typeof i.value === 'number'))) {
    const values = right.items.map((i) => (i as ExprOf<'literal'>).value as string | number);
    const kind = typeof values[0];
    // Dates compare as instants, so a date-like string list must take the general path.
    const uniform = values.every((v) => typeof v === kind && (kind === 'number' || dateValue(v as string) === undefined));
    if (uniform) {
      const set = new Set<unknown>(values);
      return (row) => {
        const v = f(row);
        // No list item is a date, so a string value compares as text here.
        if (typeof v === kind) return set.has(v) !== negated;
        return slow(v, values);
      };
    }
  }
  return (row) => slow(f(row), g(row));
}

function compileMatch(expr: ExprOf<'binary'>, op: MatchOp, f: Fn, env: ExprEnv): Fn {
  const makeTest = (pattern: string): ((s: string) => boolean) =>
    op === '~=' || op === '~!' ? compileRegex(pattern, expr.right) : compileLike(pattern, op === 'ilike' || op === 'not ilike');
  const apply = (v: Value, test: (s: string) => boolean): Value => elementwise1(v, (x) => matchScalar(op, x, test, expr));
  const negated = op === 'not like' || op === 'not ilike' || op === '~!';
  if (expr.right.kind === 'literal' && typeof expr.right.value === 'string') {
    // Compiled once per query, never per row.
    const test = makeTest(expr.right.value);
    return (row) => {
      const v = f(row);
      return typeof v === 'string' ? test(v) !== negated : apply(v, test);
    };
  }
  const g = compileExpr(expr.right, env);
  return (row) => {
    const pattern = g(row);
    if (pattern === null) return elementwise1(f(row), () => negated);
    if (typeof pattern !== 'string') throw typeError(`'${op}' needs a string pattern, got ${typeof pattern}`, expr.right);
    return apply(f(row), makeTest(pattern));
  };
}
