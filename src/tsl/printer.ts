// Prints a syntax tree back to query text. Parentheses are added only where
// precedence needs them, so `parseQuery(printQuery(ast))` gives the same tree.

import type { Expr, PathSegment, QueryAst } from './ast';

const PREC_OR = 1;
const PREC_AND = 2;
const PREC_COMPARE = 3;
const PREC_ADD = 4;
const PREC_MUL = 5;
const PREC_PREFIX = 6;
const PREC_NEGATE = 7;
const PREC_PRIMARY = 8;

const SIMPLE_NAME = /^[A-Za-z_0-9][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*$/;

function precedence(expr: Expr): number {
  switch (expr.kind) {
    case 'binary':
      switch (expr.op) {
        case 'or':
          return PREC_OR;
        case 'and':
          return PREC_AND;
        case '+':
        case '-':
          return PREC_ADD;
        case '*':
        case '/':
        case '%':
          return PREC_MUL;
        default:
          return PREC_COMPARE;
      }
    case 'isNull':
    case 'between':
      return PREC_COMPARE;
    case 'not':
      return PREC_PREFIX;
    case 'negate':
      return PREC_NEGATE;
    default:
      return PREC_PRIMARY;
  }
}

/** Quotes a string literal with single quotes, escaping what the scanner unescapes. */
export function quoteString(value: string): string {
  let out = "'";
  for (const c of value) {
    switch (c) {
      case '\\':
        out += '\\\\';
        break;
      case "'":
        out += "\\'";
        break;
      case '\n':
        out += '\\n';
        break;
      case '\t':
        out += '\\t';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\b':
        out += '\\b';
        break;
      case '\f':
        out += '\\f';
        break;
      default:
        out += c;
    }
  }
  return out + "'";
}

/** `disks[*].capacity`, `labels['app.kubernetes.io/name']`. */
export function printPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    switch (segment.kind) {
      case 'field':
        if (out !== '') out += '.';
        out += SIMPLE_NAME.test(segment.name) ? segment.name : `[${quoteString(segment.name)}]`;
        break;
      case 'index':
        out += `[${segment.index}]`;
        break;
      case 'wildcard':
        out += '[*]';
        break;
      case 'key':
        out += `[${quoteString(segment.key)}]`;
        break;
    }
  }
  return out;
}

export function printExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      if (expr.value === null) return 'null';
      if (typeof expr.value === 'string') return quoteString(expr.value);
      return String(expr.value);
    case 'path':
      return printPath(expr.segments);
    case 'array':
      return `[${expr.items.map(printExpr).join(', ')}]`;
    case 'call':
      return `${expr.name}(${expr.star ? '*' : expr.args.map(printExpr).join(', ')})`;
    case 'not':
      return `not ${wrap(expr.operand, PREC_PREFIX)}`;
    case 'negate':
      return `-${wrap(expr.operand, PREC_NEGATE)}`;
    case 'isNull':
      return `${wrap(expr.operand, PREC_COMPARE)} is ${expr.negated ? 'not null' : 'null'}`;
    case 'between':
      return `${wrap(expr.operand, PREC_COMPARE)} ${expr.negated ? 'not between' : 'between'} ${wrap(expr.low, PREC_ADD)} and ${wrap(expr.high, PREC_ADD)}`;
    case 'binary': {
      const p = precedence(expr);
      // Comparisons take additive operands on the right; everything is left-associative.
      const rightMin = p === PREC_COMPARE ? PREC_ADD : p + 1;
      return `${wrap(expr.left, p)} ${expr.op} ${wrap(expr.right, rightMin)}`;
    }
  }
}

function wrap(expr: Expr, min: number): string {
  const text = printExpr(expr);
  return precedence(expr) < min ? `(${text})` : text;
}

export function printQuery(ast: QueryAst): string {
  const parts: string[] = [];
  if (ast.select === '*') parts.push('SELECT *');
  else if (ast.select) parts.push(`SELECT ${ast.select.map((i) => printExpr(i.expr) + (i.alias ? ` AS ${i.alias}` : '')).join(', ')}`);
  if (ast.where) parts.push(`WHERE ${printExpr(ast.where)}`);
  if (ast.groupBy) parts.push(`GROUP BY ${ast.groupBy.map(printExpr).join(', ')}`);
  if (ast.having) parts.push(`HAVING ${printExpr(ast.having)}`);
  if (ast.orderBy) parts.push(`ORDER BY ${ast.orderBy.map((o) => printExpr(o.expr) + (o.descending ? ' DESC' : '')).join(', ')}`);
  if (ast.limit !== undefined) parts.push(`LIMIT ${ast.limit}`);
  if (ast.skip !== undefined) parts.push(`OFFSET ${ast.skip}`);
  return parts.join(' ');
}
