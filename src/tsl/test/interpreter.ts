// A deliberately plain tree-walking interpreter, used only by tests as the
// oracle for the closure compiler. It reuses the scalar rules of semantics.ts
// (those are the definition of the language) but walks the tree per row, reads
// paths its own way, and groups/sorts/slices in the most direct manner.

import type { Expr, PathSegment, QueryAst } from '../ast';
import { TslError } from '../errors';
import { printExpr } from '../printer';
import {
  arithScalar,
  arrayFunction,
  betweenScalar,
  compareScalar,
  compareValues,
  compileLike,
  elementwise,
  elementwise1,
  inList,
  logicScalar,
  matchScalar,
  negateValue,
  notValue,
  orderScalars,
  truth,
  type CompareOp,
  type MatchOp,
  type Value,
} from '../semantics';
import { compileRegex } from '../regex';

// Paths the way the CLI walks them, written recursively over "parts" (a field
// name plus the bracket steps after it), independently of paths.ts.
type Part = { name: string | undefined; brackets: PathSegment[] };

function toParts(segments: PathSegment[]): Part[] {
  const parts: Part[] = [];
  for (const s of segments) {
    if (s.kind === 'field') parts.push({ name: s.name, brackets: [] });
    else if (parts.length === 0) parts.push({ name: undefined, brackets: [s] });
    else parts[parts.length - 1].brackets.push(s);
  }
  return parts;
}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const clean = (v: unknown): Value => (v === undefined || typeof v === 'function' ? null : (v as Value));

/** One level of collecting: nulls dropped, list results spliced in. */
function gather(results: Value[]): Value[] {
  const out: Value[] = [];
  for (const r of results) {
    if (r === null) continue;
    if (Array.isArray(r)) out.push(...r.map(clean));
    else out.push(r);
  }
  return out;
}

function walkParts(value: unknown, parts: Part[]): Value {
  if (parts.length === 0) return clean(value);
  if (!isMap(value) && parts[0].name !== undefined) return null; // only objects have fields
  const [part, ...rest] = parts;
  let v: unknown = part.name === undefined ? value : value === null || value === undefined ? undefined : (value as Record<string, unknown>)[part.name];
  v = clean(v);
  for (let b = 0; b < part.brackets.length; b++) {
    const bracket = part.brackets[b];
    if (v === null) return null;
    if (bracket.kind === 'wildcard') {
      if (!Array.isArray(v)) return null;
      const tail: Part[] = b + 1 < part.brackets.length ? [{ name: undefined, brackets: part.brackets.slice(b + 1) }, ...rest] : rest;
      return gather((v as unknown[]).map((item) => (tail.length === 0 ? clean(item) : Array.isArray(item) && tail[0].name !== undefined ? null : walkElement(item, tail))));
    }
    if (bracket.kind === 'index') v = Array.isArray(v) ? clean(v[bracket.index]) : null;
    else if (bracket.kind === 'key') v = isMap(v) ? clean(v[bracket.key]) : null;
  }
  if (v === null) return null;
  if (rest.length === 0) return v as Value;
  // The implicit wildcard: a list met with path left to walk maps over its elements.
  if (Array.isArray(v) && rest[0].name !== undefined) return gather(v.map((item) => (Array.isArray(item) ? null : walkParts(item, rest))));
  return walkParts(v, rest);
}

function walkElement(item: unknown, parts: Part[]): Value {
  return walkParts(item, parts);
}

function readPath(value: unknown, segments: PathSegment[]): Value {
  return walkParts(value, toParts(segments));
}

interface Scope {
  row: unknown;
  aliases: Map<string, Expr>;
  expanding: Set<string>;
  group?: { keys: Value[]; keyTexts: string[]; rows: unknown[] };
  allowAggregates: boolean;
  /** True in a grouping query; outside one, `sum|len|any|all(path)` SELECT items are the CLI's reducers. */
  grouping?: boolean;
}

/** The CLI's SELECT reducer: only a list is reduced. */
function reducer(name: string, v: Value): Value {
  if (!Array.isArray(v)) return v;
  if (name === 'len') return v.length;
  if (name === 'sum') return v.reduce<number>((t, x) => (typeof x === 'number' ? t + x : t), 0);
  if (name === 'any') return v.some((x) => x === true);
  return v.length > 0 && v.every((x) => x === true);
}

const reducerShape = (e: Expr): e is Extract<Expr, { kind: 'call' }> =>
  e.kind === 'call' && ['sum', 'len', 'any', 'all'].includes(e.name) && e.args.length === 1 && e.args[0].kind === 'path';

/** A SELECT item's value for one row outside grouping. */
function selectValue(e: Expr, scope: Scope): Value {
  return reducerShape(e) ? reducer(e.name, evaluate(e.args[0], scope)) : evaluate(e, scope);
}

