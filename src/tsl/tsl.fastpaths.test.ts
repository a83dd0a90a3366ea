// The fused closures (compileArrayCall.ts, compileFieldOps.ts, the record
// builder in compileQuery.ts) read fields inline and fall back to the general
// rules for anything unexpected. These tests pin the cases where such
// shortcuts usually drift: null and missing fields, values of the wrong type,
// odd elements inside arrays, rows that are not objects, and grouping.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileQuery } from './compileQuery';
import { TslError } from './errors';
import { parseQuery } from './parser';
import { interpret } from './test/interpreter';

const run = (query: string, rows: unknown[]) => compileQuery(parseQuery(query)).run(rows);
const names = (query: string, rows: unknown[]) => run(query, rows).rows.map((r) => (r as { id: unknown }).id);
const column = (query: string, rows: unknown[]) => run(query, rows).rows.map((r) => Object.values(r)[0]);

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };
function outcome(f: () => unknown): Outcome {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    if (!(error instanceof TslError)) throw error;
    return { ok: false, message: error.message };
  }
}

describe('any()/all() over list[*].field compared with a literal', () => {
  const rows = [
    { id: 1, items: [{ c: 'Critical' }, { c: 'Warning' }] },
    { id: 2, items: [{ c: 'Warning' }] },
    { id: 3, items: [] },
    { id: 4 }, // missing list
    { id: 5, items: null },
    { id: 6, items: 'Critical' }, // not an array: the [*] path is null
    { id: 7, items: [null, { c: null }, {}, 'x', 7, [{ c: 'Critical' }]] }, // nothing collects
    { id: 8, items: [{ c: 'Critical' }, { c: 5 }] }, // stops before the bad element
  ];

  it('any() is true at the first matching element; missing/odd elements are skipped', () => {
    expect(names("any(items[*].c = 'Critical')", rows)).toEqual([1, 8]);
  });

  it('all() is false over no elements, and null (no row) when the list is missing', () => {
    expect(names("all(items[*].c != 'Critical')", rows)).toEqual([2]);
    expect(names("not all(items[*].c != 'Critical')", rows)).toEqual([1, 3, 4, 5, 6, 7, 8]);
  });

  it('an element of another type is a type error, as in the general rules', () => {
    expect(() => run("any(items[*].c = 'Critical')", [{ items: [{ c: 5 }, { c: 'Critical' }] }])).toThrow(/Cannot compare number 5 with string 'Critical'/);
    expect(() => run('any(items[*].c > 1)', [{ items: [{ c: 'x' }] }])).toThrow(TslError);
    // a list value is spliced into the collection, so its elements are tested
    expect(names('any(items[*].c = 1)', [{ id: 1, items: [{ c: [0, 1] }] }])).toEqual([1]);
    expect(names('all(items[*].c >= 1)', [{ id: 1, items: [{ c: [1, 2] }, { c: 3 }] }, { id: 2, items: [{ c: [1, 0] }] }])).toEqual([1]);
  });

  it('numbers compare numerically, dates in the data against a non-date literal compare as text', () => {
    const data = [{ id: 1, items: [{ c: 2 }, { c: 10 }] }, { id: 2, items: [{ c: '2024-01-01' }] }];
    expect(names('any(items[*].c >= 10)', [data[0]])).toEqual([1]);
    expect(names("any(items[*].c > '2023')", [data[1]])).toEqual([2]);
  });

  it('a date literal still compares as an instant', () => {
    const data = [{ id: 1, items: [{ t: '2024-01-01T01:00:00+02:00' }] }];
    expect(names("any(items[*].t < '2024-01-01')", data)).toEqual([1]);
  });

  it('rows that are not objects have no fields', () => {
    expect(names("any(items[*].c = 'x')", [null, 3, 'items', [{ c: 'x' }]] as unknown[])).toEqual([]);
  });
});

