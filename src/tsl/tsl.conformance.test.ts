// Conformance table: each operator and clause against fixed rows, with the expected result.
import { describe, expect, it } from 'vitest';
import { compileQuery, parseQuery, runQuery, TslError } from './index';

const VMS = [
  { name: 'web-1', memoryMB: 4096, cpuCount: 2, powerState: 'poweredOn', host: 'h1', isTemplate: false, created: '2024-01-05T10:00:00Z', disks: [{ capacity: 10e9 }, { capacity: 20e9 }], concerns: [{ category: 'Warning' }], labels: { 'app.kubernetes.io/name': 'web' }, tags: ['a', 'b'] },
  { name: 'db-1', memoryMB: 16384, cpuCount: 8, powerState: 'poweredOff', host: 'h2', isTemplate: false, created: '2023-06-01', disks: [{ capacity: 200e9 }], concerns: [], labels: {}, tags: [] },
  { name: 'web-2', memoryMB: 2048, cpuCount: 1, powerState: 'poweredOn', host: 'h1', isTemplate: true, disks: [], concerns: [{ category: 'Critical' }, { category: 'Warning' }], tags: ['b'] },
  { name: 'Cache', memoryMB: 8192, cpuCount: 4, powerState: 'suspended', host: null, isTemplate: false, created: '2024-03-01T00:00:00+02:00', disks: [{ capacity: 4294967296 }], concerns: [{ category: 'Information' }] },
];

const names = (q: string): string[] => runQuery(q, VMS).rows.map((r) => r.name as string);

