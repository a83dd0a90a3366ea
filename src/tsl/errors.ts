// Errors and warnings, both located by offset/length in the whole query text.

/** A syntax or type error. Thrown by parseQuery, compileQuery and runQuery. */
export class TslError extends Error {
  override readonly name = 'TslError';
  constructor(
    message: string,
    /** Offset of the offending range in the whole query text. */
    readonly offset: number,
    /** Length of the offending range (0 at end of input). */
    readonly length: number,
    /** What the parser would have accepted there (e.g. `expression`, `)`, `ORDER BY`). */
    readonly expected: string[] = [],
  ) {
    super(message);
  }
}

/** A warning about a query that parses and runs but probably does not do what was meant. */
export interface Diagnostic {
  severity: 'warning';
  message: string;
  offset: number;
  length: number;
  /** Replacement text for the range [offset, offset+length) that fixes the problem. */
  suggestion?: string;
}
