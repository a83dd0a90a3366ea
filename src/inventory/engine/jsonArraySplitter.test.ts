import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonArraySplitter } from './jsonArraySplitter';

/** Feeds `text` in the given piece sizes and collects every element. */
const splitAll = (text: string, sizes: number[]): unknown[] => {
  const splitter = new JsonArraySplitter();
  const out: unknown[] = [];
  let at = 0;
  let k = 0;
  while (at < text.length) {
    const size = Math.max(1, sizes[k++ % sizes.length] ?? text.length);
    out.push(...splitter.push(text.slice(at, at + size)));
    at += size;
  }
  out.push(...splitter.end());
  return out;
};

describe('JsonArraySplitter', () => {
  it('hands out complete elements as pieces arrive', () => {
    const splitter = new JsonArraySplitter();
    expect(splitter.push(' [{"a":1},{"b":"x,]}"')).toEqual([{ a: 1 }]);
    expect(splitter.push('},{"c":[1,2')).toEqual([{ b: 'x,]}' }]);
    expect(splitter.push(']}]')).toEqual([{ c: [1, 2] }]);
    expect(splitter.end()).toEqual([]);
  });

  it('keeps escaped quotes and backslashes split across pieces', () => {
    const rows = [{ s: 'a\\"b' }, { s: 'c\\\\' }, { s: '"q"' }, { s: '\\' }];
    const text = JSON.stringify(rows);
    for (let size = 1; size < 12; size++) expect(splitAll(text, [size])).toEqual(rows);
  });

  it('reads an empty array and an {items: [...]} body', () => {
    expect(splitAll('[ ]', [1])).toEqual([]);
    expect(splitAll('{"items":[{"a":1}]}', [3])).toEqual([{ a: 1 }]);
  });

  it('says when the body was cut off or is not JSON', () => {
    const cut = new JsonArraySplitter();
    cut.push('[{"a":1},{"b"');
    expect(() => cut.end()).toThrow(/ended early/);
    expect(() => splitAll('[{"a":}]', [100])).toThrow(SyntaxError);
  });

  it('agrees with JSON.parse for any array and any way of cutting it', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 20 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }), (values, sizes) => {
        const text = JSON.stringify(values, null, sizes[0] % 2 ? 1 : undefined);
        expect(splitAll(text, sizes)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});