const AGG = new Set(['count', 'avg', 'min', 'max']);
function arrayValued(e: Expr): boolean {
  switch (e.kind) {
    case 'path':
      return e.segments.some((s) => s.kind === 'wildcard');
    case 'array':
      return true;
    case 'not':
    case 'negate':
    case 'between':
      return arrayValued(e.operand);
    case 'binary':
      return e.op === 'in' || e.op === 'not in' ? arrayValued(e.left) : arrayValued(e.left) || arrayValued(e.right);
    default:
      return false;
  }
}
const isAgg = (e: Expr): boolean => e.kind === 'call' && (AGG.has(e.name) || (e.name === 'sum' && !arrayValued(e.args[0])));

function aggregate(e: Extract<Expr, { kind: 'call' }>, scope: Scope): Value {
  const rows = scope.group?.rows ?? [];
  if (e.star) return rows.length;
  const values = rows.map((row) => evaluate(e.args[0], { ...scope, row, group: undefined, allowAggregates: false, expanding: new Set() }));
  const flat: Value[] = [];
  for (const v of values) {
    if (Array.isArray(v) && e.name !== 'count') flat.push(...v.filter((x) => x !== null));
    else if (v !== null) flat.push(v);
  }
  switch (e.name) {
    case 'count':
      return flat.length;
    case 'sum':
    case 'avg': {
      if (flat.length === 0) return null;
      let total = 0;
      for (const v of flat) {
        if (typeof v !== 'number') throw new TslError(`${e.name}() needs numbers`, e.offset, e.length);
        total += v;
      }
      return e.name === 'sum' ? total : total / flat.length;
    }
    default: {
      let best: Value = null;
      for (const v of flat) {
        if (best === null) {
          if (typeof v === 'object' || typeof v === 'boolean') throw new TslError(`${e.name}() needs numbers or strings`, e.offset, e.length);
          best = v;
        } else if (compareScalar(e.name === 'min' ? '<' : '>', v, best, e)) best = v;
      }
      return best;
    }
  }
}

export function evaluate(e: Expr, scope: Scope): Value {
  if (scope.group) {
    const k = scope.group.keyTexts.indexOf(printExpr(e));
    if (k >= 0) return scope.group.keys[k];
    if (isAgg(e) && e.kind === 'call') return aggregate(e, scope);
  }
  if (e.kind === 'path' && e.segments.length === 1 && e.segments[0].kind === 'field') {
    const name = e.segments[0].name;
    const target = scope.aliases.get(name);
    if (target && target !== e && !scope.expanding.has(name)) {
      const inner = { ...scope, expanding: new Set([...scope.expanding, name]) };
      return scope.group || scope.grouping ? evaluate(target, inner) : selectValue(target, inner);
    }
  }
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'path':
      if (scope.group) throw new TslError('not grouped', e.offset, e.length);
      return readPath(scope.row, e.segments);
    case 'array':
      return e.items.map((i) => evaluate(i, scope));
    case 'not':
      return notValue(evaluate(e.operand, scope), e);
    case 'negate':
      return negateValue(evaluate(e.operand, scope), e);
    case 'isNull':
      return (evaluate(e.operand, scope) === null) !== e.negated;
    case 'between': {
      const v = evaluate(e.operand, scope);
      const lo = evaluate(e.low, scope);
      const hi = evaluate(e.high, scope);
      return elementwise1(v, (x) => betweenScalar(x, lo, hi, e.negated, e));
    }
    case 'call': {
      if (AGG.has(e.name)) throw new TslError('aggregate here', e.offset, e.length);
      const [arg] = e.args;
      if ((e.name === 'any' || e.name === 'all') && isElementTest(arg, scope)) {
        // README rule: any() stops at the first true element, all() at the first false,
        // so a later element's type error is not reached.
        const wantAny = e.name === 'any';
        const list = evaluate(arg.left, scope);
        if (list === null) return null;
        if (!Array.isArray(list)) return arrayFunction(e.name, binary(arg, list, scope), e);
        for (const x of list) {
          if ((binary(arg, x, scope) === true) === wantAny) return wantAny;
        }
        return wantAny ? false : list.length > 0;
      }
      return arrayFunction(e.name as 'len', evaluate(arg, scope), e);
    }
    case 'binary':
      return binary(e, evaluate(e.left, scope), scope);
  }
}

/** `path OP y` with no [*] on the right (the path not an alias): tested element by element inside any()/all(). */
function isElementTest(e: Expr, scope: Scope): e is Extract<Expr, { kind: 'binary' }> {
  if (e.kind !== 'binary' || e.op === 'and' || e.op === 'or' || e.left.kind !== 'path') return false;
  const [first] = e.left.segments;
  if (e.left.segments.length === 1 && first.kind === 'field' && scope.aliases.has(first.name)) return false;
  return !JSON.stringify(e.right).includes('"wildcard"');
}

