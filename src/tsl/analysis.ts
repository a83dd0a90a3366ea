// Static facts about expressions that the compiler and diagnostics share.

import type { Expr } from './ast';
import { hasWildcard } from './paths';

const AGGREGATE_ONLY = new Set(['count', 'avg', 'min', 'max']);

/**
 * True when the expression yields an array in every row: a `[*]` path, an array
 * literal, or an element-wise operator over one. A plain path may hold an array
 * at run time too, but that is not knowable here.
 */
export function isArrayValued(expr: Expr): boolean {
  switch (expr.kind) {
    case 'path':
      return hasWildcard(expr.segments);
    case 'array':
      return true;
    case 'not':
    case 'negate':
      return isArrayValued(expr.operand);
    case 'between':
      return isArrayValued(expr.operand);
    case 'binary':
      if (expr.op === 'in' || expr.op === 'not in') return isArrayValued(expr.left);
      return isArrayValued(expr.left) || isArrayValued(expr.right);
    default:
      return false;
  }
}

/**
 * The aggregate rule: count/avg/min/max are always aggregates; `sum(x)` is an
 * aggregate when x is not array-valued (sum of `disks[*].capacity` stays the
 * reference's per-row array sum). Only SELECT, HAVING and ORDER BY aggregate.
 */
export function isAggregateCall(expr: Expr): boolean {
  if (expr.kind !== 'call') return false;
  if (AGGREGATE_ONLY.has(expr.name)) return true;
  return expr.name === 'sum' && !isArrayValued(expr.args[0]);
}

export function containsAggregate(expr: Expr): boolean {
  if (isAggregateCall(expr)) return true;
  return children(expr).some(containsAggregate);
}

export function children(expr: Expr): Expr[] {
  switch (expr.kind) {
    case 'literal':
    case 'path':
      return [];
    case 'array':
      return expr.items;
    case 'not':
    case 'negate':
    case 'isNull':
      return [expr.operand];
    case 'between':
      return [expr.operand, expr.low, expr.high];
    case 'binary':
      return [expr.left, expr.right];
    case 'call':
      return expr.args;
  }
}

/** The single plain name of a path (`memoryGB`), used to resolve SELECT aliases. */
export function plainName(expr: Expr): string | undefined {
  if (expr.kind !== 'path' || expr.segments.length !== 1) return undefined;
  const [segment] = expr.segments;
  return segment.kind === 'field' ? segment.name : undefined;
}
