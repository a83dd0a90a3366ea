/**
 * The PromQL subset the simulated Prometheus understands: instant and range
 * vector selectors with label matchers (`=`, `!=`, `=~`, `!~`), the aggregations
 * `sum`, `count`, `min`, `max`, `avg` with `by (...)`, the range functions
 * `rate`, `increase`, `max_over_time`, and number literals. Everything else
 * (binary operators, `offset`, `@`, subqueries, other functions, `without`)
 * is rejected with a clear message, never evaluated wrongly.
 * Pure: text in, syntax tree out.
 */

export type MatchOp = '=' | '!=' | '=~' | '!~';
export interface Matcher {
  name: string;
  op: MatchOp;
  value: string;
}

export const AGGREGATIONS = ['sum', 'count', 'min', 'max', 'avg'] as const;
export const RANGE_FUNCTIONS = ['rate', 'increase', 'max_over_time'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];
export type RangeFunction = (typeof RANGE_FUNCTIONS)[number];

export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'selector'; matchers: Matcher[] }
  | { kind: 'range'; matchers: Matcher[]; rangeMs: number }
  | { kind: 'call'; fn: RangeFunction; arg: Expr }
  | { kind: 'aggregate'; op: Aggregation; by: string[]; arg: Expr };

export class PromQLError extends Error {}

type Token =
  | { t: 'ident'; v: string; at: number }
  | { t: 'string'; v: string; at: number }
  | { t: 'number'; v: number; at: number }
  | { t: 'duration'; v: number; at: number; text: string }
  | { t: 'op'; v: string; at: number }
  | { t: 'eof'; at: number };

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };

/** `1h30m`, `5m`, `90s`: Prometheus duration syntax, in ms; undefined when not one. */
export function parseDuration(text: string): number | undefined {
  const re = /(\d+)(ms|s|m|h|d|w|y)/gy;
  let total = 0;
  let at = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text))) {
    total += Number(match[1]) * UNIT_MS[match[2]];
    at = re.lastIndex;
  }
  return at === text.length && at > 0 ? total : undefined;
}

