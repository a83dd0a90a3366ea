// Whole-query compilation. The pipeline, per run:
//   non-aggregating: filter -> (top-k | sort | first n) -> offset/limit -> project
//   aggregating:     filter -> group + accumulate -> HAVING -> order -> offset/limit -> project
// Projection happens last, so only returned rows are built.

import type { Expr, OrderItem, QueryAst, SelectItem } from './ast';
import { containsAggregate, groupingMode, isAggregateCall, isReducerItem, plainName } from './analysis';
import { compileExpr, type ExprEnv, type Fn } from './compileExpr';
import { compileFilter } from './compileFilter';
import { directField } from './compileFieldOps';
import { TslError } from './errors';
import { printExpr } from './printer';
import { compareScalar, orderScalars, reduceValue, typeError, typeName, type Value } from './semantics';
import { TopK } from './topk';

export interface QueryResult {
  /** Output column names; empty when the rows are the original objects (no SELECT, or SELECT *). */
  columns: string[];
  rows: Record<string, unknown>[];
}

export interface CompiledQuery {
  readonly ast: QueryAst;
  readonly columns: string[];
  /**
   * True when the query groups rows (GROUP BY, HAVING, or aggregates in
   * SELECT/ORDER BY). For a query whose meaning depends on the data
   * (`SELECT sum(x)`, see groupingMode) this is the answer for rows where x
   * is never a list; `aggregatesOver(rows)` gives the answer for given rows.
   */
  readonly aggregating: boolean;
  aggregatesOver(rows: readonly unknown[]): boolean;
  run(rows: readonly unknown[]): QueryResult;
}

export interface CompileOptions {
  /**
   * WHERE over column caches (columns.ts), built once per rows array on first
   * use (default true). They assume that the rows and their objects are not
   * changed between runs (appending rows is fine); pass false otherwise.
   */
  columns?: boolean;
}

/** Compiles a parsed query once; `run` may then be called on many row sets. Throws TslError. */
export function compileQuery(ast: QueryAst, options: CompileOptions = {}): CompiledQuery {
  const { mode, sums } = groupingMode(ast);
  const columns = options.columns !== false;
  if (mode !== 'data') {
    const compiled = compileAs(ast, mode === 'groups', columns);
    return { ...compiled, aggregatesOver: () => compiled.aggregating };
  }
  // Only sum()s: the CLI's per-row list sums when an argument is a list in some row, else aggregates.
  const asRows = compileAs(ast, false, columns);
  const asGroups = compileAs(ast, true, columns);
  const probes = sums.map((call) => compileExpr(call.args[0], { clause: 'SELECT' }));
  const holdsList = (rows: readonly unknown[]): boolean => {
    for (const probe of probes) {
      for (let i = 0; i < rows.length; i++) {
        try {
          if (Array.isArray(probe(rows[i]))) return true;
        } catch (error) {
          if (!(error instanceof TslError)) throw error; // a type error here is not a list
        }
      }
    }
    return false;
  };
  return {
    ast,
    columns: asGroups.columns,
    aggregating: true,
    aggregatesOver: (rows) => !holdsList(rows),
    run: (rows) => (holdsList(rows) ? asRows : asGroups).run(rows),
  };
}

function compileAs(ast: QueryAst, grouping: boolean, useColumns: boolean): Omit<CompiledQuery, 'aggregatesOver'> {
  const items = ast.select === '*' || ast.select === undefined ? undefined : ast.select;
  const aggregating = grouping;
  if (aggregating && ast.select === '*') {
    throw new TslError('SELECT * cannot be combined with grouping; list the grouped expressions and aggregates', 0, 6, []);
  }
  const columns = columnNames(items ?? (aggregating ? (ast.groupBy ?? []).map((expr) => ({ expr, offset: expr.offset, length: expr.length })) : []));
  const aliases = new Map<string, Expr>();
  for (const item of items ?? []) if (item.alias) aliases.set(item.alias, item.expr);
  const run = aggregating ? compileAggregating(ast, items, columns, aliases, useColumns) : compileRowQuery(ast, items, columns, aliases, useColumns);
  return { ast, columns: items ? columns : aggregating ? columns : [], aggregating, run };
}

