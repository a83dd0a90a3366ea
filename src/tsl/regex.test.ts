import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { literalTester } from './regex';

// Text and patterns from a small alphabet, so patterns often occur in the text; with newlines
// (where ^ and $ must still mean the ends of the whole text) and a non-BMP character.
const alphabet = fc.constantFrom('a', 'b', '-', ' ', '\n', 'é', '😀');
const text = fc.array(alphabet, { maxLength: 12 }).map((cs) => cs.join(''));
const pattern = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom('a', 'b', '-', ' ', 'é'), { maxLength: 4 }), fc.boolean())
  .map(([start, cs, end]) => `${start ? '^' : ''}${cs.join('')}${end ? '$' : ''}`);

describe('literalTester (the fast path of ~=)', () => {
  it('answers as re2js for literals, ^literal, literal$ and ^literal$', () => {
    fc.assert(
      fc.property(pattern, text, (p, s) => {
        const fast = literalTester(p);
        expect(fast).toBeDefined();
        expect(fast!(s)).toBe(RE2JS.compile(p).test(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves every other pattern to re2js', () => {
    for (const p of ['a.b', 'a+', '(?i)prod', 'x|y', '[ab]', 'a{2}', 'a\\d', '^a^', 'a$b', '$^', '\uD83D']) expect(literalTester(p), p).toBeUndefined();
  });
});
