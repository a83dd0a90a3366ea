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

function readPath(value: unknown, segments: PathSegment[]): Value {
  if (segments.length === 0) return value === undefined || typeof value === 'function' ? null : (value as Value);
  const [head, ...rest] = segments;
  if (head.kind === 'wildcard' && !Array.isArray(value)) return [];
  // A value that is not an object has no fields; a [*] path over it is still [] (documented rule).
  if (value === null || value === undefined || typeof value !== 'object') return rest.some((s) => s.kind === 'wildcard') ? [] : null;
  if (head.kind === 'wildcard') {
    if (!Array.isArray(value)) return [];
    const collected: Value[] = [];
    const nested = rest.some((s) => s.kind === 'wildcard');
    for (const element of value) {
      const v = readPath(element, rest);
      if (v === null) continue;
      if (nested && Array.isArray(v)) collected.push(...v);
      else collected.push(v);
    }
    return collected;
  }
  let next: unknown;
  if (head.kind === 'index') next = Array.isArray(value) ? value[head.index] : undefined;
  else if (head.kind === 'key') next = Array.isArray(value) ? undefined : (value as Record<string, unknown>)[head.key];
  else if (Array.isArray(value)) next = /^\d+$/.test(head.name) ? value[Number(head.name)] : undefined;
  else next = (value as Record<string, unknown>)[head.name];
  if (next === undefined || next === null || typeof next === 'function') return rest.some((s) => s.kind === 'wildcard') ? [] : null;
  return readPath(next, rest);
}

interface Scope {
  row: unknown;
  aliases: Map<string, Expr>;
  expanding: Set<string>;
  group?: { keys: Value[]; keyTexts: string[]; rows: unknown[] };
  allowAggregates: boolean;
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
      return evaluate(target, { ...scope, expanding: new Set([...scope.expanding, name]) });
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
      if ((e.name === 'any' || e.name === 'all') && isElementTest(arg)) {
        // README rule: any() stops at the first true element, all() at the first false,
        // so a later element's type error is not reached.
        const wantAny = e.name === 'any';
        for (const x of evaluate(arg.left, scope) as Value[]) {
          if (truth(binary(arg, x, scope), e.name, e) === wantAny) return wantAny;
        }
        return !wantAny;
      }
      return arrayFunction(e.name as 'len', evaluate(arg, scope), e);
    }
    case 'binary':
      return binary(e, evaluate(e.left, scope), scope);
  }
}

/** `list[*].x OP y` with no [*] on the right: tested element by element inside any()/all(). */
function isElementTest(e: Expr): e is Extract<Expr, { kind: 'binary' }> {
  if (e.kind !== 'binary' || e.op === 'and' || e.op === 'or') return false;
  return e.left.kind === 'path' && e.left.segments.some((s) => s.kind === 'wildcard') && !JSON.stringify(e.right).includes('"wildcard"');
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

function containsAgg(e: Expr): boolean {
  if (isAgg(e)) return true;
  switch (e.kind) {
    case 'array':
      return e.items.some(containsAgg);
    case 'not':
    case 'negate':
    case 'isNull':
      return containsAgg(e.operand);
    case 'between':
      return [e.operand, e.low, e.high].some(containsAgg);
    case 'binary':
      return containsAgg(e.left) || containsAgg(e.right);
    case 'call':
      return e.args.some(containsAgg);
    default:
      return false;
  }
}

/** Runs a whole query the slow way. Returns the same shape as runQuery. */
export function interpret(ast: QueryAst, rows: readonly unknown[]): { columns: string[]; rows: unknown[] } {
  const items = ast.select === '*' || !ast.select ? undefined : ast.select;
  const aliases = new Map<string, Expr>();
  for (const i of items ?? []) if (i.alias) aliases.set(i.alias, i.expr);
  const rowScope = (row: unknown): Scope => ({ row, aliases, expanding: new Set(), allowAggregates: false });
  const aggregating = !!ast.groupBy || !!ast.having || (items ?? []).some((i) => containsAgg(i.expr)) || (ast.orderBy ?? []).some((o) => containsAgg(o.expr));
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
    return { columns, rows: picked.map((row) => Object.fromEntries(items.map((i, c) => [columns[c], evaluate(i.expr, { row, aliases: new Map(), expanding: new Set(), allowAggregates: false })]))) };
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
