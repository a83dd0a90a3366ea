// Public API of the TSL query engine (pure TypeScript: no React, no DOM, no eval).
//
//   runQuery('SELECT name, memoryMB/1024 AS gb WHERE powerState = "poweredOn" ORDER BY gb DESC LIMIT 5', vms)
//
// Parse once with parseQuery, compile once with compileQuery, run many times.

import { compileQuery, type CompiledQuery, type QueryResult } from './compileQuery';
import { parseQuery } from './parser';

export type { Expr, PathSegment, QueryAst, SelectItem, OrderItem, Span, BinaryOperator, FunctionName, LiteralValue } from './ast';
export { TslError, type Diagnostic } from './errors';
export { parseQuery, parseExpression } from './parser';
export { printQuery, printExpr } from './printer';
export { compileQuery, type CompiledQuery, type CompileOptions, type QueryResult } from './compileQuery';
export { diagnose, type DiagnoseOptions } from './diagnose';
export { completionContext, type CompletionContext, type CompletionKind } from './completion';
export { KEYWORDS, OPERATORS, FUNCTIONS, type CatalogEntry } from './catalog';
export { collectFieldPaths } from './fieldPaths';

/**
 * Parses, compiles and runs a query over rows. Without SELECT (or with SELECT *)
 * the result rows are the original objects and `columns` is empty.
 * Throws TslError for syntax errors and for type errors met while running.
 */
export function runQuery(query: string, rows: readonly unknown[]): QueryResult {
  return compile(query).run(rows);
}

const recent = new Map<string, CompiledQuery>();

/** Parse + compile with a small cache, so re-running the same text costs nothing extra. */
function compile(query: string): CompiledQuery {
  let compiled = recent.get(query);
  if (!compiled) {
    compiled = compileQuery(parseQuery(query));
    if (recent.size > 50) recent.clear();
    recent.set(query, compiled);
  }
  return compiled;
}
