import { describe, expect, it } from 'vitest';
import { RESERVED_WORDS } from '../tsl/tokens';
import { FUNCTIONS } from '../tsl';
import { TSL_CONSTANTS, TSL_FUNCTIONS, TSL_KEYWORDS, tslMonarch } from './tslMonarch';

// The colouring must agree with the scanner: every reserved word is coloured as a
// keyword, constant or function, and every catalog function as a function.
describe('tslMonarch', () => {
  it('covers every reserved word and function of the engine', () => {
    const coloured = new Set([...TSL_KEYWORDS, ...TSL_CONSTANTS, ...TSL_FUNCTIONS]);
    for (const word of RESERVED_WORDS) expect(coloured.has(word), word).toBe(true);
    for (const fn of FUNCTIONS) expect(TSL_FUNCTIONS).toContain(fn.name);
  });

  it('reads a bracketed field path as one identifier token', () => {
    const rule = (tslMonarch.tokenizer.root as unknown[])[1] as [RegExp, unknown];
    const match = "disks[*].capacity labels['app.kubernetes.io/name']".match(new RegExp(rule[0].source, 'g'));
    expect(match).toEqual(['disks[*].capacity', "labels['app.kubernetes.io/name']"]);
  });
});