const TABLE: [string, string[]][] = [
  // comparison operators
  ["name = 'db-1'", ['db-1']],
  ["name == 'db-1'", ['db-1']],
  ["name != 'db-1'", ['web-1', 'web-2', 'Cache']],
  ["name <> 'db-1'", ['web-1', 'web-2', 'Cache']],
  ['memoryMB < 4096', ['web-2']],
  ['memoryMB <= 4096', ['web-1', 'web-2']],
  ['memoryMB > 8192', ['db-1']],
  ['memoryMB >= 8192', ['db-1', 'Cache']],
  ['memoryMB > 4k', ['web-1', 'db-1', 'Cache']], // k is 1000, not 1024
  ['memoryMB = 16Ki', ['db-1']],
  ['disks[0].capacity = 4Gi', ['Cache']],
  ['disks[0].capacity = 200G', ['db-1']],
  ['disks[0].capacity >= 2e10', ['db-1']],
  // missing fields: = false, != true
  ["host = 'h1'", ['web-1', 'web-2']],
  ["host != 'h1'", ['db-1', 'Cache']],
  ["nosuch = 'x'", []],
  ["nosuch != 'x'", ['web-1', 'db-1', 'web-2', 'Cache']],
  // regex and like
  ["name ~= '^web'", ['web-1', 'web-2']],
  ["name ~= '(?i)^cache$'", ['Cache']],
  ["name ~! '^web'", ['db-1', 'Cache']],
  ["nosuch ~! 'x'", ['web-1', 'db-1', 'web-2', 'Cache']],
  ["name like 'web%'", ['web-1', 'web-2']],
  ["name like 'web-_'", ['web-1', 'web-2']],
  ["name like 'web'", []],
  ["name like 'cache'", []],
  ["name ilike 'cache'", ['Cache']],
  ["name not like '%-%'", ['Cache']],
  ["name not ilike 'C%'", ['web-1', 'db-1', 'web-2']],
  // in, between, is null
  ["name in ['db-1', 'Cache']", ['db-1', 'Cache']],
  ["name not in ['db-1', 'Cache']", ['web-1', 'web-2']],
  ['cpuCount in [1, 8]', ['db-1', 'web-2']],
  ['cpuCount between 2 and 4', ['web-1', 'Cache']],
  ['cpuCount not between 2 and 4', ['db-1', 'web-2']],
  ['host is null', ['Cache']],
  ['host is not null', ['web-1', 'db-1', 'web-2']],
  ['created is null', ['web-2']],
  // booleans and logic
  ['isTemplate', ['web-2']],
  ['isTemplate = true', ['web-2']],
  ['not isTemplate', ['web-1', 'db-1', 'Cache']],
  ["powerState = 'poweredOn' and cpuCount > 1", ['web-1']],
  ["powerState = 'poweredOff' or cpuCount = 1", ['db-1', 'web-2']],
  ["powerState = 'suspended' or cpuCount = 1 and memoryMB > 1M", ['Cache']],
  ["(powerState = 'suspended' or cpuCount = 1) and memoryMB > 1k", ['web-2', 'Cache']],
  ['not (cpuCount = 1)', ['web-1', 'db-1', 'Cache']],
  // arithmetic
  ['memoryMB / 1024 = 4', ['web-1']],
  ['memoryMB/1024 >= 8', ['db-1', 'Cache']],
  ['cpuCount * 2 + 1 = 5', ['web-1']],
  ['cpuCount % 2 = 1', ['web-2']],
  ['-cpuCount < -4', ['db-1']],
  ['cpuCount - 1 = 0', ['web-2']],
  // dates
  ["created > '2024-01-01'", ['web-1', 'Cache']],
  ["created < '2024-01-01T00:00:00Z'", ['db-1']],
  ["created = '2023-06-01T00:00:00Z'", ['db-1']],
  ["created between '2024-01-01' and '2024-02-29T22:00:00Z'", ['web-1', 'Cache']],
  // arrays
  ['disks[*].capacity > 100G', []],
  ['any(disks[*].capacity > 100G)', ['db-1']],
  ['all(disks[*].capacity < 50G)', ['web-1', 'Cache']], // all() of [] is false, as in kubectl mtv
  ['not all(disks[*].capacity < 50G)', ['db-1', 'web-2']],
  ['disks.capacity > 100G', []], // a path through a list is a list: write any()
  ['any(disks.capacity > 100G)', ['db-1']],
  ['sum(disks.capacity) > 25G', ['web-1', 'db-1']],
  ['len(disks.capacity) = 2', ['web-1']],
  ["any(concerns.category = 'Critical')", ['web-2']],
  ['len(disks) = 0', ['web-2']],
  ['len disks = 2', ['web-1']],
  ['sum(disks[*].capacity) > 25G', ['web-1', 'db-1']],
  ["any(concerns[*].category = 'Critical')", ['web-2']],
  ["any(concerns[*].category in ['Critical', 'Information'])", ['web-2', 'Cache']],
  ["any(tags[*] = 'b')", ['web-1', 'web-2']],
  ['len(tags) = 0', ['db-1']],
  ["labels['app.kubernetes.io/name'] = 'web'", ['web-1']],
  ['concerns[1].category is not null', ['web-2']],
  // keywords are case-insensitive; newlines are whitespace; strings hide keywords
  ["NAME = 'db-1'", []],
  ["name = 'db-1' OR Name = 'x'", ['db-1']],
  ["WHERE\n  name\n  =\n 'db-1'", ['db-1']],
  ["name != 'select * where order by limit'", ['web-1', 'db-1', 'web-2', 'Cache']],
  // clauses
  ['ORDER BY memoryMB', ['web-2', 'web-1', 'Cache', 'db-1']],
  ['SORT BY memoryMB DESC', ['db-1', 'Cache', 'web-1', 'web-2']],
  ['order by host desc, name', ['db-1', 'web-1', 'web-2', 'Cache']], // nulls last either way
  ['ORDER BY created', ['db-1', 'web-1', 'Cache', 'web-2']],
  ['ORDER BY created DESC', ['Cache', 'web-1', 'db-1', 'web-2']],
  ['ORDER BY memoryMB DESC LIMIT 2', ['db-1', 'Cache']],
  ['ORDER BY memoryMB LIMIT 2 OFFSET 1', ['web-1', 'Cache']],
  ['LIMIT 3', ['web-1', 'db-1', 'web-2']],
  ['LIMIT 2 OFFSET 3', ['Cache']],
  ["powerState = 'poweredOn' ORDER BY name DESC", ['web-2', 'web-1']],
  ['SELECT * WHERE cpuCount > 4', ['db-1']],
  ['', ['web-1', 'db-1', 'web-2', 'Cache']],
  // aliases in WHERE and ORDER BY
  ['SELECT name, memoryMB / 1024 AS gb WHERE gb > 4 ORDER BY gb', ['Cache', 'db-1']],
];

