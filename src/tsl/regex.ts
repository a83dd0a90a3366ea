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
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TslError(`Invalid regular expression: ${reason}`, at.offset, at.length, ['regular expression']);
  }
  const test = (s: string): boolean => re.test(s);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(pattern, test);
  return test;
}
