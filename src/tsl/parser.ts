// Recursive-descent parser for whole queries:
//   [SELECT items] [WHERE expr | expr] [GROUP BY exprs] [HAVING expr]
//   [ORDER|SORT BY expr [ASC|DESC], ...] [LIMIT n] [OFFSET n]
// Expression precedence, low to high (the reference's):
//   or < and < comparisons < + - < * / % < prefix not len any all sum < unary minus < primary
// so `not a = 1` is `(not a) = 1`, as in kubectl-mtv.
//
// The parser records, for the furthest position it reached, every token it
// would have accepted there. That list becomes `TslError.expected`, and when
// the furthest position is the end of the input it is exactly what completion
// needs ("what may come next?").

import type { BinaryOperator, Expr, FunctionName, OrderItem, QueryAst, SelectItem } from './ast';
import { TslError } from './errors';
import { scan } from './scanner';
import type { Token } from './tokens';
import { printPath } from './printer';

/** Labels used in `expected`: an operand is 'expression'; others are token spellings. */
export const EXPECT_EXPRESSION = 'expression';
export const EXPECT_NUMBER = 'number';
export const EXPECT_ALIAS = 'alias';

const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(['=', '!=', '<', '<=', '>', '>=', '~=', '~!']);
const PREFIX_FUNCTIONS: ReadonlySet<string> = new Set(['len', 'any', 'all', 'sum']);
const CALL_FUNCTIONS: ReadonlySet<string> = new Set(['len', 'any', 'all', 'sum', 'count', 'avg', 'min', 'max']);
const CLAUSE_STARTS: ReadonlySet<string> = new Set(['select', 'where', 'group', 'having', 'order', 'sort', 'limit', 'offset']);

/** What the parser would accept at the furthest position reached. */
export interface Expectation {
  offset: number;
  expected: Set<string>;
  /** True when an operand was expected on the right of a comparison (value completion). */
  valuePosition: boolean;
  /** Left-hand path of that comparison, printed. */
  valueField?: string;
}

export interface ParseOutcome {
  ast?: QueryAst;
  error?: TslError;
  expectation: Expectation;
}

/** Parses a whole query. Throws TslError (only TslError) on any syntax error. */
export function parseQuery(text: string): QueryAst {
  const outcome = parseWithExpectations(text);
  if (outcome.error) throw outcome.error;
  return outcome.ast as QueryAst;
}

/** Parses and reports what could follow at the furthest position; never throws TslError. */
export function parseWithExpectations(text: string): ParseOutcome {
  let tokens: Token[];
  try {
    tokens = scan(text);
  } catch (error) {
    if (error instanceof TslError) {
      return { error, expectation: { offset: error.offset, expected: new Set(error.expected), valuePosition: false } };
    }
    throw error;
  }
  const parser = new Parser(text, tokens);
  try {
    return { ast: parser.parseQuery(), expectation: parser.expectation };
  } catch (error) {
    if (error instanceof TslError) return { error, expectation: parser.expectation };
    throw error;
  }
}

/** Parses a single expression (no clauses), e.g. a WHERE text on its own. */
export function parseExpression(text: string): Expr {
  const parser = new Parser(text, scan(text));
  const expr = parser.parseExpr();
  parser.expectEnd();
  return expr;
}

interface OperandContext {
  value: boolean;
  field?: string;
}

class Parser {
  private pos = 0;
  readonly expectation: Expectation = { offset: -1, expected: new Set(), valuePosition: false };
  private context: OperandContext = { value: false };

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  // ---- token helpers -------------------------------------------------------

  private get token(): Token {
    return this.tokens[this.pos];
  }

  private advance(): Token {
    const token = this.tokens[this.pos];
    if (token.kind !== 'eof') this.pos++;
    return token;
  }

  /** Notes that `label` would have been accepted at the current token. */
  private note(label: string): void {
    const offset = this.token.offset;
    if (offset > this.expectation.offset) {
      this.expectation.offset = offset;
      this.expectation.expected = new Set();
      this.expectation.valuePosition = false;
      this.expectation.valueField = undefined;
    }
    if (offset === this.expectation.offset) {
      this.expectation.expected.add(label);
      if (label === EXPECT_EXPRESSION && this.context.value) {
        this.expectation.valuePosition = true;
        this.expectation.valueField = this.context.field;
      }
    }
  }

  private isKeyword(word: string): boolean {
    const t = this.token;
    if (t.kind === 'keyword' && t.value === word) return true;
    return false;
  }

