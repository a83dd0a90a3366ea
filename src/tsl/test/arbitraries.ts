// fast-check generators for rows and for query text built from the grammar,
// mostly well-typed so that most generated queries run (type errors still occur).

import fc from 'fast-check';

export const rowArb = fc.record(
  {
    name: fc.constantFrom('web-1', 'web-2', 'db-1', 'DB-2', 'cache', 'a_b', ''),
    n: fc.oneof(fc.integer({ min: -3, max: 6 }), fc.constant(null), fc.double({ min: -5, max: 5, noNaN: true })),
    m: fc.integer({ min: 0, max: 3 }),
    b: fc.boolean(),
    d: fc.constantFrom('2024-01-01', '2024-01-01T00:00:00Z', '2023-12-31T23:59:59Z', '2025-06-01T12:00:00+02:00', 'not a date'),
    arr: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }),
    tags: fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }),
    obj: fc.record({ x: fc.integer({ min: 0, max: 3 }), s: fc.constantFrom('p', 'q') }, { requiredKeys: [] }),
    items: fc.array(fc.record({ v: fc.integer({ min: 0, max: 4 }), ok: fc.boolean() }, { requiredKeys: ['v'] }), { maxLength: 3 }),
    // lists inside lists: paths through them without [*] map over the elements and come out flat
    groups: fc.array(fc.record({ vms: fc.array(fc.record({ n: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] }), { maxLength: 2 }) }, { requiredKeys: [] }), { maxLength: 3 }),
    nest: fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 })), { maxLength: 3 }),
  },
  { requiredKeys: ['name', 'm'] },
);

const numField = fc.constantFrom(
  'n',
  'm',
  'obj.x',
  'arr[0]',
  'items[1].v',
  'missing',
  'len(arr)',
  'sum(arr)',
  'len(items)',
  'len(items.v)',
  'sum(items.v)',
  'len(groups.vms.n)',
  'sum(groups[*].vms.n)',
  'len(groups.vms)',
  'sum(nest[*])',
  'len(nest[*])',
);
const strField = fc.constantFrom('name', 'obj.s', 'd', 'tags[0]', "obj['s']", 'nothing.here');
const numLit = fc.oneof(fc.integer({ min: -2, max: 6 }).map(String), fc.constantFrom('1.5', '1k', '2Ki', '0', '1e0'));
const strLit = fc.constantFrom("'web-1'", "'db-1'", "'p'", '"x"', "'2024-01-01'", "'2023-12-31T23:59:59Z'", "''", "'select where'");
const cmpOp = fc.constantFrom('=', '==', '!=', '<>', '<', '<=', '>', '>=');

const numExpr: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: numField },
  { weight: 2, arbitrary: numLit },
  { weight: 1, arbitrary: fc.tuple(numField, fc.constantFrom('+', '-', '*', '/', '%'), numLit).map(([a, o, b]) => `${a} ${o} ${b}`) },
  { weight: 1, arbitrary: numField.map((a) => `-${a}`) },
);

const atom: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(numExpr, cmpOp, numExpr).map(([a, o, b]) => `${a} ${o} ${b}`),
  fc.tuple(strField, cmpOp, strLit).map(([a, o, b]) => `${a} ${o} ${b}`),
  fc.tuple(strField, fc.constantFrom('like', 'ilike', 'not like', 'not ilike'), fc.constantFrom("'web%'", "'%b_'", "'%'", "'DB-_'", "'a\\_b'")).map(([a, o, b]) => `${a} ${o} ${b}`),
  fc.tuple(strField, fc.constantFrom('~=', '~!'), fc.constantFrom("'^web'", "'(?i)db'", "'[0-9]$'", "'x|y'")).map(([a, o, b]) => `${a} ${o} ${b}`),
  fc.tuple(numField, fc.constantFrom('in', 'not in'), fc.constantFrom('[1, 2]', '[0]', '[]', '[3, 4.5, -1]')).map(([a, o, b]) => `${a} ${o} ${b}`),
  fc.tuple(strField, fc.constantFrom('in', 'not in'), fc.constantFrom("['web-1', 'p']", "['x']")).map(([a, o, b]) => `${a} ${o} ${b}`),
  fc.tuple(numField, fc.constantFrom('between', 'not between'), numLit, numLit).map(([a, o, l, h]) => `${a} ${o} ${l} and ${h}`),
  fc.tuple(fc.constantFrom('n', 'obj', 'missing', 'arr', 'd'), fc.constantFrom('is null', 'is not null')).map(([a, o]) => `${a} ${o}`),
  fc.constantFrom('b', 'b = true', 'b != false', 'not b', 'true', 'false', 'null'),
  fc.tuple(
    fc.constantFrom('any', 'all'),
    fc.constantFrom('arr[*] > 2', 'tags[*] = "x"', 'items[*].v >= 1', 'items[*].ok', 'arr[*] in [1, 2]', 'items.v >= 1', 'items.ok', 'groups.vms.n > 1', 'nest[*] = 1', 'missing.x > 1', 'arr', 'items'),
  ).map(([f, a]) => `${f}(${a})`),
  fc.constantFrom('items.v > 2', 'groups.vms.n != 1', 'items[*].v = 1'),
  fc.constantFrom('arr[*] > 2', 'len(arr) > 1', 'sum(items[*].v) > 3', 'len tags = 0', 'not n = 1', 'name > 1', 'b and n'),
);