describe('conformance table', () => {
  it.each(TABLE)('%s', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });
});

// Array functions over empty, null, missing and mixed lists, paths through lists
// without [*] (the CLI adds it), and nested lists (the CLI splices them flat).
const LISTS = [
  { name: 'a', nums: [1, 2, 3], flags: [true, true], mixed: [true, 1, 'x', null], disks: [{ capacityInBytes: 5, tags: ['ssd', 'fast'] }, { capacityInBytes: 7, tags: ['hdd'] }], groups: [{ vms: [{ n: 1 }, { n: 2 }] }, { vms: [{ n: 3 }] }], matrix: [[1, 2], [3]] },
  { name: 'b', nums: [], flags: [], mixed: [], disks: [], groups: [], matrix: [] },
  { name: 'c', nums: null, flags: null, mixed: null, disks: null, groups: null, matrix: null },
  { name: 'd' },
  { name: 'e', nums: [4, 'x', null, 6], flags: [true, false], mixed: [false, 'y'], disks: [{ capacityInBytes: 10 }, { size: 3 }], groups: [{ vms: [] }, { vms: [{ n: 10 }] }], matrix: [[5]] },
];
const listNames = (q: string, rows: readonly unknown[] = LISTS): string[] => runQuery(q, rows).rows.map((r) => r.name as string);

const LIST_TABLE: [string, string[]][] = [
  // all(): false for [] and for any element that is not true; null (no row) for a missing list
  ['all(flags)', ['a']],
  ['not all(flags)', ['b', 'c', 'd', 'e']],
  ['all(mixed)', []],
  ['all(flags) is null', ['c', 'd']],
  ['all(disks[*].capacityInBytes > 0)', ['a', 'e']],
  // any(): true when some element is exactly true; other elements are skipped, not errors
  ['any(flags)', ['a', 'e']],
  ['any(mixed)', ['a']],
  ['not any(mixed)', ['b', 'c', 'd', 'e']],
  ['any(nums[*] >= 4)', ['e']], // stops at 4, before 'x'
  ['any(flags[*] = false)', ['e']],
  // len(): counts every element (nulls and strings too); null for a missing list
  ['len(nums) = 0', ['b']],
  ['len(nums) = 4', ['e']],
  ['len(nums) is null', ['c', 'd']],
  ['len(mixed) = 4', ['a']],
  // sum() over lists without a non-number
  ['sum(flags[*].x) = 0', ['a', 'b', 'e']], // no element has x: the sum of nothing is 0
  ['sum(disks.capacityInBytes) is null', ['c', 'd']],
  // a path through a list without [*]
  ['sum(disks.capacityInBytes) = 12', ['a']],
  ['sum(disks.capacityInBytes) > 9', ['a', 'e']],
  ['any(disks.capacityInBytes > 6)', ['a', 'e']],
  ['all(disks.capacityInBytes > 6)', ['e']], // the disk without the field is not collected
  ['len(disks.capacityInBytes) = 1', ['e']],
  ['disks.capacityInBytes > 6', []], // an element-wise comparison gives a list, which never matches
  ['disks.capacityInBytes != 100', ['c', 'd']], // ...except where the list is missing: null != 100
  ['disks[*].capacityInBytes != 100', ['c', 'd']],
  ['len(disks.0) = 0', ['a', 'b', 'e']], // a digit name after a list is each element's field, not an index
  // nested lists come out flat
  ['len(groups.vms.n) = 3', ['a']],
  ['sum(groups.vms.n) = 10', ['e']],
  ['len(groups[*].vms) = 3', ['a']],
  ['len(groups.vms) = 1', ['e']],
  ['any(groups[*].vms[*].n = 3)', ['a']],
  ['len(disks.tags) = 3', ['a']],
  ["any(disks[*].tags = 'hdd')", ['a']],
  ['len(matrix[*]) = 3', ['a']],
  ['sum(matrix[*]) = 5', ['e']],
];