  /** Consumes keyword `word` if present; records it as expected otherwise. */
  private acceptKeyword(word: string, label = word): boolean {
    if (this.isKeyword(word)) {
      this.advance();
      return true;
    }
    this.note(label);
    return false;
  }

  private acceptPunct(p: string): boolean {
    const t = this.token;
    if (t.kind === 'punct' && t.value === p) {
      this.advance();
      return true;
    }
    this.note(p);
    return false;
  }

  private expectPunct(p: string): Token {
    const t = this.token;
    if (!this.acceptPunct(p)) throw this.unexpected();
    return t;
  }

  private expectKeyword(word: string, label = word): void {
    if (!this.acceptKeyword(word, label)) throw this.unexpected();
  }

  /** An error at the current token listing everything expected there. */
  private unexpected(): TslError {
    const t = this.token;
    const expected = t.offset === this.expectation.offset ? [...this.expectation.expected] : [];
    const found = t.kind === 'eof' ? 'end of query' : `'${t.text}'`;
    const list = expected.length > 0 ? `Expected ${formatExpected(expected)} but found ${found}` : `Unexpected ${found}`;
    return new TslError(list, t.offset, t.length, expected);
  }

  expectEnd(): void {
    if (this.token.kind !== 'eof') {
      this.note('end of query');
      throw this.unexpected();
    }
  }

  // ---- clauses -------------------------------------------------------------

  parseQuery(): QueryAst {
    const ast: QueryAst = { offset: 0, length: this.text.length };
    if (this.acceptKeyword('select', 'SELECT')) ast.select = this.parseSelectList();
    if (this.acceptKeyword('where', 'WHERE')) {
      ast.where = this.parseExpr();
    } else if (ast.select === undefined && !this.startsClause() && this.token.kind !== 'eof') {
      // A query that starts with no clause keyword is a WHERE expression.
      ast.where = this.parseExpr();
    } else if (ast.select === undefined && this.token.kind === 'eof') {
      this.note(EXPECT_EXPRESSION);
    }
    if (this.acceptKeyword('group', 'GROUP BY')) {
      this.expectKeyword('by', 'BY');
      ast.groupBy = this.parseExprList();
    }
    if (this.acceptKeyword('having', 'HAVING')) ast.having = this.parseExpr();
    const orderWord = this.isKeyword('sort') ? 'sort' : 'order';
    this.note(orderWord === 'sort' ? 'ORDER BY' : 'SORT BY');
    if (this.acceptKeyword(orderWord, orderWord === 'sort' ? 'SORT BY' : 'ORDER BY')) {
      this.expectKeyword('by', 'BY');
      ast.orderBy = this.parseOrderList();
    }
    if (this.acceptKeyword('limit', 'LIMIT')) ast.limit = this.parseCount('LIMIT');
    if (this.acceptKeyword('offset', 'OFFSET')) ast.skip = this.parseCount('OFFSET');
    this.expectEnd();
    return ast;
  }

  private startsClause(): boolean {
    return this.token.kind === 'keyword' && CLAUSE_STARTS.has(this.token.value);
  }

  private parseSelectList(): SelectItem[] | '*' {
    const t = this.token;
    if (t.kind === 'operator' && t.value === '*') {
      this.advance();
      return '*';
    }
    this.note('*');
    const items: SelectItem[] = [];
    do {
      const expr = this.parseExpr();
      const item: SelectItem = { expr, offset: expr.offset, length: expr.length };
      if (this.acceptKeyword('as', 'AS')) {
        const name = this.token;
        if (name.kind !== 'identifier' || name.segments?.length !== 1 || name.segments[0].kind !== 'field' || name.text.includes('/')) {
          this.note(EXPECT_ALIAS);
          throw this.unexpected();
        }
        this.advance();
        item.alias = name.text;
        item.length = name.offset + name.length - item.offset;
      }
      items.push(item);
    } while (this.acceptPunct(','));
    return items;
  }

  private parseExprList(): Expr[] {
    const list: Expr[] = [];
    do list.push(this.parseExpr());
    while (this.acceptPunct(','));
    return list;
  }

  private parseOrderList(): OrderItem[] {
    const items: OrderItem[] = [];
    do {
      const expr = this.parseExpr();
      let descending = false;
      let end = expr.offset + expr.length;
      const t = this.token;
      if (this.acceptKeyword('desc', 'DESC')) {
        descending = true;
        end = t.offset + t.length;
      } else if (this.acceptKeyword('asc', 'ASC')) {
        end = t.offset + t.length;
      }
      items.push({ expr, descending, offset: expr.offset, length: end - expr.offset });
    } while (this.acceptPunct(','));
    return items;
  }

