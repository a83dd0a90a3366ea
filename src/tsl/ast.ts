// The syntax tree of a whole TSL query. Every node carries `offset`/`length`
// into the full query text so errors, diagnostics and editor markers can point
// at the exact source range.

export interface Span {
  /** Offset of the first character of the node in the whole query text. */
  offset: number;
  /** Number of characters the node covers. */
  length: number;
}

/** One step of a dotted field path. */
export type PathSegment =
  | { kind: 'field'; name: string } // `name`, `spec.cpu`
  | { kind: 'index'; index: number } // `[0]`
  | { kind: 'wildcard' } // `[*]`: collect every element, nulls dropped
  | { kind: 'key'; key: string }; // `['app.kubernetes.io/name']`

export type LiteralValue = null | boolean | number | string;

export type BinaryOperator =
  | 'or'
  | 'and'
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '~='
  | '~!'
  | 'like'
  | 'ilike'
  | 'not like'
  | 'not ilike'
  | 'in'
  | 'not in'
  | '+'
  | '-'
  | '*'
  | '/'
  | '%';

/** Per-row functions of the reference (`len any all sum`) plus the aggregates. */
export type FunctionName = 'len' | 'any' | 'all' | 'sum' | 'count' | 'avg' | 'min' | 'max';

export type Expr =
  | ({ kind: 'literal'; value: LiteralValue } & Span)
  | ({ kind: 'path'; segments: PathSegment[] } & Span)
  | ({ kind: 'array'; items: Expr[] } & Span)
  | ({ kind: 'binary'; op: BinaryOperator; left: Expr; right: Expr } & Span)
  | ({ kind: 'not'; operand: Expr } & Span)
  | ({ kind: 'negate'; operand: Expr } & Span)
  | ({ kind: 'isNull'; negated: boolean; operand: Expr } & Span)
  | ({ kind: 'between'; negated: boolean; operand: Expr; low: Expr; high: Expr } & Span)
  /** `count(*)` has `args: []` and `star: true`. */
  | ({ kind: 'call'; name: FunctionName; args: Expr[]; star: boolean } & Span);

export type ExprKind = Expr['kind'];
export type ExprOf<K extends ExprKind> = Extract<Expr, { kind: K }>;

export interface SelectItem extends Span {
  expr: Expr;
  /** `AS alias`, when given. */
  alias?: string;
}

export interface OrderItem extends Span {
  expr: Expr;
  descending: boolean;
}

/** A whole query. Absent clauses are `undefined`; `select: '*'` is `SELECT *`. */
export interface QueryAst extends Span {
  select?: SelectItem[] | '*';
  where?: Expr;
  groupBy?: Expr[];
  having?: Expr;
  orderBy?: OrderItem[];
  limit?: number;
  /** The OFFSET clause (named `skip` because `offset` is the node's source position). */
  skip?: number;
}