describe('array functions and paths through lists', () => {
  it.each(LIST_TABLE)('%s', (query, expected) => {
    expect(listNames(query)).toEqual(expected);
  });

  it("the CLI guide's own query works: where sum(disks.capacityInBytes) > 107374182400", () => {
    const vms = [
      { name: 'big', disks: [{ capacityInBytes: 64 * 2 ** 30 }, { capacityInBytes: 64 * 2 ** 30 }] },
      { name: 'small', disks: [{ capacityInBytes: 10 * 2 ** 30 }] },
    ];
    expect(listNames('where sum(disks.capacityInBytes) > 107374182400', vms)).toEqual(['big']);
  });

  it('sum() of a list with a non-number, and a comparison that reaches one, are type errors in WHERE', () => {
    expect(() => runQuery('sum(nums) > 0', LISTS)).toThrow(/sum\(\) needs numbers, got string 'x'/);
    expect(() => runQuery('any(nums[*] > 5)', LISTS)).toThrow(/Cannot compare string 'x' with number 5/);
  });

  it('any()/all() of a test on a missing list are null (no row), of a test on a scalar a type error', () => {
    expect(listNames('any(disks.capacityInBytes > 6) is null')).toEqual(['c', 'd']);
    expect(() => runQuery("any(name = 'a')", LISTS)).toThrow(/any\(\) needs an array, got boolean/);
  });
});

describe('SELECT reducers: sum, len, any, all reduce one row as in the CLI', () => {
  const ROWS = LISTS.slice(0, 4);
  it('reduce per row, and WHERE and ORDER BY may use their aliases', () => {
    expect(runQuery('select name, sum(nums) as s where s > 5', LISTS).rows).toEqual([
      { name: 'a', s: 6 },
      { name: 'e', s: 10 }, // the reducer skips what is not a number
    ]);
    expect(listNames('SELECT name, sum(nums) AS s ORDER BY s DESC')).toEqual(['e', 'a', 'b', 'c', 'd']);
    expect(runQuery('SELECT sum(nums) AS s WHERE s > 5', LISTS).rows).toEqual([{ s: 6 }, { s: 10 }]);
  });

  it('give these values for lists, empty lists, null and missing fields', () => {
    expect(runQuery('SELECT name, len(nums) AS n, any(flags) AS anyf, all(flags) AS allf, sum(disks.capacityInBytes) AS cap, len(groups.vms.n) AS vms', LISTS).rows).toEqual([
      { name: 'a', n: 3, anyf: true, allf: true, cap: 12, vms: 3 },
      { name: 'b', n: 0, anyf: false, allf: false, cap: 0, vms: 0 },
      { name: 'c', n: null, anyf: null, allf: null, cap: null, vms: null },
      { name: 'd', n: null, anyf: null, allf: null, cap: null, vms: null },
      { name: 'e', n: 4, anyf: true, allf: false, cap: 10, vms: 1 },
    ]);
  });

  it('return a value that is not a list as it is (the CLI reducer does not reduce it)', () => {
    expect(runQuery("SELECT name, sum(name) AS s, len(name) AS l WHERE name = 'a'", LISTS).rows).toEqual([{ name: 'a', s: 'a', l: 'a' }]);
    expect(runQuery('SELECT name, sum(memoryMB) AS m LIMIT 2', VMS).rows).toEqual([
      { name: 'web-1', m: 4096 },
      { name: 'db-1', m: 16384 },
    ]);
  });

  it('a query of sum()s alone: per row when the argument is a list, an aggregate over a scalar field', () => {
    expect(runQuery('SELECT sum(nums) AS s', ROWS).rows).toEqual([{ s: 6 }, { s: 0 }, { s: null }, { s: null }]);
    expect(runQuery('SELECT sum(memoryMB) AS m', VMS).rows).toEqual([{ m: 30720 }]);
    expect(runQuery('SELECT sum(memoryMB) AS m', []).rows).toEqual([{ m: null }]); // no rows, no list: an aggregate
    expect(compileQuery(parseQuery('SELECT sum(nums) AS s')).aggregatesOver(ROWS)).toBe(false);
    expect(compileQuery(parseQuery('SELECT sum(memoryMB) AS s')).aggregatesOver(VMS)).toBe(true);
  });

  it('aggregate where the CLI has no meaning: GROUP BY, HAVING, count/avg/min/max', () => {
    expect(runQuery('SELECT sum(nums) AS s, count(*) AS n', ROWS).rows).toEqual([{ s: 6, n: 4 }]); // list elements of every row
    expect(runQuery("SELECT name, sum(nums) AS s WHERE name in ['a', 'b'] GROUP BY name", ROWS).rows).toEqual([
      { name: 'a', s: 6 },
      { name: 'b', s: null },
    ]);
    expect(runQuery('SELECT sum(memoryMB) AS m HAVING m > 1', VMS).rows).toEqual([{ m: 30720 }]);
    expect(() => runQuery('SELECT sum(memoryMB) AS m, count(*) WHERE m > 1', VMS)).toThrow(/filter on it with HAVING/);
  });
});