describe('sum() and len() fast paths', () => {
  // `sum(...) * 1`: inside an expression sum() is the TSL function (a bare
  // `SELECT sum(path)` is the CLI's lenient reducer, tested in the conformance table).
  it('sum(list[*].field) skips null and missing values; null without a list', () => {
    const rows = [{ d: [{ c: 1 }, { c: null }, {}, null, { c: 2.5 }] }, { d: [] }, {}, { d: 'x' }, { d: [[{ c: 9 }], 'str', 4] }, { d: [{ c: [1, 2] }, { c: 3 }] }];
    expect(column('SELECT sum(d[*].c) * 1 AS s', rows)).toEqual([3.5, 0, null, null, 0, 6]);
    expect(column('SELECT len(d[*].c) * 1 AS s', rows)).toEqual([2, 0, null, null, 0, 3]);
  });

  it('sum(list[*].field) reports a non-number element', () => {
    expect(() => run('SELECT sum(d[*].c) * 1 AS s', [{ d: [{ c: 1 }, { c: 'two' }] }])).toThrow(/sum\(\) needs numbers, got string 'two'/);
    expect(() => run('SELECT sum(d[*].c) * 1 AS s', [{ d: [{ c: [1, 'x'] }] }])).toThrow(/sum\(\) needs numbers/);
  });

  it('len(field) is the length of an array, null for null/missing, and a type error otherwise', () => {
    expect(column('SELECT len(d) * 1 AS n', [{ d: [1, null, 3] }, { d: null }, {}, null])).toEqual([3, null, null, null]);
    expect(() => run('SELECT len(d) * 1 AS n', [{ d: 'abc' }])).toThrow(/len\(\) needs an array, got string 'abc'/);
    expect(() => run('len(d) = 1', [{ d: 4 }])).toThrow(/len\(\) needs an array/);
  });

  it('field names that are also array or string properties are not read from arrays or strings', () => {
    expect(column('SELECT len(map) * 1 AS n', [[1, 2]])).toEqual([null]);
    expect(column('SELECT sum(x[*].length) * 1 AS s', [{ x: ['abc', [1, 2]] }])).toEqual([0]);
    expect(column('SELECT len(__proto__) * 1 AS n', [[1]])).toEqual([null]);
  });

  it('array functions over fields are rejected in a grouping query unless grouped', () => {
    for (const q of ['SELECT m, sum(arr[*]) GROUP BY m', 'SELECT m, len(arr[*]) GROUP BY m', 'SELECT m, any(arr[*] > 1) GROUP BY m', 'SELECT m, len(arr) GROUP BY m']) {
      expect(() => run(q, [{ m: 1, arr: [1, 2] }])).toThrow(/must appear in GROUP BY/);
    }
    expect(run('SELECT arr, len(arr) AS n GROUP BY arr', [{ arr: [1, 2] }]).rows).toEqual([{ arr: [1, 2], n: 2 }]);
  });
});

describe('GROUP BY one plain field (key read inline)', () => {
  it('groups missing, null and method-named keys as null, and arrays/objects by value', () => {
    const rows = [{ g: 'a' }, { g: null }, {}, { g: 'a' }, null, 5, [1], { g: [1] }, { g: [1] }, { g: { x: 1 } }];
    expect(run('SELECT g, count(*) AS n GROUP BY g', rows).rows).toEqual([
      { g: 'a', n: 2 },
      { g: null, n: 5 },
      { g: [1], n: 2 },
      { g: { x: 1 }, n: 1 },
    ]);
    expect(run('SELECT map, count(*) AS n GROUP BY map', [[1], { map: 'm' }]).rows).toEqual([
      { map: null, n: 1 },
      { map: 'm', n: 1 },
    ]);
  });
});

describe('arithmetic with a number literal', () => {
  it('computes numbers inline and follows the null and zero rules', () => {
    expect(column('SELECT m / 1024 AS g', [{ m: 2048 }, { m: null }, {}, { m: 1 }])).toEqual([2, null, null, 1 / 1024]);
    expect(column('SELECT m % 0 AS g', [{ m: 5 }])).toEqual([null]);
    expect(column('SELECT m / 0 AS g', [{ m: 5 }])).toEqual([null]);
    expect(column('SELECT m - 1 AS g', [{ m: [1, 2] }])).toEqual([[0, 1]]);
    expect(column('SELECT sum(d[*].c) / 2 AS g', [{ d: [{ c: 3 }] }])).toEqual([1.5]);
  });

  it('reports a non-number operand', () => {
    expect(() => run('SELECT m * 2 AS g', [{ m: 'x' }])).toThrow(/'\*' needs numbers, got string 'x' and number 2/);
    expect(() => run('SELECT m + 1 AS g', [{ m: true }])).toThrow(TslError);
  });
});

