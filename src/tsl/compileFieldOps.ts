// Fused closures for arithmetic with a number literal on the right
// (`memoryMB / 1024`, `sum(disks[*].capacity) / 1073741824`), which otherwise
// cost a closure call per operand per row. A plain field on the left is read
// inline with `row[name]` (see plainFieldName for why that is safe). A value
// that is not a number goes to the general rules in semantics.ts, so results
// and errors match the general compile exactly.
//
// Tried and dropped: fusing `a = 'x' and b >= 4` into one closure that reads
// every field at one site. It measured slower, because V8 keeps type feedback
// per source site: one site reading many property names goes megamorphic,
// while the per-operator comparison closures spread the reads over sites.

import type { Expr, ExprOf } from './ast';
import type { ExprEnv, Fn } from './compileExpr';
import { plainFieldName } from './paths';
import type { ArithOp, Value } from './semantics';

type Rec = Record<string, unknown>;

/** The name of a one-segment field path read straight from the row (no alias, no group key). */
export function directField(expr: Expr, env: ExprEnv): string | undefined {
  if (expr.kind !== 'path' || env.path || env.override?.(expr)) return undefined;
  return plainFieldName(expr.segments);
}

/**
 * `x OP number` for + - * / % with a number literal on the right (not 0 for
 * / and %, which give null): when x is a number the result is computed
 * inline, otherwise `generic` applies the rules (null, arrays, type errors).
 * A plain field on the left is read inline too.
 */
export function fuseArithmeticByLiteral(expr: ExprOf<'binary'>, op: ArithOp, left: Fn, env: ExprEnv, generic: (a: Value, b: Value) => Value): Fn | undefined {
  const right = expr.right;
  if (right.kind !== 'literal' || typeof right.value !== 'number') return undefined;
  const k = right.value;
  if (k === 0 && (op === '/' || op === '%')) return undefined;
  const name = directField(expr.left, env);
  if (name !== undefined) {
    return (row) => {
      const v = row == null ? undefined : (row as Rec)[name];
      return typeof v === 'number' ? arithmetic(op, v, k) : generic(left(row), k);
    };
  }
  return (row) => {
    const a = left(row);
    return typeof a === 'number' ? arithmetic(op, a, k) : generic(a, k);
  };
}

/** Two numbers, divisor not 0. */
function arithmetic(op: ArithOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
  }
}