describe('SELECT, GROUP BY, HAVING', () => {
  it('projects expressions with aliases', () => {
    const result = runQuery(
      "SELECT name, memoryMB/1024 AS memoryGB, len(disks) AS diskCount, sum(disks[*].capacity)/1e9 AS totalGB WHERE powerState = 'poweredOn' ORDER BY totalGB DESC LIMIT 20",
      VMS,
    );
    expect(result.columns).toEqual(['name', 'memoryGB', 'diskCount', 'totalGB']);
    expect(result.rows).toEqual([
      { name: 'web-1', memoryGB: 4, diskCount: 2, totalGB: 30 },
      { name: 'web-2', memoryGB: 2, diskCount: 0, totalGB: 0 },
    ]);
  });

  it('returns the original objects without SELECT or with SELECT *', () => {
    expect(runQuery('cpuCount = 8', VMS).rows[0]).toBe(VMS[1]);
    expect(runQuery('SELECT * WHERE cpuCount = 8', VMS)).toEqual({ columns: [], rows: [VMS[1]] });
  });

  it('names unaliased columns by their text and de-duplicates them', () => {
    expect(runQuery('SELECT name, name, disks[0].capacity LIMIT 1', VMS).columns).toEqual(['name', 'name_2', 'disks[0].capacity']);
  });

  it('groups with count, sum, avg, min, max', () => {
    const r = runQuery('SELECT host, count(*) AS n, count(created) AS dated, sum(memoryMB) AS mem, avg(cpuCount) AS cpu, min(name), max(memoryMB) GROUP BY host', VMS);
    expect(r.rows).toEqual([
      { host: 'h1', n: 2, dated: 1, mem: 6144, cpu: 1.5, 'min(name)': 'web-1', 'max(memoryMB)': 4096 },
      { host: 'h2', n: 1, dated: 1, mem: 16384, cpu: 8, 'min(name)': 'db-1', 'max(memoryMB)': 16384 },
      { host: null, n: 1, dated: 1, mem: 8192, cpu: 4, 'min(name)': 'Cache', 'max(memoryMB)': 8192 },
    ]);
  });

  it('aggregates the whole input without GROUP BY, even when empty', () => {
    expect(runQuery('SELECT count(*) AS n, sum(memoryMB) AS m', VMS).rows).toEqual([{ n: 4, m: 30720 }]);
    expect(runQuery("SELECT count(*) AS n, sum(memoryMB) AS m WHERE name = 'none'", VMS).rows).toEqual([{ n: 0, m: null }]);
  });

  it('sum of an array-valued expression stays per row; sum of a scalar aggregates', () => {
    expect(runQuery('SELECT name, sum(disks[*].capacity) AS total WHERE cpuCount = 8', VMS).rows).toEqual([{ name: 'db-1', total: 200e9 }]);
    expect(runQuery('SELECT host, sum(sum(disks[*].capacity)) AS total GROUP BY host ORDER BY total DESC LIMIT 1', VMS).rows).toEqual([{ host: 'h2', total: 200e9 }]);
  });

  it('supports HAVING, ORDER BY aggregates and aliases, several keys', () => {
    expect(runQuery('SELECT host, count(*) AS n GROUP BY host HAVING n > 1', VMS).rows).toEqual([{ host: 'h1', n: 2 }]);
    expect(runQuery('SELECT host, count(*) GROUP BY host ORDER BY count(*) DESC, host LIMIT 2', VMS).rows).toEqual([
      { host: 'h1', 'count(*)': 2 },
      { host: 'h2', 'count(*)': 1 },
    ]);
    expect(runQuery('SELECT powerState, isTemplate, count(*) AS n GROUP BY powerState, isTemplate ORDER BY n DESC, powerState', VMS).rows).toEqual([
      { powerState: 'poweredOff', isTemplate: false, n: 1 },
      { powerState: 'poweredOn', isTemplate: false, n: 1 },
      { powerState: 'poweredOn', isTemplate: true, n: 1 },
      { powerState: 'suspended', isTemplate: false, n: 1 },
    ]);
  });

  it('rejects ungrouped fields with the field position', () => {
    const q = 'SELECT name, count(*) GROUP BY host';
    expect(() => runQuery(q, VMS)).toThrow(TslError);
    try {
      runQuery(q, VMS);
    } catch (e) {
      expect((e as TslError).offset).toBe(7);
      expect((e as TslError).length).toBe(4);
    }
  });
});

