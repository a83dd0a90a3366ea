import { describe, expect, it } from 'vitest';
import { exportFileName, toCsv, toJson, toJsonRows } from './exportResults';

const table = {
  columns: ['name', 'memoryMB', 'name', 'tags'],
  rows: [
    ['plain', 1024, 'b', ['x', 'y']],
    ['has, comma "and quotes"\nnewline', -5, null, undefined],
    ['=HYPERLINK("evil")', 0, '@cmd', { a: 1 }],
  ],
};

describe('toCsv', () => {
  it('quotes fields that need it and uses CRLF', () => {
    const csv = toCsv(table);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('name,memoryMB,name,tags');
    expect(lines[1]).toBe('plain,1024,b,"[""x"",""y""]"');
    expect(csv).toContain('"has, comma ""and quotes""\nnewline",-5,,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('defuses spreadsheet formulas in strings but keeps negative numbers', () => {
    const csv = toCsv(table);
    expect(csv).toContain(`"'=HYPERLINK(""evil"")",0,'@cmd,"{""a"":1}"`);
    expect(csv).toContain(',-5,');
  });

  it('follows a given row order', () => {
    const csv = toCsv(table, [2, 0]);
    expect(csv.split('\r\n')[1].startsWith(`"'=HYPERLINK`)).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });
});

describe('toJson', () => {
  it('keys rows by column, renaming duplicates, nulls for missing', () => {
    expect(toJsonRows(table, [1])).toEqual([{ name: table.rows[1][0], memoryMB: -5, name_2: null, tags: null }]);
    const parsed = JSON.parse(toJson(table));
    expect(parsed).toHaveLength(3);
    expect(parsed[0].tags).toEqual(['x', 'y']);
  });
});

describe('exportFileName', () => {
  it('is safe for file systems and dated', () => {
    expect(exportFileName(['my provider', 'vms'], 'csv', new Date('2026-11-25T10:00:00Z'))).toBe('my_provider-vms-2026-11-25.csv');
  });
});
