import { describe, expect, it } from 'vitest';
import { collectFieldPaths, completionContext, diagnose, parseQuery, printQuery, type PathSegment } from './index';
import { scan } from './scanner';
import { TopK } from './topk';
import { compileLike } from './semantics';

describe('scanner', () => {
  it('reads numbers with size suffixes', () => {
    const nums = (t: string) => scan(t).filter((x) => x.kind === 'number').map((x) => x.num);
    expect(nums('12 1.5 1e3 2.5e-1 4Gi 1Ki 3k 2M 2m 1G 1T 1P 1Ti 1Pi .5')).toEqual([12, 1.5, 1000, 0.25, 4294967296, 1024, 3000, 2e6, 2e6, 1e9, 1e12, 1e15, 1024 ** 4, 1024 ** 5, 0.5]);
  });

  it('swallows bracket parts into one path token with segments', () => {
    const [t] = scan("labels['app.kubernetes.io/name'].x disks[*].capacity a/b nics[0]");
    expect(t.text).toBe("labels['app.kubernetes.io/name'].x");
    expect(t.segments).toEqual([
      { kind: 'field', name: 'labels' },
      { kind: 'key', key: 'app.kubernetes.io/name' },
      { kind: 'field', name: 'x' },
    ]);
    expect(scan('disks[*].capacity')[0].segments?.map((s) => s.kind)).toEqual(['field', 'wildcard', 'field']);
    expect(scan('kubernetes.io/arch')[0].text).toBe('kubernetes.io/arch');
    expect(scan('memoryMB/1024').map((x) => x.text)).toEqual(['memoryMB', '/', '1024', '']);
  });

  it('decodes string escapes and keeps unknown ones for regexes', () => {
    expect(scan(String.raw`'a\'b\n\\' "\d+" ` + '`x\\`y`').filter((t) => t.kind === 'string').map((t) => t.value)).toEqual(["a'b\n\\", '\\d+', 'x`y']);
  });

  it('gives exact positions', () => {
    const tokens = scan("  name\n  >=  'x'");
    expect(tokens.map((t) => [t.offset, t.length])).toEqual([[2, 4], [9, 2], [13, 3], [16, 0]]);
  });
});

describe('parser and printer', () => {
  it('treats a bare expression as WHERE and SORT BY as ORDER BY', () => {
    expect(printQuery(parseQuery("name = 'a' sort by x desc limit 2 offset 1"))).toBe("WHERE name = 'a' ORDER BY x DESC LIMIT 2 OFFSET 1");
  });

  it('keeps precedence: not binds tighter than comparisons', () => {
    expect(printQuery(parseQuery('not a = 1'))).toBe('WHERE not a = 1');
    expect(printQuery(parseQuery('not (a = 1)'))).toBe('WHERE not (a = 1)');
    expect(printQuery(parseQuery('(a + 1) * 2 > -b or c and d'))).toBe('WHERE (a + 1) * 2 > -b or c and d');
    expect(printQuery(parseQuery('(a or b) and c'))).toBe('WHERE (a or b) and c');
    expect(printQuery(parseQuery('len disks > 1'))).toBe('WHERE len(disks) > 1');
  });

  it('records spans of nodes in the whole query', () => {
    const ast = parseQuery("SELECT name WHERE memoryMB > 4Gi");
    expect(ast.where).toMatchObject({ offset: 18, length: 14 });
    expect(ast.where?.kind === 'binary' && ast.where.right).toMatchObject({ offset: 29, length: 3, value: 4294967296 });
  });
});

describe('like matcher', () => {
  it('matches whole strings with % and _', () => {
    const like = compileLike('a%b_c%', false);
    expect(['abxc', 'aXXbyc', 'abxcZZ', 'ab', 'bxc'].map(like)).toEqual([true, true, true, false, false]);
    expect(compileLike('%%', false)('')).toBe(true);
    expect(compileLike('_', false)('')).toBe(false);
    expect(compileLike('A%', true)('abc')).toBe(true);
  });
});

describe('TopK', () => {
  it('keeps the k smallest in order', () => {
    const heap = new TopK<number>(3, (a, b) => a - b);
    for (const n of [5, 1, 9, 3, 7, 2, 8]) heap.push(n);
    expect(heap.sorted()).toEqual([1, 2, 3]);
  });
});

describe('diagnose', () => {
  it('warns about bare array comparisons at the top of WHERE and suggests any()', () => {
    const q = "name = 'x' and disks[*].capacity > 10Gi";
    const [d] = diagnose(q);
    expect(d).toMatchObject({ severity: 'warning', offset: 15, length: 24, suggestion: 'any(disks[*].capacity > 10Gi)' });
    expect(diagnose('any(disks[*].capacity > 10Gi)')).toEqual([]);
    expect(diagnose('not tags[*] = "x"')).toHaveLength(1);
    expect(diagnose('bad (')).toEqual([]);
  });

  it('warns about a path through a list without [*] when told which paths are lists', () => {
    const isList = (segments: readonly PathSegment[]): boolean => segments.length > 1 && segments[0].kind === 'field' && segments[0].name === 'disks';
    expect(diagnose('disks.capacity > 6', { isList })).toMatchObject([{ suggestion: 'any(disks.capacity > 6)' }]);
    expect(diagnose('any(disks.capacity > 6)', { isList })).toEqual([]);
    expect(diagnose('disks.capacity > 6')).toEqual([]);
  });
});

describe('completionContext', () => {
  it('classifies positions', () => {
    expect(completionContext('', 0)).toMatchObject({ kind: 'field', prefix: '', replaceOffset: 0 });
    expect(completionContext('SELECT na', 9)).toMatchObject({ kind: 'field', prefix: 'na', replaceOffset: 7 });
    expect(completionContext("powerState = 'po", 16)).toMatchObject({ kind: 'value', field: 'powerState', prefix: "'po", replaceOffset: 13 });
    expect(completionContext('cpuCount in [1, ', 16)).toMatchObject({ kind: 'value', field: 'cpuCount' });
    expect(completionContext('name ', 5).kind).toBe('operator');
    expect(completionContext('name ', 5).expectedKeywords).toEqual(expect.arrayContaining(['=', 'like', 'and', 'ORDER BY', 'LIMIT']));
    expect(completionContext('SELECT name ORDER ', 18)).toMatchObject({ kind: 'keyword', expectedKeywords: ['BY'] });
    expect(completionContext('LIMIT ', 6).kind).toBe('value');
    expect(completionContext('su(x)', 2)).toMatchObject({ kind: 'function', prefix: 'su' });
    expect(completionContext('any(disks[*].cap', 16)).toMatchObject({ kind: 'field', prefix: 'disks[*].cap', replaceOffset: 4 });
    expect(completionContext('a = = = b', 9).kind).toBe('none');
  });

  it('uses only the text before the cursor', () => {
    expect(completionContext("name = 'x' and ", 15).kind).toBe('field');
    expect(completionContext("name = 'x' and mem > 3", 15).kind).toBe('field');
  });
});

describe('collectFieldPaths', () => {
  it('lists dotted, array and bracketed-key paths', () => {
    const paths = collectFieldPaths([{ name: 'a', disks: [{ capacity: 1, ds: { id: 'x' } }], labels: { 'app.kubernetes.io/name': 'w' }, tags: ['t'] }]);
    expect(paths).toEqual(['disks', 'disks[*].capacity', 'disks[*].ds', 'disks[*].ds.id', 'labels', "labels['app.kubernetes.io/name']", 'name', 'tags']);
  });
});