describe('errors', () => {
  const err = (q: string): TslError => {
    try {
      runQuery(q, VMS);
    } catch (e) {
      if (e instanceof TslError) return e;
      throw e;
    }
    throw new Error(`no error for ${q}`);
  };

  it('type errors fail the query with the operator range', () => {
    const e = err("memoryMB > 'abc'");
    expect(e.message).toMatch(/Cannot compare number 4096 with string 'abc'/);
    expect([e.offset, e.length]).toEqual([0, 16]);
    expect(err('name and isTemplate').message).toMatch(/'and' needs booleans/);
  });

  it('`not a = 1` parses as `(not a) = 1`', () => {
    expect(err('not cpuCount = 1').message).toMatch(/'not' needs booleans/);
  });

  it('syntax errors point into the whole query and say what was expected', () => {
    const e = err("SELECT name WHERE memoryMB > ORDER BY name");
    expect(e.offset).toBe(29);
    expect(e.expected).toContain('expression');
    const f = err("name = 'x' ORDER name");
    expect(f.offset).toBe(17);
    expect(f.expected).toEqual(['BY']);
    expect(err("name = 'open").offset).toBe(7);
    expect(err('memoryMB > 4GB').message).toMatch(/Invalid number '4GB'/);
    expect(err("name ~= '('").message).toMatch(/Invalid regular expression/);
    expect(err('foo(1)').message).toMatch(/Unknown function 'foo'/);
    expect(err('count(*) > 1').message).toMatch(/aggregate/);
    expect(err('LIMIT 1.5').message).toMatch(/whole number/);
  });
});