  private parseCount(clause: string): number {
    const t = this.token;
    if (t.kind !== 'number') {
      this.note(EXPECT_NUMBER);
      throw this.unexpected();
    }
    const n = t.num as number;
    if (!Number.isInteger(n) || n < 0) {
      throw new TslError(`${clause} needs a whole number, not ${t.text}`, t.offset, t.length, [EXPECT_NUMBER]);
    }
    this.advance();
    return n;
  }

  // ---- expressions ---------------------------------------------------------

  parseExpr(): Expr {
    return this.parseOr();
  }

  private parseOr(): Expr {
    let left = this.parseAnd();
    while (this.acceptKeyword('or')) left = binary('or', left, this.parseAnd());
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseComparison();
    while (this.acceptKeyword('and')) left = binary('and', left, this.parseComparison());
    return left;
  }

  private parseComparison(): Expr {
    let left = this.parseAdditive();
    for (;;) {
      const t = this.token;
      if (t.kind === 'operator' && COMPARISON_OPERATORS.has(t.value)) {
        this.advance();
        left = binary(t.value as BinaryOperator, left, this.parseValueOperand(left, () => this.parseAdditive()));
        continue;
      }
      for (const op of COMPARISON_OPERATORS) this.note(op);
      if (this.acceptKeyword('is')) {
        const negated = this.acceptKeyword('not');
        const end = this.token;
        this.expectKeyword('null');
        left = { kind: 'isNull', negated, operand: left, offset: left.offset, length: end.offset + end.length - left.offset };
        continue;
      }
      let negated = false;
      if (this.isKeyword('not')) {
        // `x not in`, `x not like`, `x not ilike`, `x not between`
        const next = this.tokens[this.pos + 1];
        if (next.kind === 'keyword' && ['in', 'like', 'ilike', 'between'].includes(next.value)) {
          this.advance();
          negated = true;
        } else if (next.kind === 'eof') {
          this.advance();
          for (const w of ['in', 'like', 'ilike', 'between']) this.note(w);
          throw this.unexpected();
        }
      } else {
        this.note('not in');
      }
      if (this.acceptKeyword('like')) {
        left = binary(negated ? 'not like' : 'like', left, this.parseValueOperand(left, () => this.parseAdditive()));
      } else if (this.acceptKeyword('ilike')) {
        left = binary(negated ? 'not ilike' : 'ilike', left, this.parseValueOperand(left, () => this.parseAdditive()));
      } else if (this.acceptKeyword('in')) {
        left = binary(negated ? 'not in' : 'in', left, this.parseValueOperand(left, () => this.parseAdditive()));
      } else if (this.acceptKeyword('between')) {
        const low = this.parseValueOperand(left, () => this.parseAdditive());
        this.expectKeyword('and');
        const high = this.parseValueOperand(left, () => this.parseAdditive());
        left = { kind: 'between', negated, operand: left, low, high, offset: left.offset, length: high.offset + high.length - left.offset };
      } else {
        if (negated) throw this.unexpected();
        return left;
      }
    }
  }

  /** Parses the right side of a comparison, remembering the left path for value completion. */
  private parseValueOperand(left: Expr, parse: () => Expr): Expr {
    const saved = this.context;
    this.context = { value: true, field: left.kind === 'path' ? printPath(left.segments) : undefined };
    try {
      return parse();
    } finally {
      this.context = saved;
    }
  }

  private parseAdditive(): Expr {
    let left = this.parseMultiplicative();
    for (;;) {
      const t = this.token;
      if (t.kind === 'operator' && (t.value === '+' || t.value === '-')) {
        this.advance();
        left = binary(t.value, left, this.parseMultiplicative());
      } else {
        this.note('+');
        this.note('-');
        return left;
      }
    }
  }

  private parseMultiplicative(): Expr {
    let left = this.parsePrefix();
    for (;;) {
      const t = this.token;
      if (t.kind === 'operator' && (t.value === '*' || t.value === '/' || t.value === '%')) {
        this.advance();
        left = binary(t.value, left, this.parsePrefix());
      } else {
        this.note('*');
        this.note('/');
        this.note('%');
        return left;
      }
    }
  }

