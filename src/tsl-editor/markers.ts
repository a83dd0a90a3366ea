/**
 * Errors and warnings for the query as typed, as plain data the Monaco
 * adapter turns into model markers: a syntax or compile error (TslError)
 * and the engine's diagnostics (e.g. a comparison on an array that can never
 * match). Runtime errors found while running over the data come from the page.
 */
import { compileQuery, diagnose, parseQuery, TslError, type PathSegment } from '../tsl';
import type { TslSchema } from './schema';

export interface TslMarker {
  severity: 'error' | 'warning';
  message: string;
  offset: number;
  length: number;
}

/** A marker for a TslError; the expected tokens make the message actionable. */
export const markerFromError = (error: TslError): TslMarker => ({
  severity: 'error',
  message: error.expected.length > 0 && !/expected/i.test(error.message) ? `${error.message} (expected ${error.expected.join(', ')})` : error.message,
  offset: error.offset,
  length: error.length,
});

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Whether a query path runs through a list before its last step, by the
 * schema's path names (`disks` is an array, so `disks.capacity` is a list of
 * capacities, as `kubectl mtv` reads it).
 */
export const pathThroughList =
  (schema: TslSchema) =>
  (segments: readonly PathSegment[]): boolean => {
    let text = '';
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i];
      if (s.kind === 'field') {
        if (i > 0 && schema.fields[text]?.types.includes('array')) return true;
        text = text ? `${text}.${s.name}` : s.name;
      } else if (s.kind === 'key') {
        text = SIMPLE_KEY.test(s.key) ? `${text}.${s.key}` : `${text}['${s.key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
      } else {
        text = `${text}[*]`;
      }
    }
    return false;
  };

export const tslMarkers = (query: string, schema?: TslSchema): TslMarker[] => {
  if (!query.trim()) return [];
  try {
    compileQuery(parseQuery(query));
  } catch (error) {
    if (error instanceof TslError) return [markerFromError(error)];
    throw error;
  }
  return diagnose(query, schema ? { isList: pathThroughList(schema) } : {}).map((d) => ({
    severity: 'warning',
    message: d.suggestion ? `${d.message} Try: ${d.suggestion}` : d.message,
    offset: d.offset,
    length: d.length,
  }));
};

/**
 * Monaco needs a non-empty range to draw a squiggle: an error at the end of
 * the text (length 0) underlines the last character instead.
 */
export const visibleRange = (marker: { offset: number; length: number }, textLength: number): { start: number; end: number } => {
  if (marker.length > 0) return { start: marker.offset, end: Math.min(textLength, marker.offset + marker.length) };
  if (marker.offset < textLength) return { start: marker.offset, end: marker.offset + 1 };
  return { start: Math.max(0, textLength - 1), end: textLength };
};

/** 1-based line and column of an offset, for messages such as "line 1, column 14". */
export const lineColumnAt = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
};
