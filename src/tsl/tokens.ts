// Token kinds produced by the scanner.

import type { PathSegment } from './ast';

export type TokenKind =
  | 'identifier' // a field path, brackets swallowed whole: disks[*].capacity
  | 'keyword' // reserved word; `text` keeps the source spelling, `value` is lower case
  | 'number'
  | 'string'
  | 'operator' // = == != <> < <= > >= ~= ~! + - * / %
  | 'punct' // ( ) [ ] ,
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Source text of the token exactly as written. */
  text: string;
  /**
   * Normalised value: lower-case keyword, canonical operator (`==` -> `=`, `<>` -> `!=`),
   * decoded string contents, or the identifier text.
   */
  value: string;
  /** Numeric value, for `number` tokens (size suffixes applied). */
  num?: number;
  offset: number;
  length: number;
  /** Parsed field path, for `identifier` tokens. */
  segments?: PathSegment[];
  /** True for a string literal whose closing quote is missing (tolerant scans only). */
  unterminated?: boolean;
}

/** Reserved words (lower case). Identifiers spelled like these are keywords, in any case. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  // expression keywords of the reference
  'and', 'or', 'not', 'like', 'ilike', 'between', 'in', 'is', 'null', 'true', 'false',
  'len', 'any', 'all', 'sum',
  // clause keywords
  'select', 'where', 'group', 'by', 'having', 'order', 'sort', 'limit', 'offset', 'asc', 'desc', 'as',
]);