export const whereArb: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: atom },
    { weight: 2, arbitrary: fc.tuple(tie('e'), fc.constantFrom('and', 'or', 'AND', 'Or'), tie('e')).map(([a, o, b]) => `${a} ${o} ${b}`) },
    { weight: 1, arbitrary: tie('e').map((a) => `not (${a})`) },
    { weight: 1, arbitrary: tie('e').map((a) => `(${a})`) },
  ),
})).e;

const selectItem = fc.constantFrom(
  'name',
  'n',
  'n * 2 AS dbl',
  'len(arr) AS la',
  'sum(arr) AS sa',
  'sum(n) AS sn',
  'sum(items.v) AS siv',
  'any(items.ok) AS ao',
  'all(items.ok) AS al',
  'len(groups.vms) AS lg',
  'sum(nest[*]) AS sn2',
  'obj.x',
  'tags',
  'arr[*]',
  'groups.vms.n',
  'd',
  'b',
);
const orderKey = fc.constantFrom('n', 'name', 'd', 'm', 'obj.x', 'n * -1', 'len(arr)', 'b', 'tags');
const groupKey = fc.constantFrom('m', 'b', 'obj.s', 'name', 'tags');
const aggItem = fc.constantFrom('count(*)', 'count(n)', 'sum(m) AS total', 'avg(m)', 'min(name)', 'max(m)', 'sum(n)', 'max(d)', 'sum(sum(arr))');

/** Whole non-grouping queries: optional SELECT, WHERE, ORDER BY, LIMIT, OFFSET. */
export const rowQueryArb: fc.Arbitrary<string> = fc
  .record({
    select: fc.option(fc.oneof(fc.constant('*'), fc.uniqueArray(selectItem, { minLength: 1, maxLength: 3 }).map((a) => a.join(', '))), { nil: undefined }),
    where: fc.option(whereArb, { nil: undefined }),
    bare: fc.boolean(),
    order: fc.option(fc.array(fc.tuple(orderKey, fc.constantFrom('', ' ASC', ' desc')), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    sortWord: fc.constantFrom('ORDER BY', 'sort by'),
    limit: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    offset: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  })
  .map(({ select, where, bare, order, sortWord, limit, offset }) => {
    const parts: string[] = [];
    if (select) parts.push(`SELECT ${select}`);
    if (where) parts.push(!select && bare ? where : `WHERE ${where}`);
    if (order) parts.push(`${sortWord} ${order.map(([k, d]) => k + d).join(', ')}`);
    if (limit !== undefined) parts.push(`LIMIT ${limit}`);
    if (offset !== undefined) parts.push(`OFFSET ${offset}`);
    return parts.join('\n ');
  });

/** Grouping queries. */
export const groupQueryArb: fc.Arbitrary<string> = fc
  .record({
    keys: fc.uniqueArray(groupKey, { minLength: 0, maxLength: 2 }),
    aggs: fc.uniqueArray(aggItem, { minLength: 1, maxLength: 3 }),
    where: fc.option(whereArb, { nil: undefined }),
    having: fc.option(fc.constantFrom('count(*) > 1', 'total >= 2', 'sum(m) < 4', 'min(name) like "w%"'), { nil: undefined }),
    order: fc.option(fc.constantFrom('count(*) DESC', 'total', 'm', 'max(m) desc, count(*)'), { nil: undefined }),
    limit: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  })
  .map(({ keys, aggs, where, having, order, limit }) => {
    const parts = [`SELECT ${[...keys, ...aggs].join(', ')}`];
    if (where) parts.push(`WHERE ${where}`);
    if (keys.length) parts.push(`GROUP BY ${keys.join(', ')}`);
    if (having && (having !== 'total >= 2' || aggs.includes('sum(m) AS total'))) parts.push(`HAVING ${having}`);
    if (order && (order !== 'total' || aggs.includes('sum(m) AS total')) && (order !== 'm' || keys.includes('m'))) parts.push(`ORDER BY ${order}`);
    if (limit !== undefined) parts.push(`LIMIT ${limit}`);
    return parts.join(' ');
  });

/** Token soup: random sequences of real tokens, mostly ungrammatical. */
export const tokenSoupArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('SELECT', 'where', 'GROUP', 'BY', 'having', 'ORDER', 'sort', 'LIMIT', 'OFFSET', 'AS', 'asc', 'DESC'),
      fc.constantFrom('and', 'or', 'not', 'like', 'ilike', 'between', 'in', 'is', 'null', 'true', 'false', 'len', 'any', 'all', 'sum', 'count', 'avg'),
      fc.constantFrom('=', '==', '!=', '<>', '<', '<=', '>', '>=', '~=', '~!', '+', '-', '*', '/', '%', '(', ')', '[', ']', ',', '!', '~', '.'),
      fc.constantFrom('name', 'disks[*].capacity', "labels['a.b/c']", 'a.b.c', 'x[0]', 'x[', "y['", 'z[*', '4Gi', '1e3', '12', '1.5', '3xy', "'str'", '"a\\"b"', '`t`', "'open"),
    ),
    { maxLength: 14 },
  )
  .chain((tokens) => fc.array(fc.constantFrom(' ', '', '\n', '  '), { minLength: tokens.length, maxLength: tokens.length }).map((gaps) => tokens.map((t, i) => t + gaps[i]).join('')));