  private parsePrefix(): Expr {
    const t = this.token;
    if (t.kind === 'keyword' && t.value === 'not') {
      this.advance();
      const operand = this.parsePrefix();
      return { kind: 'not', operand, offset: t.offset, length: operand.offset + operand.length - t.offset };
    }
    if (t.kind === 'keyword' && PREFIX_FUNCTIONS.has(t.value)) {
      const next = this.tokens[this.pos + 1];
      if (next.kind === 'punct' && next.value === '(') return this.parseUnary();
      this.advance();
      const operand = this.withFieldContext(() => this.parsePrefix());
      return { kind: 'call', name: t.value as FunctionName, args: [operand], star: false, offset: t.offset, length: operand.offset + operand.length - t.offset };
    }
    this.note('not');
    for (const f of PREFIX_FUNCTIONS) this.note(f);
    return this.parseUnary();
  }

  private parseUnary(): Expr {
    const t = this.token;
    if (t.kind === 'operator' && t.value === '-') {
      this.advance();
      const operand = this.parseUnary();
      return { kind: 'negate', operand, offset: t.offset, length: operand.offset + operand.length - t.offset };
    }
    return this.parsePrimary();
  }

  private withFieldContext<T>(parse: () => T): T {
    const saved = this.context;
    this.context = { value: false };
    try {
      return parse();
    } finally {
      this.context = saved;
    }
  }

  private parsePrimary(): Expr {
    const t = this.token;
    switch (t.kind) {
      case 'number':
        this.advance();
        return { kind: 'literal', value: t.num as number, offset: t.offset, length: t.length };
      case 'string':
        this.advance();
        return { kind: 'literal', value: t.value, offset: t.offset, length: t.length };
      case 'keyword':
        if (t.value === 'true' || t.value === 'false' || t.value === 'null') {
          this.advance();
          return { kind: 'literal', value: t.value === 'null' ? null : t.value === 'true', offset: t.offset, length: t.length };
        }
        if (PREFIX_FUNCTIONS.has(t.value)) return this.parseCall(t);
        break;
      case 'identifier': {
        const next = this.tokens[this.pos + 1];
        if (next.kind === 'punct' && next.value === '(') return this.parseCall(t);
        this.advance();
        return { kind: 'path', segments: t.segments ?? [], offset: t.offset, length: t.length };
      }
      case 'punct':
        if (t.value === '(') {
          this.advance();
          const inner = this.parseExpr();
          this.expectPunct(')');
          return inner;
        }
        if (t.value === '[') return this.parseArray();
        break;
      default:
        break;
    }
    this.note(EXPECT_EXPRESSION);
    throw this.unexpected();
  }

  private parseCall(nameToken: Token): Expr {
    const name = nameToken.text.toLowerCase();
    if (!CALL_FUNCTIONS.has(name)) {
      throw new TslError(`Unknown function '${nameToken.text}'`, nameToken.offset, nameToken.length, [...CALL_FUNCTIONS]);
    }
    this.advance();
    this.expectPunct('(');
    let star = false;
    const args: Expr[] = [];
    const t = this.token;
    if (name === 'count' && t.kind === 'operator' && t.value === '*') {
      this.advance();
      star = true;
    } else {
      if (name === 'count') this.note('*');
      args.push(this.withFieldContext(() => this.parseExpr()));
    }
    const close = this.expectPunct(')');
    return { kind: 'call', name: name as FunctionName, args, star, offset: nameToken.offset, length: close.offset + 1 - nameToken.offset };
  }

  private parseArray(): Expr {
    const open = this.advance();
    const items: Expr[] = [];
    if (!this.acceptPunct(']')) {
      do items.push(this.parseExpr());
      while (this.acceptPunct(','));
      this.expectPunct(']');
    }
    const close = this.tokens[this.pos - 1];
    return { kind: 'array', items, offset: open.offset, length: close.offset + close.length - open.offset };
  }
}

function binary(op: BinaryOperator, left: Expr, right: Expr): Expr {
  return { kind: 'binary', op, left, right, offset: left.offset, length: right.offset + right.length - left.offset };
}

const OPERAND_KEYWORDS = new Set(['not', 'len', 'any', 'all', 'sum']);

function formatExpected(all: string[]): string {
  // "expression" already covers the prefix keywords that start one.
  const expected = all.includes(EXPECT_EXPRESSION) ? all.filter((e) => !OPERAND_KEYWORDS.has(e)) : all;
  const shown = expected.map((e) => (e === EXPECT_EXPRESSION || e === EXPECT_NUMBER || e === EXPECT_ALIAS || e === 'end of query' ? e : `'${e}'`));
  if (shown.length <= 1) return shown.join('');
  return `one of ${shown.slice(0, 12).join(', ')}${shown.length > 12 ? ', ...' : ''}`;
}
