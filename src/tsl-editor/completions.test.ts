import { describe, expect, it } from 'vitest';
import { literalFor, tslCompletions } from './completions';
import { buildTslSchema } from './schema';

const schema = buildTslSchema([
  { name: 'web-1', powerState: 'poweredOn', isTemplate: false, disks: [{ capacity: 10 }], memoryMB: 4096 },
  { name: "o'brien", powerState: 'poweredOff', isTemplate: true, disks: [], memoryMB: 2048 },
  { name: 'web-2', powerState: 'poweredOn', isTemplate: false, disks: [], memoryMB: 4096 },
]);

const labels = (query: string, offset = query.length) => tslCompletions(query, offset, schema).map((c) => c.label);

describe('tslCompletions', () => {
  it('offers fields, functions and clause keywords at the start', () => {
    const items = tslCompletions('', 0, schema);
    expect(items.find((c) => c.label === 'disks[*].capacity')?.kind).toBe('field');
    expect(items.find((c) => c.label === 'count')?.insertText).toBe('count(${1:*})');
    expect(items.find((c) => c.label === 'len')?.isSnippet).toBe(true);
    expect(items.find((c) => c.label === 'SELECT')?.kind).toBe('keyword');
  });

  it('offers values seen in the data after a comparison, most common first', () => {
    const items = tslCompletions('powerState = ', 13, schema);
    expect(items[0]).toMatchObject({ label: "'poweredOn'", kind: 'value', replaceOffset: 13 });
    expect(items.map((c) => c.label)).toContain("'poweredOff'");
    // a field may also go on the right
    expect(items.map((c) => c.label)).toContain('memoryMB');
  });

  it('completes inside a string with the quote typed, replacing it', () => {
    const items = tslCompletions('name = "o', 9, schema);
    expect(items.every((c) => c.kind === 'value')).toBe(true);
    expect(items.map((c) => c.label)).toContain(`"o'brien"`);
    expect(items[0].replaceOffset).toBe(7);
    expect(labels("name = 'o")).toContain("'o\\'brien'");
  });

  it('offers booleans for boolean fields and numbers as numbers', () => {
    expect(labels('isTemplate = ')).toEqual(expect.arrayContaining(['false', 'true']));
    expect(labels('memoryMB > ')[0]).toBe('4096');
  });

  it('offers operators and clauses after an operand, never punctuation', () => {
    const items = tslCompletions('memoryMB ', 9, schema);
    const ops = items.filter((c) => c.kind === 'operator').map((c) => c.label);
    expect(ops).toEqual(expect.arrayContaining(['=', '>=', '~=', 'like', 'between', 'in']));
    expect(items.map((c) => c.label)).toEqual(expect.arrayContaining(['and', 'or', 'ORDER BY', 'LIMIT']));
    expect(items.map((c) => c.label)).not.toContain(',');
    expect(items.some((c) => c.kind === 'field')).toBe(false);
  });

  it('offers BY after ORDER and only names when ( follows', () => {
    expect(labels('ORDER ')).toEqual(['BY']);
    const fn = tslCompletions('le(disks)', 2, schema);
    expect(fn.every((c) => c.kind === 'function' && !c.isSnippet)).toBe(true);
    expect(fn[0].replaceOffset).toBe(0);
  });

  it('replaces the word being typed, brackets included', () => {
    const items = tslCompletions('disks[*].cap', 12, schema);
    expect(items.find((c) => c.label === 'disks[*].capacity')?.replaceOffset).toBe(0);
  });

  it('documents keywords and functions from the catalog', () => {
    const items = tslCompletions('', 0, schema);
    expect(items.find((c) => c.label === 'any')?.documentation).toMatch(/any element/);
    expect(items.find((c) => c.label === 'powerState')?.documentation).toBe("Seen: `'poweredOn'`, `'poweredOff'`");
  });
});

describe('literalFor', () => {
  it('quotes and escapes', () => {
    expect(literalFor("it's")).toBe("'it\\'s'");
    expect(literalFor('a"b', '"')).toBe('"a\\"b"');
    expect(literalFor(12)).toBe('12');
  });
});