function lex(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const at = i;
    if (c === '"' || c === "'" || c === '`') {
      let v = '';
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\' && c !== '`' && i + 1 < src.length) {
          const n = src[++i];
          v += n === 'n' ? '\n' : n === 't' ? '\t' : n;
        } else v += src[i];
        i++;
      }
      if (i >= src.length) throw new PromQLError(`parse error at char ${at + 1}: unterminated quoted string`);
      i++;
      tokens.push({ t: 'string', v, at });
      continue;
    }
    const durationOrNumber = /^(\d+(?:ms|s|m|h|d|w|y))+|^(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/.exec(src.slice(i));
    if (/[0-9.]/.test(c) && durationOrNumber) {
      const text = durationOrNumber[0];
      i += text.length;
      const ms = parseDuration(text);
      if (ms !== undefined) tokens.push({ t: 'duration', v: ms, at, text });
      else tokens.push({ t: 'number', v: Number(text), at });
      continue;
    }
    const ident = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(src.slice(i));
    if (ident) {
      i += ident[0].length;
      tokens.push({ t: 'ident', v: ident[0], at });
      continue;
    }
    const op = /^(=~|!~|!=|==|>=|<=|[=(){}[\],:+\-*/%^<>@])/.exec(src.slice(i));
    if (op) {
      i += op[0].length;
      tokens.push({ t: 'op', v: op[0], at });
      continue;
    }
    throw new PromQLError(`parse error at char ${at + 1}: unexpected character "${c}"`);
  }
  tokens.push({ t: 'eof', at: src.length });
  return tokens;
}

const describe = (tok: Token) => (tok.t === 'eof' ? 'end of input' : tok.t === 'string' ? `string "${tok.v}"` : tok.t === 'duration' ? `duration "${tok.text}"` : `"${tok.v}"`);

export function parsePromQL(src: string): Expr {
  if (!src.trim()) throw new PromQLError('empty query');
  const tokens = lex(src);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const fail = (tok: Token, message: string): never => {
    throw new PromQLError(`parse error at char ${tok.at + 1}: ${message}`);
  };
  const expectOp = (v: string) => {
    const tok = next();
    if (tok.t !== 'op' || tok.v !== v) fail(tok, `unexpected ${describe(tok)}, expected "${v}"`);
  };
  const isOp = (v: string) => peek().t === 'op' && (peek() as { v: string }).v === v;

  const labelList = (): string[] => {
    expectOp('(');
    const names: string[] = [];
    while (!isOp(')')) {
      const tok = next();
      if (tok.t !== 'ident') fail(tok, `unexpected ${describe(tok)} in grouping labels`);
      names.push((tok as { v: string }).v);
      if (!isOp(')')) expectOp(',');
    }
    expectOp(')');
    return names;
  };

  const matchers = (): Matcher[] => {
    expectOp('{');
    const out: Matcher[] = [];
    while (!isOp('}')) {
      const name = next();
      if (name.t !== 'ident') fail(name, `unexpected ${describe(name)} in label matching, expected a label name`);
      const op = next();
      if (op.t !== 'op' || !['=', '!=', '=~', '!~'].includes(op.v)) fail(op, `unexpected ${describe(op)} in label matching, expected one of "=", "!=", "=~", "!~"`);
      const value = next();
      if (value.t !== 'string') fail(value, `unexpected ${describe(value)} in label matching, expected a quoted string`);
      out.push({ name: (name as { v: string }).v, op: (op as { v: string }).v as MatchOp, value: (value as { v: string }).v });
      if (!isOp('}')) expectOp(',');
    }
    expectOp('}');
    return out;
  };

  const selector = (name: string | undefined): Expr => {
    const ms: Matcher[] = name ? [{ name: '__name__', op: '=', value: name }] : [];
    if (isOp('{')) ms.push(...matchers());
    if (!ms.some((m) => m.op === '=' ? m.value !== '' : m.op === '=~' ? m.value !== '' && m.value !== '.*' : false)) {
      throw new PromQLError('vector selector must contain at least one non-empty matcher');
    }
    if (isOp('[')) {
      const open = next();
      const dur = next();
      if (dur.t !== 'duration') fail(dur, `unexpected ${describe(dur)} in range selector, expected a duration such as 5m`);
      const after = peek();
      if ((after.t === 'op' && after.v === ':') || (after.t === 'ident' && after.v.startsWith(':'))) fail(after, 'subqueries are not supported by the simulated Prometheus');
      expectOp(']');
      if ((dur as { v: number }).v <= 0) fail(open, 'range must be positive');
      return { kind: 'range', matchers: ms, rangeMs: (dur as { v: number }).v };
    }
    return { kind: 'selector', matchers: ms };
  };

  const primary = (): Expr => {
    const tok = next();
    if (tok.t === 'number') return { kind: 'number', value: tok.v };
    if (tok.t === 'op' && tok.v === '(') {
      const inner = expr();
      expectOp(')');
      return inner;
    }
    if (tok.t === 'op' && tok.v === '{') {
      pos--;
      return selector(undefined);
    }
    if (tok.t !== 'ident') return fail(tok, `unexpected ${describe(tok)}`);
    const name = tok.v;
    if ((AGGREGATIONS as readonly string[]).includes(name) && (isOp('(') || (peek().t === 'ident' && ['by', 'without'].includes((peek() as { v: string }).v)))) {
      let by: string[] | undefined;
      const modifier = () => {
        const m = peek();
        if (m.t === 'ident' && m.v === 'without') fail(m, '"without" is not supported by the simulated Prometheus; use "by"');
        if (m.t === 'ident' && m.v === 'by') {
          next();
          by = labelList();
        }
      };
      modifier();
      expectOp('(');
      const arg = expr();
      if (isOp(',')) fail(peek(), `${name} takes one argument`);
      expectOp(')');
      if (!by) modifier();
      return { kind: 'aggregate', op: name as Aggregation, by: by ?? [], arg };
    }
    if (isOp('(')) {
      if (!(RANGE_FUNCTIONS as readonly string[]).includes(name)) {
        fail(tok, `function "${name}" is not supported by the simulated Prometheus (supported: ${[...RANGE_FUNCTIONS, ...AGGREGATIONS].join(', ')})`);
      }
      next();
      const arg = expr();
      expectOp(')');
      if (arg.kind !== 'range') fail(tok, `expected type range vector in call to function "${name}", got ${arg.kind === 'number' ? 'scalar' : 'instant vector'}`);
      return { kind: 'call', fn: name as RangeFunction, arg };
    }
    return selector(name);
  };

  function expr(): Expr {
    const e = primary();
    const tok = peek();
    if (tok.t === 'ident' && (tok.v === 'offset' || tok.v === 'and' || tok.v === 'or' || tok.v === 'unless')) fail(tok, `"${tok.v}" is not supported by the simulated Prometheus`);
    if (tok.t === 'op' && tok.v === '@') fail(tok, '"@" modifiers are not supported by the simulated Prometheus');
    if (tok.t === 'op' && ['+', '-', '*', '/', '%', '^', '==', '!=', '>', '<', '>=', '<='].includes(tok.v)) {
      fail(tok, `binary operator "${tok.v}" is not supported by the simulated Prometheus`);
    }
    return e;
  }

  const result = expr();
  if (peek().t !== 'eof') fail(peek(), `unexpected ${describe(peek())}`);
  return result;
}
