// WHERE over column caches (columns.ts, compileFilter.ts) must give exactly
// the row closures' results and errors. These compare with the interpreter on
// generated inventory, and pin the cases where a column must not be used.
import { describe, expect, it } from 'vitest';
import { generateVsphereInventory } from '../../mocks/inventory/generators/vsphere';
import { compileQuery } from './compileQuery';
import { TslError } from './errors';
import { parseQuery } from './parser';
import { interpret } from './test/interpreter';

const run = (query: string, rows: unknown[]) => compileQuery(parseQuery(query)).run(rows);
const outcome = (f: () => unknown): unknown => {
  try {
    return f();
  } catch (error) {
    if (error instanceof TslError) return `error: ${error.message}`;
    throw error;
  }
};

describe('WHERE over column caches', () => {
  const vms = generateVsphereInventory({ seed: 7, vms: 600 }).vms as unknown as unknown[];
  const queries = [
    "powerState = 'poweredOn' and memoryMB >= 8192",
    "powerState = 'poweredOn' or not (cpuCount between 2 and 4)",
    "any(concerns[*].category = 'Critical')",
    "all(concerns[*].category != 'Critical') and cpuCount in [1, 2, 8]",
    "not any(disks[*].capacity > 50Gi) and name like '%1%'",
    "memoryMB / 1024 >= 8 and guestId ~= '(?i)rhel' LIMIT 7",
    "len(disks) > 1 and powerState = 'poweredOff'", // mixed: len() by its closure
    "powerState = 'poweredOff' and len(disks) > 1 ORDER BY memoryMB DESC, id LIMIT 5",
    "SELECT guestId, count(*) AS n WHERE powerState = 'poweredOn' GROUP BY guestId",
    "SELECT name, memoryMB / 1024 AS gb WHERE gb > 4 and powerState = 'poweredOn' LIMIT 10 OFFSET 3", // alias: not a column
    "isTemplate or host is null",
    "name > 5", // a type error for every value: no column, the closure reports it
  ];
  it.each(queries)('%s', (query) => {
    expect(outcome(() => run(query, vms))).toEqual(outcome(() => interpret(parseQuery(query), vms)));
  });

  it('stops at LIMIT before a row whose other test would fail', () => {
    const rows = [{ a: 1, b: [1] }, { a: 1, b: 5 }];
    expect(run('a = 1 and len(b) > 0 LIMIT 1', rows).rows).toEqual([rows[0]]);
    expect(() => run('a = 1 and len(b) > 0', rows)).toThrow(/len\(\) needs an array/);
    // a value a column cannot hold (a list) sends the whole WHERE to the row closures
    expect(run('b = 5 LIMIT 1', [{ b: 5 }, { b: [5] }]).rows).toEqual([{ b: 5 }]);
  });

  it('reports the error the row closures meet first', () => {
    const rows = [{ a: 'x', b: 1 }, { a: 1, b: 'y' }];
    expect(outcome(() => run('a > 0 and b > 0', rows))).toEqual(outcome(() => interpret(parseQuery('a > 0 and b > 0'), rows)));
  });

  it('sees rows appended to the same array', () => {
    const rows: unknown[] = [{ s: 'on' }, { s: 'off' }];
    const q = compileQuery(parseQuery("s = 'on'"));
    expect(q.run(rows).rows).toHaveLength(1);
    rows.push({ s: 'on' });
    expect(q.run(rows).rows).toHaveLength(2);
  });

  it('keeps results identical for null, missing, NaN, -0 and non-object rows', () => {
    const rows: unknown[] = [{ n: null }, {}, { n: NaN }, { n: -0 }, { n: 0 }, null, 3, 'n', [1], { n: 2 }];
    for (const q of ['n = 0', 'n != 0', 'n is null', 'not (n > 1)', 'n in [0, 2]']) {
      expect(outcome(() => run(q, rows))).toEqual(outcome(() => interpret(parseQuery(q), rows)));
    }
  });
});
