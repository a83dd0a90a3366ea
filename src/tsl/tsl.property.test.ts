import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr, QueryAst } from './ast';
import { compileQuery } from './compileQuery';
import { completionContext } from './completion';
import { diagnose } from './diagnose';
import { TslError } from './errors';
import { parseQuery } from './parser';
import { printQuery } from './printer';
import { groupQueryArb, rowArb, rowQueryArb, tokenSoupArb, whereArb } from './test/arbitraries';
import { interpret } from './test/interpreter';

/** The tree without positions, for comparing parses of different texts. */
function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'offset' && k !== 'length') out[k] = stripSpans(v);
    return out;
  }
  return value;
}

function onlyTslErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof TslError)) throw error;
    expect(error.offset).toBeGreaterThanOrEqual(0);
    expect(error.length).toBeGreaterThanOrEqual(0);
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };
function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (!(error instanceof TslError)) throw error;
    return { ok: false, message: error.message };
  }
}

describe('parser robustness', () => {
  it('throws nothing but TslError on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        onlyTslErrors(() => parseQuery(text));
        onlyTslErrors(() => diagnose(text));
        completionContext(text, text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('throws nothing but TslError on token soups, and completion never throws', () => {
    fc.assert(
      fc.property(tokenSoupArb, fc.nat(), (text, cut) => {
        onlyTslErrors(() => compileQuery(parseQuery(text)));
        const ctx = completionContext(text, cut % (text.length + 1));
        expect(ctx.replaceOffset).toBeLessThanOrEqual(cut % (text.length + 1));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('printer', () => {
  it('print then parse gives the same tree (generated queries)', () => {
    fc.assert(
      fc.property(fc.oneof(rowQueryArb, groupQueryArb), (text) => {
        const ast = parseQuery(text);
        const again = parseQuery(printQuery(ast));
        expect(stripSpans(again)).toEqual(stripSpans(ast));
      }),
      { numRuns: 1500 },
    );
  });

  it('print then parse gives the same tree (token soups that parse)', () => {
    fc.assert(
      fc.property(tokenSoupArb, (text) => {
        let ast: QueryAst;
        try {
          ast = parseQuery(text);
        } catch {
          return;
        }
        expect(stripSpans(parseQuery(printQuery(ast)))).toEqual(stripSpans(ast));
      }),
      { numRuns: 3000 },
    );
  });

  it('node spans lie inside the query and cover their children', () => {
    const check = (e: Expr, text: string): void => {
      expect(e.offset).toBeGreaterThanOrEqual(0);
      expect(e.offset + e.length).toBeLessThanOrEqual(text.length);
    };
    fc.assert(
      fc.property(whereArb, (text) => {
        const ast = parseQuery(text);
        if (ast.where) check(ast.where, text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('compiled queries agree with the tree-walking interpreter', () => {
  let compared = 0;
  const agree = (text: string, rows: unknown[]): void => {
    const ast = parseQuery(text);
    let compiled;
    try {
      compiled = compileQuery(ast);
    } catch (error) {
      if (error instanceof TslError) return; // compile-time rejections are tested in the table test
      throw error;
    }
    const a = outcome(() => compiled.run(rows));
    const b = outcome(() => interpret(ast, rows));
    if (a.ok && b.ok) compared++;
    expect(a.ok).toBe(b.ok);
    if (a.ok && b.ok) expect(a.value).toEqual(b.value);
  };

  it('on row queries', () => {
    fc.assert(fc.property(rowQueryArb, fc.array(rowArb, { maxLength: 12 }), agree), { numRuns: 3000 });
    expect(compared).toBeGreaterThan(1000);
  });

  it('on grouping queries', () => {
    compared = 0;
    fc.assert(fc.property(groupQueryArb, fc.array(rowArb, { maxLength: 12 }), agree), { numRuns: 1500 });
    expect(compared).toBeGreaterThan(400);
  });
});
