// Warnings for queries that run but cannot do what was meant. Today: a
// comparison on an array at the top level of WHERE (through and/or/not) yields
// an array, and a row matches only when WHERE is exactly `true`, so it never
// matches. The fix is to wrap it in any(...) or all(...). A path through a list
// without `[*]` (`disks.capacity > 6`) is such an array too; only the caller
// knows which fields are lists, so it may pass `isList`.

import type { Expr, PathSegment } from './ast';
import { isArrayValued } from './analysis';
import type { Diagnostic } from './errors';
import { parseQuery } from './parser';
import { TslError } from './errors';

export interface DiagnoseOptions {
  /** Whether a path runs through a list (e.g. from the loaded rows' schema). */
  isList?: (segments: readonly PathSegment[]) => boolean;
}

/** Warnings for a query; syntax errors are not reported here (parseQuery throws them). */
export function diagnose(query: string, options: DiagnoseOptions = {}): Diagnostic[] {
  let where: Expr | undefined;
  try {
    where = parseQuery(query).where;
  } catch (error) {
    if (error instanceof TslError) return [];
    throw error;
  }
  const out: Diagnostic[] = [];
  if (where) visit(where, query, out, options);
  return out;
}

function isTest(expr: Expr): boolean {
  if (expr.kind === 'between') return true;
  return expr.kind === 'binary' && expr.op !== 'and' && expr.op !== 'or' && !['+', '-', '*', '/', '%'].includes(expr.op);
}

function visit(expr: Expr, query: string, out: Diagnostic[], options: DiagnoseOptions): void {
  if (expr.kind === 'binary' && (expr.op === 'and' || expr.op === 'or')) {
    visit(expr.left, query, out, options);
    visit(expr.right, query, out, options);
    return;
  }
  if (expr.kind === 'not') {
    visit(expr.operand, query, out, options);
    return;
  }
  if (isTest(expr) && isArrayValued(expr, options.isList)) {
    const text = query.slice(expr.offset, expr.offset + expr.length);
    out.push({
      severity: 'warning',
      message: `This comparison is applied to every element of a list and gives a list, so it never matches a row. Use any(${text}) to match when some element passes, or all(${text}) when every element must.`,
      offset: expr.offset,
      length: expr.length,
      suggestion: `any(${text})`,
    });
  }
}
