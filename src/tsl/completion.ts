// Completion context: what may be typed at a cursor position. Works on
// half-typed queries by parsing the text before the cursor and asking the
// parser what it would have accepted at the end (see Expectation in parser.ts).

import { EXPECT_ALIAS, EXPECT_EXPRESSION, EXPECT_NUMBER, parseWithExpectations } from './parser';
import { scanTolerant } from './scanner';
import type { Token } from './tokens';

export type CompletionKind = 'field' | 'operator' | 'keyword' | 'value' | 'function' | 'none';

export interface CompletionContext {
  /**
   * field: an operand (field path, function or literal) may go here;
   * value: the right side of a comparison, or a LIMIT/OFFSET number, or inside a literal;
   * operator: after a complete operand (operators, and/or, following clauses);
   * keyword: only keywords fit (e.g. BY after ORDER, ASC/DESC);
   * function: the word being typed is followed by '(' so only function names fit;
   * none: nothing sensible (inside an invalid part of the query).
   */
  kind: CompletionKind;
  /** Text typed so far that a completion would replace (may be empty). */
  prefix: string;
  /** Offset where the replaced text starts; the replaced range is [replaceOffset, offset). */
  replaceOffset: number;
  /** For value completion: the field path on the left of the comparison. */
  field?: string;
  /** Keywords and operators that fit here, in canonical spelling (clauses upper case). */
  expectedKeywords: string[];
}

const OPERATOR_LABELS = new Set(['=', '!=', '<', '<=', '>', '>=', '~=', '~!', '+', '-', '*', '/', '%', 'like', 'ilike', 'in', 'not in', 'between', 'is', 'and', 'or']);

export function completionContext(query: string, offset: number): CompletionContext {
  const cursor = Math.max(0, Math.min(offset, query.length));
  const { tokens } = scanTolerant(query.slice(0, cursor));
  const last = lastRealToken(tokens);
  // Is the cursor touching the end of a word or literal being typed?
  const touching = last !== undefined && last.offset + last.length === cursor ? last : undefined;
  if (touching && (touching.kind === 'string' || touching.kind === 'number')) {
    const ctx = contextAt(query, touching.offset);
    return { ...ctx, kind: 'value', prefix: touching.text, replaceOffset: touching.offset };
  }
  const word = touching && (touching.kind === 'identifier' || touching.kind === 'keyword') ? touching : undefined;
  const replaceOffset = word ? word.offset : cursor;
  const prefix = word ? word.text : '';
  const ctx = contextAt(query, replaceOffset);
  if (word && /^\s*\(/.test(query.slice(cursor)) && ctx.kind === 'field') {
    return { ...ctx, kind: 'function', prefix, replaceOffset };
  }
  return { ...ctx, prefix, replaceOffset };
}

function lastRealToken(tokens: Token[]): Token | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i].kind !== 'eof') return tokens[i];
  return undefined;
}

/** Classifies the position `at` by parsing query[0, at). */
function contextAt(query: string, at: number): Omit<CompletionContext, 'prefix' | 'replaceOffset'> {
  const text = query.slice(0, at);
  const outcome = parseWithExpectations(text);
  const expectation = outcome.expectation;
  // The parser stopped before the cursor: the text before it is broken, so nothing fits reliably.
  if (expectation.offset < text.trimEnd().length && outcome.error) return { kind: 'none', expectedKeywords: [] };
  const expected = [...expectation.expected];
  const keywords = expected.filter((e) => e !== EXPECT_EXPRESSION && e !== EXPECT_NUMBER && e !== EXPECT_ALIAS && e !== 'end of query');
  if (expected.includes(EXPECT_EXPRESSION)) {
    if (expectation.valuePosition) return { kind: 'value', field: expectation.valueField, expectedKeywords: keywords };
    return { kind: 'field', expectedKeywords: keywords };
  }
  if (expected.includes(EXPECT_NUMBER)) return { kind: 'value', expectedKeywords: keywords };
  if (expected.includes(EXPECT_ALIAS)) return { kind: 'none', expectedKeywords: keywords };
  if (keywords.some((k) => OPERATOR_LABELS.has(k))) return { kind: 'operator', expectedKeywords: keywords };
  if (keywords.length > 0) return { kind: 'keyword', expectedKeywords: keywords };
  return { kind: 'none', expectedKeywords: [] };
}
