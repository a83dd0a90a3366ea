/**
 * Parses a JSON array that arrives in pieces (a streamed response body),
 * handing out its elements as soon as they are complete, so parsing overlaps
 * the download and nothing holds the whole body at once.
 *
 * How: a small scanner finds the commas that separate the array's top-level
 * elements (tracking nesting, and skipping over strings with indexOf), and
 * each pushed piece's complete elements are parsed by one native
 * `JSON.parse('[' + slice + ']')`. Measured against @streamparser/json (a
 * JavaScript tokenizer) in bench/inventory/README.md: several times faster,
 * since the native parser does the real work.
 *
 * A body that is not a top-level array (`{"items": [...]}`) is buffered and
 * parsed whole at the end.
 */
const OPEN_BRACE = 123; // {
const CLOSE_BRACE = 125; // }
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const QUOTE = 34; // "
const COMMA = 44; // ,
const BACKSLASH = 92; // \

export class JsonArraySplitter {
  private buffer = '';
  /** Where scanning resumes in `buffer`. */
  private pos = 0;
  /** Where the first element not yet handed out starts in `buffer` (after the '[' or a comma). */
  private elementStart = -1;
  /** The last top-level comma seen in `buffer` (the end of the complete elements), or -1. */
  private lastComma = -1;
  private depth = 0;
  private inString = false;
  private mode: 'start' | 'array' | 'other' | 'done' = 'start';

  /** Adds text; returns the elements completed by it (in order). */
  push(text: string): unknown[] {
    if (this.mode === 'done') {
      if (text.trim()) throw new SyntaxError('Unexpected data after the end of the JSON array');
      return [];
    }
    this.buffer += text;
    if (this.mode === 'start') {
      const first = this.buffer.search(/\S/);
      if (first < 0) return [];
      if (this.buffer.charCodeAt(first) !== OPEN_BRACKET) {
        this.mode = 'other';
        return [];
      }
      this.mode = 'array';
      this.depth = 1;
      this.pos = first + 1;
      this.elementStart = first + 1;
    }
    if (this.mode === 'other') return [];
    const closed = this.scan();
    if (closed >= 0) {
      // The array ended: everything from elementStart to the ']' is the last batch.
      const rest = this.buffer.slice(this.elementStart, closed);
      const trailing = this.buffer.slice(closed + 1);
      this.mode = 'done';
      this.buffer = '';
      if (trailing.trim()) throw new SyntaxError('Unexpected data after the end of the JSON array');
      return rest.trim() ? (JSON.parse(`[${rest}]`) as unknown[]) : [];
    }
    if (this.lastComma < 0) return [];
    const batch = this.buffer.slice(this.elementStart, this.lastComma);
    this.buffer = this.buffer.slice(this.lastComma + 1);
    this.pos -= this.lastComma + 1;
    this.elementStart = 0;
    this.lastComma = -1;
    return JSON.parse(`[${batch}]`) as unknown[];
  }

  /** The body ended: returns the elements left (for `{"items": [...]}`, all of them). */
  end(): unknown[] {
    if (this.mode === 'other') {
      const items = (JSON.parse(this.buffer) as { items?: unknown } | null)?.items;
      this.mode = 'done';
      this.buffer = '';
      if (!Array.isArray(items)) throw new Error('The inventory returned something other than a list');
      return items;
    }
    if (this.mode !== 'done') throw new SyntaxError('The JSON array ended early (the response was cut off)');
    return [];
  }

  /** Scans from `pos`; returns the index of the closing ']' if the array ended, else -1. */
  private scan(): number {
    const s = this.buffer;
    const n = s.length;
    let i = this.pos;
    let depth = this.depth;
    let inString = this.inString;
    while (i < n) {
      if (inString) {
        const q = s.indexOf('"', i);
        if (q < 0) {
          i = n;
          break;
        }
        // A quote preceded by an odd number of backslashes is escaped.
        let b = q - 1;
        while (b >= i && s.charCodeAt(b) === BACKSLASH) b--;
        i = q + 1;
        if ((q - 1 - b) % 2 === 0) inString = false;
        continue;
      }
      const c = s.charCodeAt(i);
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) {
          this.pos = i + 1;
          this.depth = 0;
          this.inString = false;
          return i;
        }
      } else if (c === COMMA && depth === 1) this.lastComma = i;
      i++;
    }
    // Backslashes at the very end of a string may escape the next piece's quote: rescan them then.
    if (inString) while (i > this.pos && s.charCodeAt(i - 1) === BACKSLASH) i--;
    this.pos = i;
    this.depth = depth;
    this.inString = inString;
    return -1;
  }
}
