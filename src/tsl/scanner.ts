// Hand-written scanner: query text -> tokens with exact offsets.
// Field paths are scanned as one token with their bracket parts, as the
// reference does, and split into segments here so the parser never re-reads text.

import type { PathSegment } from './ast';
import { TslError } from './errors';
import { RESERVED_WORDS, type Token } from './tokens';

const SIZE_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6, // the reference treats lower-case m as mega too (there is no milli)
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  Pi: 1024 ** 5,
};

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '`': '`',
};

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isIdentStart = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdentPart = (c: string): boolean => isIdentStart(c) || isDigit(c) || c === '.';
const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\v';

const TWO_CHAR_OPERATORS: Readonly<Record<string, string>> = {
  '==': '=',
  '!=': '!=',
  '<>': '!=',
  '<=': '<=',
  '>=': '>=',
  '~=': '~=',
  '~!': '~!',
};
const ONE_CHAR_OPERATORS = new Set(['=', '<', '>', '+', '-', '*', '/', '%']);
const PUNCT = new Set(['(', ')', '[', ']', ',']);

export interface ScanResult {
  tokens: Token[];
  /** Set in tolerant mode when scanning stopped at a lexical error. */
  error?: TslError;
}

/** Scans the whole text; throws TslError on the first lexical error. The last token is `eof`. */
export function scan(text: string): Token[] {
  const result = scanTolerant(text);
  if (result.error) throw result.error;
  return result.tokens;
}

/**
 * Scans as far as possible without throwing: an unterminated string becomes a
 * token flagged `unterminated`, any other lexical error stops the scan and is
 * returned. Used by completion, which works on half-typed queries.
 */
export function scanTolerant(text: string): ScanResult {
  const tokens: Token[] = [];
  let pos = 0;
  try {
    for (;;) {
      while (pos < text.length && isSpace(text[pos])) pos++;
      if (pos >= text.length) break;
      const token = scanToken(text, pos);
      tokens.push(token);
      pos = token.offset + token.length;
    }
  } catch (error) {
    if (!(error instanceof TslError)) throw error;
    if (error instanceof UnterminatedString) {
      tokens.push({
        kind: 'string',
        text: text.slice(error.offset),
        value: error.partialValue,
        offset: error.offset,
        length: error.length,
        unterminated: true,
      });
    }
    tokens.push(eofToken(text));
    return { tokens, error };
  }
  tokens.push(eofToken(text));
  return { tokens };
}

function eofToken(text: string): Token {
  return { kind: 'eof', text: '', value: '', offset: text.length, length: 0 };
}

function scanToken(text: string, start: number): Token {
  const c = text[start];
  if (isIdentStart(c)) return scanIdentifier(text, start);
  if (isDigit(c) || (c === '.' && isDigit(text[start + 1] ?? ''))) return scanNumber(text, start);
  if (c === "'" || c === '"' || c === '`') return scanString(text, start);
  const two = text.slice(start, start + 2);
  if (TWO_CHAR_OPERATORS[two]) return { kind: 'operator', text: two, value: TWO_CHAR_OPERATORS[two], offset: start, length: 2 };
  if (ONE_CHAR_OPERATORS.has(c)) return { kind: 'operator', text: c, value: c, offset: start, length: 1 };
  if (PUNCT.has(c)) return { kind: 'punct', text: c, value: c, offset: start, length: 1 };
  const hint = c === '!' ? " (did you mean '!='?)" : c === '~' ? " (did you mean '~=' or '~!'?)" : '';
  throw new TslError(`Unexpected character '${c}'${hint}`, start, 1, []);
}

function scanIdentifier(text: string, start: number): Token {
  const segments: PathSegment[] = [];
  let pos = start;
  let segmentStart = start;
  // Closes the dotted name being read, if any, into a field segment (or an index for `disks.0`).
  const endName = (end: number): void => {
    const name = text.slice(segmentStart, end);
    if (name.length === 0) return;
    segments.push({ kind: 'field', name });
  };
  while (pos < text.length) {
    const c = text[pos];
    if (c === '.') {
      endName(pos);
      // A dot must be followed by a name: `a.` or `a..b` is an error.
      if (!isIdentStart(text[pos + 1] ?? '') && !isDigit(text[pos + 1] ?? '')) {
        throw new TslError('Expected a field name after "."', pos, 1, ['field']);
      }
      pos++;
      segmentStart = pos;
    } else if (isIdentPart(c)) {
      pos++;
    } else if (c === '/' && isIdentStart(text[pos + 1] ?? '')) {
      // `/` belongs to the name only when a letter follows (label keys such as
      // kubernetes.io/arch); `memoryMB/1024` is a division.
      pos++;
    } else if (c === '[') {
      endName(pos);
      pos = scanBracketPart(text, pos, segments);
      segmentStart = pos;
      const next = text[pos] ?? '';
      if (next !== '.' && next !== '[' && isIdentPart(next)) {
        throw new TslError('Expected "." or "[" after "]"', pos, 1, ['.', '[']);
      }
    } else {
      break;
    }
  }
  endName(pos);
  const raw = text.slice(start, pos);
  const lower = raw.toLowerCase();
  if (segments.length === 1 && segments[0].kind === 'field' && RESERVED_WORDS.has(lower)) {
    return { kind: 'keyword', text: raw, value: lower, offset: start, length: pos - start };
  }
  return { kind: 'identifier', text: raw, value: raw, offset: start, length: pos - start, segments };
}

