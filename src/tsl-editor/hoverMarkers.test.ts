import { describe, expect, it } from 'vitest';
import { tslHover } from './hover';
import { lineColumnAt, tslMarkers, visibleRange } from './markers';
import { buildTslSchema } from './schema';

const schema = buildTslSchema([{ name: 'a', powerState: 'poweredOn', disks: [{ capacity: 1 }] }]);

describe('tslHover', () => {
  const q = "SELECT len(disks) AS n, count(*) WHERE powerState = 'poweredOn' ORDER BY n";

  it('explains functions, keywords, operators and fields', () => {
    expect(tslHover(q, q.indexOf('len') + 1, schema)?.contents[0]).toBe('**len(…)**');
    expect(tslHover(q, q.indexOf('count') + 2, schema)?.contents.join(' ')).toMatch(/counts rows/);
    expect(tslHover(q, 2, schema)?.contents[0]).toBe('**SELECT**');
    expect(tslHover(q, q.indexOf('ORDER') + 1, schema)?.contents[0]).toBe('**ORDER BY**');
    const eq = tslHover(q, q.indexOf('= '), schema);
    expect(eq).toMatchObject({ offset: q.indexOf('= '), length: 1 });
    expect(eq?.contents.join(' ')).toMatch(/Equal/);
    const field = tslHover(q, q.indexOf('powerState') + 3, schema);
    expect(field).toMatchObject({ offset: q.indexOf('powerState'), length: 'powerState'.length });
    expect(field?.contents).toEqual(['**powerState**: string', "Seen: `'poweredOn'`"]);
  });

  it('says when a field is not in the data, and is silent on whitespace and strings', () => {
    expect(tslHover('nosuch = 1', 2, schema)?.contents.join(' ')).toMatch(/Not seen/);
    expect(tslHover('a =  1', 4, schema)).toBeNull();
    expect(tslHover("a = 'x'", 5, schema)).toBeNull();
  });
});

describe('tslMarkers', () => {
  it('is empty for an empty or valid query', () => {
    expect(tslMarkers('   ')).toEqual([]);
    expect(tslMarkers("powerState = 'poweredOn'")).toEqual([]);
  });

  it('marks a syntax error where it is', () => {
    const [marker] = tslMarkers('name = ');
    expect(marker.severity).toBe('error');
    expect(marker.offset).toBe(7);
    expect(marker.message).toMatch(/expect/i);
  });

  it('marks an unknown character', () => {
    const [marker] = tslMarkers('name ! 1');
    expect(marker).toMatchObject({ severity: 'error', offset: 5, length: 1 });
  });

  it('warns about an array comparison that can never match', () => {
    const query = 'disks[*].capacity > 10';
    const markers = tslMarkers(query);
    expect(markers).toHaveLength(1);
    expect(markers[0].severity).toBe('warning');
    expect(markers[0].message).toMatch(/any/);
  });

  it('warns about a comparison on a path through a list without [*] when the schema knows the list', () => {
    const schema = buildTslSchema([{ disks: [{ capacity: 1, labels: { app: 'x' } }], host: { name: 'h' } }]);
    expect(tslMarkers('disks.capacity > 10', schema)).toHaveLength(1);
    expect(tslMarkers("disks.labels['app'] = 'x'", schema)).toHaveLength(1);
    expect(tslMarkers('any(disks.capacity > 10)', schema)).toEqual([]);
    expect(tslMarkers("host.name = 'h'", schema)).toEqual([]);
    expect(tslMarkers('disks.capacity > 10')).toEqual([]); // without a schema nothing says disks is a list
  });

  it('gives a visible range to an error at the end', () => {
    expect(visibleRange({ offset: 7, length: 0 }, 7)).toEqual({ start: 6, end: 7 });
    expect(visibleRange({ offset: 2, length: 0 }, 7)).toEqual({ start: 2, end: 3 });
    expect(visibleRange({ offset: 2, length: 3 }, 7)).toEqual({ start: 2, end: 5 });
  });
});

describe('lineColumnAt', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('SELECT name\nWHERE x = ', 19)).toEqual({ line: 2, column: 8 });
    expect(lineColumnAt('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});