/** A binary operator whose left operand is already evaluated to `a`. */
function binary(e: Extract<Expr, { kind: 'binary' }>, a: Value, scope: Scope): Value {
  const op = e.op;
  if (op === 'and' || op === 'or') {
    if (!Array.isArray(a)) {
      const t = truth(a, op, e);
      if (op === 'and' && !t) return false;
      if (op === 'or' && t) return true;
      const b = evaluate(e.right, scope);
      return Array.isArray(b) ? elementwise(a, b, e, (x, y) => logicScalar(op, x, y, e)) : truth(b, op, e);
    }
    return elementwise(a, evaluate(e.right, scope), e, (x, y) => logicScalar(op, x, y, e));
  }
  if (op === 'in' || op === 'not in') {
    const list = evaluate(e.right, scope);
    if (!Array.isArray(list)) return inList(a, list, op === 'not in', e);
    return elementwise1(a, (x) => inList(x, list, op === 'not in', e));
  }
  if (op === 'like' || op === 'ilike' || op === 'not like' || op === 'not ilike' || op === '~=' || op === '~!') {
    const pattern = evaluate(e.right, scope);
    const negated = op === 'not like' || op === 'not ilike' || op === '~!';
    if (pattern === null) return elementwise1(a, () => negated);
    if (typeof pattern !== 'string') throw new TslError('pattern', e.right.offset, e.right.length);
    const test = op === '~=' || op === '~!' ? compileRegex(pattern, e.right) : compileLike(pattern, op === 'ilike' || op === 'not ilike');
    return elementwise1(a, (x) => matchScalar(op as MatchOp, x, test, e));
  }
  const b = evaluate(e.right, scope);
  if (op === '+' || op === '-' || op === '*' || op === '/' || op === '%') return elementwise(a, b, e, (x, y) => arithScalar(op, x, y, e));
  return compareValues(op as CompareOp, a, b, e);
}

function compareRows(a: { keys: Value[]; index: number }, b: { keys: Value[]; index: number }, desc: boolean[]): number {
  for (let i = 0; i < a.keys.length; i++) {
    const x = a.keys[i];
    const y = b.keys[i];
    if (x === null && y === null) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const c = orderScalars(x, y);
    if (c !== 0) return desc[i] ? -c : c;
  }
  return a.index - b.index;
}

/** Runs a whole query the slow way. Returns the same shape as runQuery. */
export function interpret(ast: QueryAst, rows: readonly unknown[]): { columns: string[]; rows: unknown[] } {
  const items = ast.select === '*' || !ast.select ? undefined : ast.select;
  const aliases = new Map<string, Expr>();
  for (const i of items ?? []) if (i.alias) aliases.set(i.alias, i.expr);
  const aggregating = isGrouping(ast, items ?? [], aliases, rows);
  const rowScope = (row: unknown): Scope => ({ row, aliases, expanding: new Set(), allowAggregates: false, grouping: aggregating });
  const columns: string[] = [];
  for (const i of items ?? []) {
    const base = i.alias ?? printExpr(i.expr);
    let name = base;
    for (let n = 2; columns.includes(name); n++) name = `${base}_${n}`;
    columns.push(name);
  }
  const desc = (ast.orderBy ?? []).map((o) => o.descending);
  const offset = ast.skip ?? 0;
  if (!aggregating) {
    let picked: unknown[] = [];
    if (ast.orderBy) {
      const kept = rows.map((row, index) => ({ row, index })).filter(({ row }) => !ast.where || evaluate(ast.where, rowScope(row)) === true);
      const keyed = kept.map(({ row, index }) => ({ row, index, keys: ast.orderBy!.map((o) => evaluate(o.expr, rowScope(row))) }));
      keyed.sort((a, b) => compareRows(a, b, desc));
      picked = keyed.map((k) => k.row).slice(offset, ast.limit === undefined ? undefined : offset + ast.limit);
    } else {
      let seen = 0;
      for (const row of rows) {
        if (ast.limit !== undefined && picked.length >= ast.limit) break;
        if (ast.where && evaluate(ast.where, rowScope(row)) !== true) continue;
        if (seen++ < offset) continue;
        picked.push(row);
      }
    }
    if (!items) return { columns: [], rows: picked };
    return { columns, rows: picked.map((row) => Object.fromEntries(items.map((i, c) => [columns[c], selectValue(i.expr, { row, aliases: new Map(), expanding: new Set(), allowAggregates: false })]))) };
  }
  const groupBy = ast.groupBy ?? [];
  const keyTexts = groupBy.map(printExpr);
  const groups: { keys: Value[]; rows: unknown[] }[] = [];
  for (const row of rows) {
    if (ast.where && evaluate(ast.where, rowScope(row)) !== true) continue;
    const keys = groupBy.map((g) => evaluate(g, rowScope(row)));
    const id = JSON.stringify(keys);
    let group = groups.find((g) => JSON.stringify(g.keys) === id);
    if (!group) groups.push((group = { keys, rows: [] }));
    group.rows.push(row);
  }
  if (groupBy.length === 0 && groups.length === 0) groups.push({ keys: [], rows: [] });
  const groupScope = (g: { keys: Value[]; rows: unknown[] }, expanding: Set<string>): Scope => ({ row: null, aliases, expanding, group: { ...g, keyTexts }, allowAggregates: true });
  // Evaluate every aggregate once per group up front, as the compiler does, so errors surface alike.
  const selectCols = items ?? groupBy.map((expr) => ({ expr, alias: undefined as string | undefined, offset: 0, length: 0 }));
  if (!items) for (const g of groupBy) columns.push(printExpr(g));
  let kept = groups.map((g, index) => ({ g, index }));
  if (ast.having) kept = kept.filter(({ g }) => evaluate(ast.having!, groupScope(g, new Set())) === true);
  let picked = kept;
  if (ast.orderBy) {
    const keyed = kept.map(({ g, index }) => ({ g, index, keys: ast.orderBy!.map((o) => evaluate(o.expr, groupScope(g, new Set()))) }));
    keyed.sort((a, b) => compareRows(a, b, desc));
    picked = keyed;
  }
  picked = picked.slice(offset, ast.limit === undefined ? undefined : offset + ast.limit);
  return {
    columns,
    rows: picked.map(({ g }) => Object.fromEntries(selectCols.map((i, c) => [columns[c], evaluate(i.expr, groupScope(g, new Set(i.alias ? [i.alias] : [])))]))),
  };
}