/** Reads `[n]`, `[*]` or `['key']` at `pos` (which holds `[`); returns the position after `]`. */
function scanBracketPart(text: string, pos: number, segments: PathSegment[]): number {
  const open = pos;
  pos++;
  const c = text[pos] ?? '';
  if (c === '*') {
    segments.push({ kind: 'wildcard' });
    pos++;
  } else if (isDigit(c)) {
    let end = pos;
    while (isDigit(text[end] ?? '')) end++;
    segments.push({ kind: 'index', index: Number(text.slice(pos, end)) });
    pos = end;
  } else if (c === "'" || c === '"' || c === '`') {
    const str = scanString(text, pos);
    segments.push({ kind: 'key', key: str.value });
    pos += str.length;
  } else {
    throw new TslError("Expected an index, '*' or a quoted key after '['", pos, c ? 1 : 0, ['number', '*', 'string']);
  }
  if (text[pos] !== ']') throw new TslError("Expected ']' to close '['", open, pos - open + 1, [']']);
  return pos + 1;
}

function scanNumber(text: string, start: number): Token {
  let pos = start;
  while (isDigit(text[pos] ?? '')) pos++;
  if (text[pos] === '.' && isDigit(text[pos + 1] ?? '')) {
    pos++;
    while (isDigit(text[pos] ?? '')) pos++;
  }
  if ((text[pos] === 'e' || text[pos] === 'E') && (isDigit(text[pos + 1] ?? '') || ((text[pos + 1] === '+' || text[pos + 1] === '-') && isDigit(text[pos + 2] ?? '')))) {
    pos += 2;
    while (isDigit(text[pos] ?? '')) pos++;
  }
  let value = Number(text.slice(start, pos));
  const two = text.slice(pos, pos + 2);
  if (two.length === 2 && SIZE_SUFFIXES[two]) {
    value *= SIZE_SUFFIXES[two];
    pos += 2;
  } else if (SIZE_SUFFIXES[text[pos] ?? '']) {
    value *= SIZE_SUFFIXES[text[pos]];
    pos++;
  }
  const next = text[pos] ?? '';
  if (isIdentPart(next) || next === '[') {
    let end = pos;
    while (isIdentPart(text[end] ?? '')) end++;
    throw new TslError(
      `Invalid number '${text.slice(start, end)}': size suffixes are k M G T P (powers of 1000) and Ki Mi Gi Ti Pi (powers of 1024)`,
      start,
      end - start,
      ['number'],
    );
  }
  if (!Number.isFinite(value)) throw new TslError('Number out of range', start, pos - start, ['number']);
  return { kind: 'number', text: text.slice(start, pos), value: text.slice(start, pos), num: value, offset: start, length: pos - start };
}

function scanString(text: string, start: number): Token {
  const quote = text[start];
  let pos = start + 1;
  let value = '';
  while (pos < text.length) {
    const c = text[pos];
    if (c === quote) {
      return { kind: 'string', text: text.slice(start, pos + 1), value, offset: start, length: pos + 1 - start };
    }
    if (c === '\\' && pos + 1 < text.length) {
      const e = text[pos + 1];
      // Unknown escapes are kept as written so regular expressions such as '\d+' work.
      value += ESCAPES[e] ?? '\\' + e;
      pos += 2;
    } else {
      value += c;
      pos++;
    }
  }
  throw new UnterminatedString(start, text.length - start, value);
}

/** Thrown for a string without its closing quote; tolerant scans turn it into a token. */
export class UnterminatedString extends TslError {
  constructor(
    offset: number,
    length: number,
    readonly partialValue: string,
  ) {
    super('Unterminated string literal', offset, length, ['closing quote']);
  }
}
