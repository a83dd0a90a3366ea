// WHERE over column caches (columns.ts). A test whose only input is one
// plain field (`powerState = 'poweredOn'`, `memoryMB / 1024 >= 8`,
// `name like 'web%'`) or one `list[*].field` inside any()/all()
// (`any(concerns[*].category = 'Critical')`) is run once per DISTINCT value,
// through the ordinary compiled closure, into a lookup table; the rows are then
// a scan over Int32Array codes. and/or/not combine such masks. Results are the
// rules' results by construction: the same closure decides every value, and a
// column or table that cannot be made (a list or object value, a type error
// for some value, too many distinct values) sends the whole WHERE back to the
// row closures.
//
// The top-level `and` chain may mix mask terms with other terms: a row is then
// kept by testing the terms in order, masks by lookup and the others by their
// closure, so the others run on exactly the rows and in the order the row
// closures would (short-circuit, first error, LIMIT stopping early).

import type { Expr, ExprOf } from './ast';
import { containsWildcard, isRowPath } from './compileArrayCall';
import type { ExprEnv, Fn } from './compileExpr';
import { listColumn, valueColumn, type ListColumn, type Primitive, type ValueColumn } from './columns';
import { TslError } from './errors';
import { plainFieldName, splitWildcard } from './paths';
import type { Value } from './semantics';

type Compile = (expr: Expr, env: ExprEnv) => Fn;

/** Fills `out[i]` with 1 where the term is exactly true; false when the columns cannot be used. */
type MaskFn = (rows: readonly unknown[], out: Uint8Array) => boolean;

/** What a run uses to test row i: a mask, a per-row test, or nothing (the row closure). */
export type Keep = Uint8Array | ((index: number, row: unknown) => boolean) | undefined;

/**
 * Plans WHERE over columns. Returns undefined when no term can use them;
 * otherwise `prepare(rows)` gives the Keep for one run.
 */
export function compileFilter(where: Expr, env: ExprEnv, compile: Compile): ((rows: readonly unknown[]) => Keep) | undefined {
  const terms: Expr[] = [];
  const flatten = (e: Expr): void => {
    if (e.kind === 'binary' && e.op === 'and') {
      flatten(e.left);
      flatten(e.right);
    } else terms.push(e);
  };
  flatten(where);
  const masks = terms.map((t) => compileMask(t, env, compile));
  if (masks.every((m) => m === undefined)) return undefined;
  const closures = terms.map((t) => compile(t, env));
  // A term that gives neither a boolean nor null is an `and` operand error (or an
  // element-wise array): the whole WHERE closure then decides that row, exactly.
  const whole = compile(where, env);
  return (rows) => {
    const n = rows.length;
    const filled: (Uint8Array | undefined)[] = [];
    for (const mask of masks) {
      const out = mask ? new Uint8Array(n) : undefined;
      // A term whose columns cannot be used for these rows is tested by its closure.
      filled.push(out && mask!(rows, out) ? out : undefined);
    }
    if (filled.every((m) => m === undefined)) return undefined;
    if (filled.every((m) => m !== undefined)) {
      const all = filled[0] as Uint8Array;
      for (let k = 1; k < filled.length; k++) {
        const m = filled[k] as Uint8Array;
        for (let i = 0; i < n; i++) all[i] &= m[i];
      }
      return all;
    }
    return (index, row) => {
      for (let k = 0; k < terms.length; k++) {
        const m = filled[k];
        if (m) {
          if (m[index] === 0) return false;
          continue;
        }
        const r = closures[k](row);
        if (r === true) continue;
        if (r === false || r === null) return false;
        return whole(row) === true;
      }
      return true;
    };
  };
}

function compileMask(expr: Expr, env: ExprEnv, compile: Compile): MaskFn | undefined {
  if (expr.kind === 'binary' && (expr.op === 'and' || expr.op === 'or')) {
    const l = compileMask(expr.left, env, compile);
    const r = l && compileMask(expr.right, env, compile);
    if (!l || !r) return undefined;
    const and = expr.op === 'and';
    return (rows, out) => {
      if (!l(rows, out)) return false;
      const other = new Uint8Array(rows.length);
      if (!r(rows, other)) return false;
      if (and) for (let i = 0; i < out.length; i++) out[i] &= other[i];
      else for (let i = 0; i < out.length; i++) out[i] |= other[i];
      return true;
    };
  }
  if (expr.kind === 'not') {
    // Masks hold "exactly true"; every mask term gives true, false or null, and not(null) is true.
    const inner = compileMask(expr.operand, env, compile);
    if (!inner) return undefined;
    return (rows, out) => {
      if (!inner(rows, out)) return false;
      for (let i = 0; i < out.length; i++) out[i] ^= 1;
      return true;
    };
  }
  if (expr.kind === 'call' && (expr.name === 'any' || expr.name === 'all')) return compileListMask(expr, env, compile);
  return compileValueMask(expr, env, compile);
}