describe('records', () => {
  it('have the columns in SELECT order, for every arity', () => {
    const row = { a: 1, b: 'x', c: null, d: [1], e: { f: 2 } };
    for (let n = 1; n <= 6; n++) {
      const cols = ['a', 'b', 'c', 'd', 'e', 'a + 1 AS z'].slice(0, n);
      const { rows, columns } = run(`SELECT ${cols.join(', ')}`, [row, row]);
      expect(rows).toHaveLength(2);
      for (const r of rows) expect(Object.keys(r)).toEqual(columns);
    }
    expect(run('SELECT e, a, a', [row]).rows).toEqual([{ e: { f: 2 }, a: 1, a_2: 1 }]);
  });

  it('SELECT without ORDER BY projects in the same pass, but reports the error WHERE meets first', () => {
    const rows = [
      { a: 'x', b: 1 }, // SELECT a * 2 fails here
      { a: 1, b: 'y' }, // WHERE b > 0 fails here
    ];
    expect(() => run('SELECT a * 2 AS d WHERE b > 0', rows)).toThrow(/Cannot compare string 'y' with number 0/);
    expect(() => run('SELECT a * 2 AS d WHERE b > 0', [rows[0]])).toThrow(/'\*' needs numbers/);
    expect(run('SELECT a * 2 AS d WHERE b > 0 LIMIT 1 OFFSET 1', [{ a: 1, b: 1 }, { a: 2, b: 1 }, { a: 'z', b: 1 }]).rows).toEqual([{ d: 4 }]);
  });

  it('a column named __proto__ is an own property, not the prototype', () => {
    const [record] = run('SELECT x AS __proto__, y', [{ x: { polluted: true }, y: 1 }]).rows;
    expect(Object.keys(record)).toEqual(['__proto__', 'y']);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect((record as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('records of different queries are independent objects', () => {
    const first = run('SELECT a', [{ a: 1 }, { a: 2 }]).rows;
    first[0].a = 99;
    expect(first[1]).toEqual({ a: 2 });
    expect(run('SELECT a', [{ a: 1 }]).rows).toEqual([{ a: 1 }]);
  });
});

// Rows whose fields hold any kind of value, and queries made only of the fused
// shapes: the compiled result (or error) must match the interpreter's.
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer({ min: -3, max: 5 }),
  fc.constantFrom('a', 'Critical', '2024-01-01', ''),
  fc.boolean(),
  fc.constant([1]),
);
const elementArb = fc.oneof(
  { weight: 5, arbitrary: fc.record({ v: anyValue, c: anyValue }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: anyValue },
);
const chaoticRowArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ x: fc.oneof(anyValue, elementArb), list: fc.oneof(fc.array(elementArb, { maxLength: 4 }), elementArb, anyValue) }, { requiredKeys: [] }),
  },
  { weight: 1, arbitrary: fc.array(anyValue, { maxLength: 2 }) },
  { weight: 1, arbitrary: anyValue },
);
const fusedQueryArb = fc.oneof(
  fc.tuple(fc.constantFrom('any', 'all'), fc.constantFrom('v', 'c'), fc.constantFrom('=', '!=', '<', '<=', '>', '>='), fc.constantFrom('1', "'a'", "'Critical'", "'2024-01-01'", '0')).map(([f, field, op, lit]) => `${f}(list[*].${field} ${op} ${lit})`),
  fc.constantFrom('SELECT x, x.v, x.c, list.v, length, x.length, list.length, constructor, constructor.name, x.toString, __proto__, x.__proto__', 'SELECT list.v.c AS deep, map.v'),
  fc.constantFrom('sum(list[*].v) > 1', 'len(list[*].c) = 2', 'len(list.c) >= 1', 'any(list.v = 1)', 'sum(list.v) > 0', 'SELECT sum(list[*].v) * 1 AS s', 'SELECT sum(list[*].v) AS s', 'SELECT sum(list.v) AS s, len(list.c) AS n, any(list.c) AS a, all(list.v) AS b', 'SELECT len(list) AS n', 'SELECT len(list[*].c) AS n', 'SELECT x / 2 AS h, x % 2 AS r, x * 3 AS t, x - 1 AS u, x + 1 AS w', 'SELECT sum(list[*].v) / 4 AS q', 'SELECT x, list, len(list) AS n'),
);

describe('fused closures agree with the interpreter on rows of any shape', () => {
  it('on generated rows', () => {
    let compared = 0;
    fc.assert(
      fc.property(fusedQueryArb, fc.array(chaoticRowArb, { maxLength: 8 }), (text, rows) => {
        const ast = parseQuery(text);
        const a = outcome(() => compileQuery(ast).run(rows));
        const b = outcome(() => interpret(ast, rows));
        expect(a.ok).toBe(b.ok);
        if (a.ok && b.ok) {
          compared++;
          expect(a.value).toEqual(b.value);
        }
      }),
      { numRuns: 3000 },
    );
    expect(compared).toBeGreaterThan(300);
  });
});