function columnNames(items: readonly SelectItem[]): string[] {
  const seen = new Set<string>();
  return items.map((item) => {
    const base = item.alias ?? printExpr(item.expr);
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base}_${n}`;
    seen.add(name);
    return name;
  });
}

/**
 * Row context: fields read from the row; SELECT aliases expand to their
 * expression (a CLI reducer item as the reducer). In a grouping query an
 * alias of an aggregate cannot be used here.
 */
function rowEnv(clause: string, aliases: ReadonlyMap<string, Expr>, grouping: boolean): ExprEnv {
  const base: ExprEnv = { clause };
  const env: ExprEnv = {
    clause,
    override(expr) {
      const name = plainName(expr);
      const target = name === undefined ? undefined : aliases.get(name);
      if (!target || target === expr) return undefined;
      if (containsAggregate(target, grouping)) {
        throw new TslError(`'${name}' is an aggregate; filter on it with HAVING`, expr.offset, expr.length, ['HAVING']);
      }
      // An alias expands once; inside it names are fields (so `x + 1 AS x` works).
      return grouping ? compileExpr(target, base) : compileSelectItem(target, base);
    },
  };
  return env;
}

/** A SELECT item outside grouping: `sum|len|any|all(path)` is the CLI's reducer, anything else an expression. */
function compileSelectItem(expr: Expr, env: ExprEnv): Fn {
  if (!isReducerItem(expr)) return compileExpr(expr, env);
  const name = expr.name as 'sum' | 'len' | 'any' | 'all';
  const read = compileExpr(expr.args[0], env);
  return (row) => reduceValue(name, read(row));
}

// ---- ordering -----------------------------------------------------------------

interface Entry<T> {
  item: T;
  index: number;
  keys: Value[];
}

function compareKeys(a: readonly Value[], ai: number, b: readonly Value[], bi: number, descending: readonly boolean[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === null) return 1; // nulls last in both directions
    if (y === null) return -1;
    const c = orderScalars(x, y);
    if (c !== 0) return descending[i] ? -c : c;
  }
  return ai - bi;
}

/** Orders `items` (already filtered) by the keys and applies offset/limit, with top-k when limited. */
function orderAndSlice<T>(
  source: readonly T[],
  accept: ((item: T, index: number) => boolean) | undefined,
  order: readonly OrderItem[],
  keyFns: readonly ((item: T) => Value)[],
  limit: number | undefined,
  offset: number,
): T[] {
  const descending = order.map((o) => o.descending);
  const n = keyFns.length;
  const cmp = (a: Entry<T>, b: Entry<T>): number => compareKeys(a.keys, a.index, b.keys, b.index, descending);
  if (limit !== undefined) {
    const heap = new TopK<Entry<T>>(offset + limit, cmp);
    const scratch: Value[] = new Array(n);
    for (let index = 0; index < source.length; index++) {
      const item = source[index];
      if (accept && !accept(item, index)) continue;
      for (let k = 0; k < n; k++) scratch[k] = keyFns[k](item);
      // Only rows that beat the current worst are copied into the heap.
      if (heap.wouldAccept((worst) => compareKeys(scratch, index, worst.keys, worst.index, descending) < 0)) {
        heap.push({ item, index, keys: scratch.slice() });
      }
    }
    return heap.sorted().slice(offset).map((e) => e.item);
  }
  const entries: Entry<T>[] = [];
  for (let index = 0; index < source.length; index++) {
    const item = source[index];
    if (accept && !accept(item, index)) continue;
    const keys: Value[] = new Array(n);
    for (let k = 0; k < n; k++) keys[k] = keyFns[k](item);
    entries.push({ item, index, keys });
  }
  entries.sort(cmp);
  return entries.slice(offset).map((e) => e.item);
}

/** Builds one output record per picked row (or group). */
function project(columns: readonly string[], fns: readonly Fn[], source: readonly unknown[]): Record<string, unknown>[] {
  const build = recordBuilder(columns, fns);
  const out: Record<string, unknown>[] = new Array(source.length);
  for (let r = 0; r < source.length; r++) out[r] = build(source[r]);
  return out;
}

/**
 * One record from one row. Every record is a copy of a template that already
 * has all the columns in order, so all records share one hidden class and each
 * column store overwrites an existing property instead of adding one. Up to
 * four columns the stores are unrolled, so each store and call site sees one
 * column instead of all of them (V8 keeps type feedback per source site; a
 * site that sees many property names is slower).
 */
function recordBuilder(columns: readonly string[], fns: readonly Fn[]): (row: unknown) => Record<string, unknown> {
  // fromEntries defines own properties, so a column named `__proto__` is a column
  // (an assignment would set the prototype); copies and stores then hit that property.
  const template: Record<string, unknown> = Object.fromEntries(columns.map((column) => [column, null]));
  const [k0, k1, k2, k3] = columns;
  const [f0, f1, f2, f3] = fns;
  switch (fns.length) {
    case 1:
      return (row) => {
        const record = { ...template };
        record[k0] = f0(row);
        return record;
      };
    case 2:
      return (row) => {
        const record = { ...template };
        record[k0] = f0(row);
        record[k1] = f1(row);
        return record;
      };
    case 3:
      return (row) => {
        const record = { ...template };
        record[k0] = f0(row);
        record[k1] = f1(row);
        record[k2] = f2(row);
        return record;
      };
    case 4:
      return (row) => {
        const record = { ...template };
        record[k0] = f0(row);
        record[k1] = f1(row);
        record[k2] = f2(row);
        record[k3] = f3(row);
        return record;
      };
    default:
      return (row) => {
        const record = { ...template };
        for (let c = 0; c < fns.length; c++) record[columns[c]] = fns[c](row);
        return record;
      };
  }
}

// ---- non-aggregating queries ------------------------------------------------------

function compileRowQuery(ast: QueryAst, items: readonly SelectItem[] | undefined, columns: string[], aliases: ReadonlyMap<string, Expr>, useColumns: boolean) {
  const whereEnv = rowEnv('WHERE', aliases, false);
  const where = ast.where ? compileExpr(ast.where, whereEnv) : undefined;
  const filter = ast.where && useColumns ? compileFilter(ast.where, whereEnv, compileExpr) : undefined;
  const selectFns = (items ?? []).map((i) => compileSelectItem(i.expr, { clause: 'SELECT' }));
  const orderEnv = rowEnv('ORDER BY', aliases, false);
  const orderFns = (ast.orderBy ?? []).map((o) => compileExpr(o.expr, orderEnv));
  const limit = ast.limit;
  const offset = ast.skip ?? 0;

  /** WHERE, then OFFSET/LIMIT, in source order: the kept rows, or their records when `build` is given. */
  const scan = (rows: readonly unknown[], build?: (row: unknown) => Record<string, unknown>): unknown[] => {
    const out: unknown[] = [];
    let skip = offset;
    let left = limit ?? Infinity;
    if (left <= 0) return out;
    const keep = filter?.(rows);
    if (keep instanceof Uint8Array) {
      // WHERE decided from column caches: no row is read to test it.
      for (let i = 0; i < rows.length; i++) {
        if (keep[i] === 0) continue;
        if (skip > 0) {
          skip--;
          continue;
        }
        out.push(build ? build(rows[i]) : rows[i]);
        if (--left <= 0) break;
      }
      return out;
    }
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (keep ? !keep(i, row) : where && where(row) !== true) continue;
      if (skip > 0) {
        skip--;
        continue;
      }
      out.push(build ? build(row) : row);
      if (--left <= 0) break;
    }
    return out;
  };

  /** The WHERE test for one run, by row index (for ORDER BY). */
  const acceptFor = (rows: readonly unknown[]): ((row: unknown, index: number) => boolean) | undefined => {
    const keep = filter?.(rows);
    if (keep instanceof Uint8Array) return (_row, index) => keep[index] === 1;
    if (keep) return (row, index) => keep(index, row);
    return where ? (row: unknown) => where(row) === true : undefined;
  };

  const twoPasses = (rows: readonly unknown[]): QueryResult => {
    const picked = ast.orderBy ? orderAndSlice(rows, acceptFor(rows), ast.orderBy, orderFns, limit, offset) : scan(rows);
    // Without SELECT (or with SELECT *) the original objects are returned untouched.
    if (!items) return { columns: [], rows: picked as Record<string, unknown>[] };
    return { columns, rows: project(columns, selectFns, picked) };
  };
  if (!items || ast.orderBy) return twoPasses;

  // SELECT without ORDER BY: each kept row is projected while it is still in the
  // CPU cache, instead of a second pass over the picked rows (that second pass
  // fetched every row object from memory again and cost as much as the filter).
  // Evaluation order differs only when something throws: then the query is
  // rerun in two passes, so the error reported is the one WHERE meets first.
  const build = recordBuilder(columns, selectFns);
  return (rows: readonly unknown[]): QueryResult => {
    try {
      return { columns, rows: scan(rows, build) as Record<string, unknown>[] };
    } catch (error) {
      if (error instanceof TslError) return twoPasses(rows);
      throw error;
    }
  };
}

// ---- aggregating queries ------------------------------------------------------------

interface Group {
  keys: Value[];
  /** Rows in the group: count(*) reads this instead of an accumulator. */
  count: number;
  accumulators: Accumulator[];
  /** Final aggregate values, filled after all rows are seen. */
  values: Value[];
}

interface Accumulator {
  add(v: Value): void;
  result(): Value;
}

interface AggregateSpec {
  expr: Extract<Expr, { kind: 'call' }>;
  arg?: Fn;
}

function makeAccumulator(spec: AggregateSpec): Accumulator {
  const at = spec.expr;
  switch (spec.expr.name) {
    case 'count': {
      let n = 0;
      return { add: (v) => void (v !== null && n++), result: () => n };
    }
    case 'sum':
    case 'avg': {
      let total = 0;
      let n = 0;
      const add = (v: Value): void => {
        if (v === null) return;
        if (Array.isArray(v)) {
          for (const x of v) add(x);
          return;
        }
        if (typeof v !== 'number') throw typeError(`${at.name}() needs numbers, got ${typeName(v)}`, at);
        total += v;
        n++;
      };
      const isSum = spec.expr.name === 'sum';
      return { add, result: () => (n === 0 ? null : isSum ? total : total / n) };
    }
    default: {
      // min / max over numbers or strings (dates as instants, like comparisons)
      const wantLess = spec.expr.name === 'min';
      let best: Value = null;
      return {
        add: (v) => {
          if (v === null) return;
          if (best === null) {
            if (Array.isArray(v) || typeof v === 'object' || typeof v === 'boolean') throw typeError(`${at.name}() needs numbers or strings, got ${typeName(v)}`, at);
            best = v;
            return;
          }
          if (compareScalar(wantLess ? '<' : '>', v, best, at)) best = v;
        },
        result: () => best,
      };
    }
  }
}

function compileAggregating(ast: QueryAst, items: readonly SelectItem[] | undefined, columns: string[], aliases: ReadonlyMap<string, Expr>, useColumns: boolean) {
  const groupBy = ast.groupBy ?? [];
  const keyTexts = groupBy.map(printExpr);
  const whereEnv = rowEnv('WHERE', aliases, true);
  const where = ast.where ? compileExpr(ast.where, whereEnv) : undefined;
  const filter = ast.where && useColumns ? compileFilter(ast.where, whereEnv, compileExpr) : undefined;
  const keyEnv = rowEnv('GROUP BY', aliases, true);
  const keyFns = groupBy.map((g) => compileExpr(g, keyEnv));
  // One plain field as the key (`GROUP BY guestId`): read inline in the loop below.
  const keyField = groupBy.length === 1 ? directField(groupBy[0], keyEnv) : undefined;
  const specs: AggregateSpec[] = [];
  const specIndex = new Map<string, number>();
  const argEnv = rowEnv('an aggregate argument', aliases, true);

  const groupEnv = (clause: string, expanding: ReadonlySet<string>): ExprEnv => ({
    clause,
    override(expr) {
      const text = printExpr(expr);
      const k = keyTexts.indexOf(text);
      if (k >= 0) return (g) => (g as Group).keys[k];
      if (isAggregateCall(expr) && expr.kind === 'call') {
        let index = specIndex.get(text);
        if (index === undefined) {
          index = specs.length;
          specs.push({ expr, arg: expr.star ? undefined : compileExpr(expr.args[0], argEnv) });
          specIndex.set(text, index);
        }
        const i = index;
        return (g) => (g as Group).values[i];
      }
      const name = plainName(expr);
      const target = name === undefined ? undefined : aliases.get(name);
      if (name !== undefined && target && !expanding.has(name)) {
        return compileExpr(target, groupEnv(clause, new Set([...expanding, name])));
      }
      return undefined;
    },
    path(expr) {
      const text = printExpr(expr);
      throw new TslError(
        `'${text}' must appear in GROUP BY or inside an aggregate such as count(), sum(), min() (in ${clause})`,
        expr.offset,
        expr.length,
        [],
      );
    },
  });

  const selectFns = (items ?? []).map((i) => compileExpr(i.expr, groupEnv('SELECT', i.alias ? new Set([i.alias]) : new Set())));
  const keyColumnFns: Fn[] = items ? [] : groupBy.map((_, k) => (g: unknown) => (g as Group).keys[k]);
  const having = ast.having ? compileExpr(ast.having, groupEnv('HAVING', new Set())) : undefined;
  const orderEnv = groupEnv('ORDER BY', new Set());
  const orderFns = (ast.orderBy ?? []).map((o) => compileExpr(o.expr, orderEnv));
  const limit = ast.limit;
  const offset = ast.skip ?? 0;

  return (rows: readonly unknown[]): QueryResult => {
    const groups = new Map<unknown, Group>();
    const newGroup = (keys: Value[]): Group => ({ keys, count: 0, accumulators: specs.map(makeAccumulator), values: [] });
    const single = keyFns.length === 1 ? keyFns[0] : undefined;
    const nSpecs = specs.length;
    const keep = filter?.(rows);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (keep instanceof Uint8Array ? keep[i] === 0 : keep ? !keep(i, row) : where && where(row) !== true) continue;
      let group: Group | undefined;
      if (single) {
        let key: Value;
        if (keyField !== undefined) {
          // plainFieldName: a non-object row gives undefined or a method here, both null.
          const raw = row == null ? undefined : (row as Record<string, unknown>)[keyField];
          key = raw === undefined || typeof raw === 'function' ? null : (raw as Value);
        } else {
          key = single(row);
        }
        const mapKey = key !== null && typeof key === 'object' ? '\u0000' + JSON.stringify(key) : key;
        group = groups.get(mapKey);
        if (!group) groups.set(mapKey, (group = newGroup([key])));
      } else {
        const keys = keyFns.map((f) => f(row));
        const mapKey = keys.length === 0 ? '' : JSON.stringify(keys);
        group = groups.get(mapKey);
        if (!group) groups.set(mapKey, (group = newGroup(keys)));
      }
      group.count++;
      for (let s = 0; s < nSpecs; s++) {
        const arg = specs[s].arg;
        if (arg) group.accumulators[s].add(arg(row));
      }
    }
    // Without GROUP BY the whole input is one group, even when it is empty (count(*) = 0).
    if (groupBy.length === 0 && groups.size === 0) groups.set('', newGroup([]));
    const all: Group[] = [];
    for (const group of groups.values()) {
      group.values = group.accumulators.map((a, s) => (specs[s].arg ? a.result() : group.count));
      all.push(group);
    }
    const accept = having ? (g: Group) => having(g) === true : undefined;
    let picked: Group[];
    if (ast.orderBy) {
      picked = orderAndSlice(all, accept, ast.orderBy, orderFns, limit, offset);
    } else {
      const kept = accept ? all.filter(accept) : all;
      picked = kept.slice(offset, limit === undefined ? undefined : offset + limit);
    }
    return { columns, rows: project(columns, items ? selectFns : keyColumnFns, picked) };
  };
}
