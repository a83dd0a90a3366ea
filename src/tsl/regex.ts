// Regular expressions through re2js (linear time: no query can hang the page).
// Patterns are compiled once per distinct pattern text and cached.

import { RE2JS } from 're2js';
import type { Span } from './ast';
import { TslError } from './errors';

const cache = new Map<string, (s: string) => boolean>();
const CACHE_LIMIT = 500;

/** Returns an unanchored tester for an RE2 pattern, or throws TslError pointing at `at`. */
export function compileRegex(pattern: string, at: Span): (s: string) => boolean {
  const hit = cache.get(pattern);
  if (hit) return hit;
  // A literal is always a valid RE2 pattern: no need to compile it (re2js's first compile in a
  // fresh worker builds its case-folding tables, ~10 ms).
  const test = literalTester(pattern) ?? regexTester(pattern, at);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(pattern, test);
  return test;
}

function regexTester(pattern: string, at: Span): (s: string) => boolean {
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TslError(`Invalid regular expression: ${reason}`, at.offset, at.length, ['regular expression']);
  }
  return (s: string): boolean => re.test(s);
}

/** Characters that make a pattern more than a literal (and surrogates, which RE2 reads as code points). */
const NOT_LITERAL = /[\\.+*?()|[\]{}^$\uD800-\uDFFF]/;

/**
 * A plain string search for the commonest patterns — a literal, `^literal`,
 * `literal$`, `^literal$` — which mean exactly that in RE2 (`^`/`$` match only
 * at the ends of the text without the `m` flag). `name ~= 'prod'` over 100,000
 * VMs then costs a few milliseconds instead of ~60 (re2js converts each string
 * before matching). Anything else goes to re2js.
 */
export function literalTester(pattern: string): ((s: string) => boolean) | undefined {
  const start = pattern.startsWith('^');
  const end = pattern.endsWith('$') && pattern.length > (start ? 1 : 0);
  const literal = pattern.slice(start ? 1 : 0, end ? -1 : undefined);
  if (NOT_LITERAL.test(literal)) return undefined;
  if (start && end) return (s) => s === literal;
  if (start) return (s) => s.startsWith(literal);
  if (end) return (s) => s.endsWith(literal);
  return (s) => s.includes(literal);
}