/** The single field path in `expr`, when it has exactly one and no calls; else undefined. */
function onlyPath(expr: Expr): ExprOf<'path'> | undefined {
  const found: ExprOf<'path'>[] = [];
  let ok = true;
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case 'path':
        found.push(e);
        return;
      case 'call':
        ok = false;
        return;
      case 'literal':
        return;
      case 'array':
        e.items.forEach(walk);
        return;
      case 'not':
      case 'negate':
      case 'isNull':
        walk(e.operand);
        return;
      case 'between':
        [e.operand, e.low, e.high].forEach(walk);
        return;
      case 'binary':
        walk(e.left);
        walk(e.right);
        return;
    }
  };
  walk(expr);
  return ok && found.length === 1 ? found[0] : undefined;
}

/**
 * The test's result for every dictionary value (1 = exactly true), or
 * undefined when some value gives a type error or a result that is not a
 * boolean or null (then masks could not combine it: the row closures decide).
 */
function lookupTable(dict: readonly Primitive[], test: (v: Value) => Value): Uint8Array | undefined {
  const table = new Uint8Array(dict.length + 1); // the last entry is null's
  try {
    for (let c = 0; c <= dict.length; c++) {
      const r = test(c < dict.length ? dict[c] : null);
      if (r !== true && r !== false && r !== null) return undefined;
      table[c] = r === true ? 1 : 0;
    }
  } catch (error) {
    if (error instanceof TslError) return undefined;
    throw error;
  }
  return table;
}

/** `field OP ...` with literals only: one table per column, cached. */
function compileValueMask(expr: Expr, env: ExprEnv, compile: Compile): MaskFn | undefined {
  const path = onlyPath(expr);
  if (!path || !isRowPath(path, env)) return undefined;
  const name = plainFieldName(path.segments);
  if (name === undefined) return undefined;
  let current: Value = null;
  const test = compile(expr, { ...env, override: (e) => (e === path ? () => current : env.override?.(e)) });
  const tables = new WeakMap<ValueColumn, Uint8Array | null>();
  return (rows, out) => {
    const column = valueColumn(rows, name);
    if (!column) return false;
    let table = tables.get(column);
    if (table === undefined) {
      table = lookupTable(column.dict, (v) => ((current = v), test(null))) ?? null;
      tables.set(column, table);
    }
    if (!table) return false;
    const { codes } = column;
    const nullAt = column.dict.length;
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i];
      out[i] = table[c < 0 ? nullAt : c];
    }
    return true;
  };
}

/** `any/all(list[*].field OP ...)` with literals only on the right. */
function compileListMask(expr: ExprOf<'call'>, env: ExprEnv, compile: Compile): MaskFn | undefined {
  const test = expr.args[0];
  if (!test || test.kind !== 'binary' || test.op === 'and' || test.op === 'or') return undefined;
  const left = test.left;
  if (left.kind !== 'path' || !isRowPath(left, env) || containsWildcard(test.right) || onlyPath(test) !== left) return undefined;
  const split = splitWildcard(left.segments);
  if (!split) return undefined;
  let current: Value = null;
  const element = compile(test, { ...env, override: (e) => (e === left ? () => current : env.override?.(e)) });
  const wantAny = expr.name === 'any';
  const tables = new WeakMap<ListColumn, Uint8Array | null>();
  return (rows, out) => {
    const column = listColumn(rows, split.headName, split.tailName);
    if (!column) return false;
    let table = tables.get(column);
    if (table === undefined) {
      table = lookupTable(column.dict, (v) => ((current = v), element(null))) ?? null;
      tables.set(column, table);
    }
    if (!table) return false;
    const { offsets, missing, codes } = column;
    for (let i = 0; i < missing.length; i++) {
      if (missing[i] === 1) {
        out[i] = 0; // any/all of a missing list is null
        continue;
      }
      const end = offsets[i + 1];
      let j = offsets[i];
      if (wantAny) {
        while (j < end && table[codes[j]] === 0) j++;
        out[i] = j < end ? 1 : 0;
      } else {
        const empty = j === end;
        while (j < end && table[codes[j]] === 1) j++;
        out[i] = !empty && j === end ? 1 : 0;
      }
    }
    return true;
  };
}