/** `sum(x)` of something that is not a [*] path or array literal: aggregate or per-row, by the query. */
const openSum = (e: Expr): boolean => e.kind === 'call' && e.name === 'sum' && !arrayValued(e.args[0]);

function subExprs(e: Expr): Expr[] {
  switch (e.kind) {
    case 'array':
      return e.items;
    case 'not':
    case 'negate':
    case 'isNull':
      return [e.operand];
    case 'between':
      return [e.operand, e.low, e.high];
    case 'binary':
      return [e.left, e.right];
    case 'call':
      return e.args;
    default:
      return [];
  }
}

/** The grouping rule of src/tsl/README.md, written out directly. */
function isGrouping(ast: QueryAst, items: readonly { expr: Expr; alias?: string }[], aliases: Map<string, Expr>, rows: readonly unknown[]): boolean {
  const exprs = [...items.map((i) => i.expr), ...(ast.orderBy ?? []).map((o) => o.expr)];
  const hasHard = (e: Expr): boolean => (e.kind === 'call' && AGG.has(e.name)) || subExprs(e).some(hasHard);
  if (ast.groupBy || ast.having || exprs.some(hasHard)) return true;
  const sums: Expr[] = [];
  const findSums = (e: Expr): void => (openSum(e) ? void sums.push(e) : subExprs(e).forEach(findSums));
  exprs.forEach(findSums);
  if (sums.length === 0) return false;
  if (ast.select === '*') return false;
  const fieldOutside = (e: Expr, seen: string[]): boolean => {
    if (openSum(e)) return false;
    if (e.kind === 'path') {
      const name = e.segments.length === 1 && e.segments[0].kind === 'field' ? e.segments[0].name : undefined;
      const target = name === undefined ? undefined : aliases.get(name);
      return !target || target === e || seen.includes(name!) ? true : fieldOutside(target, [...seen, name!]);
    }
    return subExprs(e).some((x) => fieldOutside(x, seen));
  };
  if (items.some((i) => fieldOutside(i.expr, i.alias ? [i.alias] : [])) || (ast.orderBy ?? []).some((o) => fieldOutside(o.expr, []))) return false;
  const usesSumAlias = (e: Expr): boolean => {
    if (e.kind === 'path' && e.segments.length === 1 && e.segments[0].kind === 'field') {
      const target = aliases.get(e.segments[0].name);
      if (target && target !== e && containsOpen(target)) return true;
    }
    return subExprs(e).some(usesSumAlias);
  };
  if (ast.where && usesSumAlias(ast.where)) return false;
  // Only sums: per row when an argument is a list in some row.
  for (const sum of sums) {
    for (const row of rows) {
      let v: Value = null;
      try {
        v = evaluate((sum as Extract<Expr, { kind: 'call' }>).args[0], { row, aliases: new Map(), expanding: new Set(), allowAggregates: false });
      } catch (error) {
        if (!(error instanceof TslError)) throw error;
      }
      if (Array.isArray(v)) return false;
    }
  }
  return true;
}

const containsOpen = (e: Expr): boolean => openSum(e) || subExprs(e).some(containsOpen);
