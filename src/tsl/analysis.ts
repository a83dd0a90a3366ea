// Static facts about expressions that the compiler and diagnostics share.

import type { Expr, PathSegment, QueryAst } from './ast';
import { hasWildcard } from './paths';

const AGGREGATE_ONLY = new Set(['count', 'avg', 'min', 'max']);

/**
 * True when the expression yields an array in every row: a `[*]` path, an array
 * literal, or an element-wise operator over one. A path through a list without
 * `[*]` (`disks.capacity`) is one too, but only the data knows: `isList`, when
 * given, says whether a path runs through a list (from what is known of the data).
 */
export function isArrayValued(expr: Expr, isList?: (segments: readonly PathSegment[]) => boolean): boolean {
  const recurse = (e: Expr): boolean => isArrayValued(e, isList);
  switch (expr.kind) {
    case 'path':
      return hasWildcard(expr.segments) || (isList?.(expr.segments) ?? false);
    case 'array':
      return true;
    case 'not':
    case 'negate':
      return recurse(expr.operand);
    case 'between':
      return recurse(expr.operand);
    case 'binary':
      if (expr.op === 'in' || expr.op === 'not in') return recurse(expr.left);
      return recurse(expr.left) || recurse(expr.right);
    default:
      return false;
  }
}

/**
 * The aggregate rule: count/avg/min/max are always aggregates; `sum(x)` is an
 * aggregate when x is not array-valued and the query groups (see
 * `groupingMode`); otherwise it is the per-row sum of a list, as in the CLI.
 * Only SELECT, HAVING and ORDER BY aggregate.
 */
export function isAggregateCall(expr: Expr, sumsAggregate = true): boolean {
  if (expr.kind !== 'call') return false;
  if (AGGREGATE_ONLY.has(expr.name)) return true;
  return sumsAggregate && expr.name === 'sum' && !isArrayValued(expr.args[0]);
}

export function containsAggregate(expr: Expr, sumsAggregate = true): boolean {
  if (isAggregateCall(expr, sumsAggregate)) return true;
  return children(expr).some((e) => containsAggregate(e, sumsAggregate));
}

/** `sum(x)` with x not array-valued: an aggregate or a per-row list sum, depending on the query. */
function isOpenSum(expr: Expr): boolean {
  return expr.kind === 'call' && expr.name === 'sum' && !isArrayValued(expr.args[0]);
}

function containsOpenSum(expr: Expr): boolean {
  return isOpenSum(expr) || children(expr).some(containsOpenSum);
}

/**
 * A SELECT item in the CLI's own form, `sum|len|any|all(path)`: outside
 * grouping it is the CLI's reducer (a list is reduced, any other value is
 * returned as it is; see reduceValue).
 */
export function isReducerItem(expr: Expr): expr is Extract<Expr, { kind: 'call' }> {
  return expr.kind === 'call' && (expr.name === 'sum' || expr.name === 'len' || expr.name === 'any' || expr.name === 'all') && expr.args.length === 1 && expr.args[0].kind === 'path';
}

/**
 * Whether a query groups its rows:
 * - 'groups': GROUP BY, HAVING, or count/avg/min/max in SELECT or ORDER BY
 *   (the CLI has none of these), so every sum(x) of a non-list is an aggregate;
 * - 'rows': no aggregate at all, or sum() that cannot be an aggregate here
 *   because SELECT/ORDER BY also reads a field outside it or WHERE uses its
 *   alias (`select name, sum(nums) as s where s > 5` is a CLI query);
 * - 'data': only sum()s of possibly scalar values (`SELECT sum(memoryMB)`):
 *   a per-row list sum when the argument is a list in some row, as the CLI
 *   reads it, else an aggregate (a sum over a scalar field has no CLI meaning).
 * Returns the open sum() calls too, for the data check.
 */
export function groupingMode(ast: QueryAst): { mode: 'groups' | 'rows' | 'data'; sums: Extract<Expr, { kind: 'call' }>[] } {
  const items = Array.isArray(ast.select) ? ast.select : [];
  const grouped = [...items.map((i) => i.expr), ...(ast.orderBy ?? []).map((o) => o.expr)];
  if (ast.groupBy !== undefined || ast.having !== undefined || grouped.some((e) => containsAggregate(e, false))) return { mode: 'groups', sums: [] };
  if (!grouped.some(containsOpenSum)) return { mode: 'rows', sums: [] };
  const aliases = new Map<string, Expr>();
  for (const item of items) if (item.alias) aliases.set(item.alias, item.expr);
  const bare = (expr: Expr, expanding: ReadonlySet<string>): boolean => {
    if (isOpenSum(expr)) return false;
    if (expr.kind === 'path') {
      const name = plainName(expr);
      const target = name === undefined ? undefined : aliases.get(name);
      if (name === undefined || !target || target === expr || expanding.has(name)) return true;
      return bare(target, new Set([...expanding, name]));
    }
    return children(expr).some((e) => bare(e, expanding));
  };
  const whereUsesSum = (expr: Expr): boolean => {
    const name = plainName(expr);
    const target = name === undefined ? undefined : aliases.get(name);
    if (target && target !== expr && containsOpenSum(target)) return true;
    return children(expr).some(whereUsesSum);
  };
  const fieldNextToSum =
    ast.select === '*' ||
    items.some((i) => bare(i.expr, new Set(i.alias ? [i.alias] : []))) ||
    (ast.orderBy ?? []).some((o) => bare(o.expr, new Set()));
  if (fieldNextToSum || (ast.where !== undefined && whereUsesSum(ast.where))) return { mode: 'rows', sums: [] };
  const sums: Extract<Expr, { kind: 'call' }>[] = [];
  const gather = (expr: Expr): void => {
    if (isOpenSum(expr) && expr.kind === 'call') sums.push(expr);
    else children(expr).forEach(gather);
  };
  grouped.forEach(gather);
  return { mode: 'data', sums };
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
