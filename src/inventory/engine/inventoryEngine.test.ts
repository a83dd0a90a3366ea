import { describe, expect, it } from 'vitest';
import { TslError } from '../../tsl';
import { createInlineClient } from './engineClient';
import { DatasetMissingError, InventoryEngine } from './inventoryEngine';

const vms = [
  { id: 'vm-1', name: 'web-1', powerState: 'poweredOn', cpuCount: 2, memoryMB: 4096, host: 'h1', disks: [{ capacity: 10 }], concerns: [{ category: 'Warning' }] },
  { id: 'vm-2', name: 'db-1', powerState: 'poweredOff', cpuCount: 8, memoryMB: 16384, host: 'h2', disks: [{ capacity: 100 }, { capacity: 50 }], concerns: [] },
  { id: 'vm-3', name: 'web-2', powerState: 'poweredOn', cpuCount: 4, memoryMB: 8192, host: 'h1', disks: [], concerns: [] },
];

const loaded = () => {
  const engine = new InventoryEngine();
  const info = engine.load('k', new TextEncoder().encode(JSON.stringify(vms)).buffer as ArrayBuffer, 'vsphere', 'vms');
  return { engine, info };
};

describe('InventoryEngine', () => {
  it('loads a collection and learns its schema and default columns', () => {
    const { info } = loaded();
    expect(info.count).toBe(3);
    expect(info.defaultColumns).toEqual(['name', 'powerState', 'cpuCount', 'memoryMB', 'host', 'concerns']);
    expect(info.schema.fields.powerState.values).toEqual(['poweredOn', 'poweredOff']);
    expect(info.schema.paths).toContain('disks[*].capacity');
    // documented fields are offered even when the rows lack them
    expect(info.schema.paths).toContain('guestId');
  });

  it('shows default columns for a WHERE and remembers the source rows', () => {
    const { engine } = loaded();
    const result = engine.query('k', "powerState = 'poweredOn'");
    expect(result.columns[0]).toBe('name');
    expect(result.rows.map((r) => r[0])).toEqual(['web-1', 'web-2']);
    // An Int32Array: it crosses to the page as one block.
    expect(result.sourceIndex).toEqual(Int32Array.from([0, 2]));
    expect(result.grouped).toBe(false);
    expect(result.total).toBe(3);
  });

  it('keeps the source row for SELECT lists without showing the hidden column', () => {
    const { engine } = loaded();
    const result = engine.query('k', 'SELECT name, memoryMB/1024 AS gb WHERE cpuCount > 2 ORDER BY gb DESC');
    expect(result.columns).toEqual(['name', 'gb']);
    expect(result.rows).toEqual([['db-1', 16], ['web-2', 8]]);
    expect(result.sourceIndex).toEqual(Int32Array.from([1, 2]));
    expect(engine.objects('k', Array.from(result.sourceIndex!))).toEqual([vms[1], vms[2]]);
    // the hidden index never leaks into the data
    expect(JSON.stringify(engine.objects('k', [0]))).not.toContain('__forklift_row__');
  });

  it('groups, without source rows', () => {
    const { engine } = loaded();
    const result = engine.query('k', 'SELECT host, count(*) AS n GROUP BY host ORDER BY host');
    expect(result.grouped).toBe(true);
    expect(result.sourceIndex).toBeNull();
    expect(result.rows).toEqual([['h1', 2], ['h2', 1]]);
  });

  it('reports query errors at offsets in the text as typed, even after the hidden column', () => {
    const { engine } = loaded();
    const query = "SELECT name WHERE memoryMB > 'abc'";
    let caught: unknown;
    try {
      engine.query('k', query);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TslError);
    const e = caught as TslError;
    expect(query.slice(e.offset, e.offset + e.length)).toContain('memoryMB');
    expect(() => engine.query('k', 'name = ')).toThrow(TslError);
  });

  it('shows every top-level field for SELECT *', () => {
    const { engine } = loaded();
    expect(engine.query('k', 'SELECT * LIMIT 1').columns).toEqual(Object.keys(vms[0]));
  });

  it('sorts and exports the last result', () => {
    const { engine } = loaded();
    engine.query('k', 'SELECT name, cpuCount');
    const order = engine.sort('k', 1, 'desc');
    expect(order).toEqual([1, 2, 0]);
    expect(engine.export('k', 'csv', order).split('\r\n').slice(0, 2)).toEqual(['name,cpuCount', 'db-1,8']);
    expect(JSON.parse(engine.export('k', 'json', order))[0]).toEqual({ name: 'db-1', cpuCount: 8 });
    engine.query('k', "name like 'web%'");
    expect(JSON.parse(engine.export('k', 'json'))).toEqual([vms[0], vms[2]]);
  });

  it('answers a window of the result and serves the rest in display order', () => {
    const big = Array.from({ length: 1000 }, (_, i) => ({ id: `vm-${i}`, name: `vm-${String(i).padStart(4, '0')}`, cpuCount: i % 7 }));
    const engine = new InventoryEngine();
    engine.load('w', JSON.stringify(big), 'vsphere', 'vms');
    const query = 'SELECT name, cpuCount WHERE cpuCount > 2';
    const result = engine.query('w', query, 50);
    const expected = big.filter((v) => v.cpuCount > 2);
    expect(result.rowCount).toBe(expected.length);
    expect(result.rows).toHaveLength(50);
    expect(result.sourceIndex).toHaveLength(expected.length);
    const tail = engine.rows('w', query, expected.length - 3, expected.length + 10);
    expect(tail.indices).toEqual([expected.length - 3, expected.length - 2, expected.length - 1]);
    expect(tail.rows.map((r) => r[0])).toEqual(expected.slice(-3).map((v) => v.name));
    // After a sort kept in the engine, windows and exports follow the new order.
    expect(engine.sortInPlace('w', 1, 'desc')).toBe(expected.length);
    const sorted = [...expected].sort((a, b) => b.cpuCount - a.cpuCount);
    const head = engine.rows('w', query, 0, 5);
    expect(head.rows.map((r) => r[1])).toEqual(sorted.slice(0, 5).map((v) => v.cpuCount));
    expect(head.indices.map((i) => result.sourceIndex![i]).map((i) => big[i].cpuCount)).toEqual(sorted.slice(0, 5).map((v) => v.cpuCount));
    expect(engine.export('w', 'csv').split('\r\n')[1]).toBe(`${head.rows[0][0]},${head.rows[0][1]}`);
    // A window of a query that is no longer the last one is that query's rows (run again), never another's.
    const ones = engine.rows('w', 'SELECT name WHERE cpuCount = 1', 0, 3);
    expect(ones.rows.map((r) => r[0])).toEqual(big.filter((v) => v.cpuCount === 1).slice(0, 3).map((v) => v.name));
    // Groups always come whole (the chart needs them).
    expect(engine.query('w', 'SELECT cpuCount, count(*) AS n GROUP BY cpuCount', 2).rows).toHaveLength(7);
  });

  it('makes the cells of a result without SELECT on demand, the same as made up front', () => {
    const big = Array.from({ length: 600 }, (_, i) => ({ id: `vm-${i}`, name: `vm-${i}`, powerState: i % 3 ? 'poweredOn' : 'poweredOff', cpuCount: (i * 7) % 11, concerns: i % 5 ? [] : [{ category: 'Warning' }] }));
    const whole = new InventoryEngine();
    whole.load('a', JSON.stringify(big), 'vsphere', 'vms');
    const windowed = new InventoryEngine();
    windowed.load('a', JSON.stringify(big), 'vsphere', 'vms');
    const query = "powerState = 'poweredOn'";
    const all = whole.query('a', query);
    const head = windowed.query('a', query, 100);
    expect(head.rows).toEqual(all.rows.slice(0, 100));
    expect(windowed.rows('a', query, 350, 360).rows).toEqual(all.rows.slice(350, 360));
    // A header sort reads one column of rows nobody has drawn yet; it orders like the whole result.
    const column = all.columns.indexOf('cpuCount');
    expect(windowed.sort('a', column, 'desc')).toEqual(whole.sort('a', column, 'desc'));
    expect(windowed.rows('a', query, 0, 400).rows).toEqual(whole.rows('a', query, 0, 400).rows);
    expect(windowed.export('a', 'csv')).toBe(whole.export('a', 'csv'));
  });

  it('says when a collection is not loaded', () => {
    expect(() => new InventoryEngine().query('nope', '')).toThrow(DatasetMissingError);
  });

  it('drops the least recently used collection beyond three', () => {
    const engine = new InventoryEngine();
    for (const key of ['a', 'b', 'c']) engine.load(key, '[]', 'ova', 'vms');
    engine.query('a', '');
    engine.load('d', '[]', 'ova', 'vms');
    expect(['a', 'b', 'c', 'd'].map((k) => engine.has(k))).toEqual([true, false, true, true]);
  });

  it('queries 100,000 VMs', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => ({ id: `vm-${i}`, name: `vm-${i}`, powerState: i % 3 ? 'poweredOn' : 'poweredOff', cpuCount: (i % 8) + 1, memoryMB: 1024 * ((i % 16) + 1), concerns: [] }));
    const engine = new InventoryEngine();
    engine.load('big', JSON.stringify(big), 'vsphere', 'vms');
    const result = engine.query('big', "SELECT name WHERE powerState = 'poweredOn' and cpuCount >= 4");
    const expected = big.filter((v) => v.powerState === 'poweredOn' && v.cpuCount >= 4);
    expect(result.rows.length).toBe(expected.length);
    // every result row still knows its source row (for the drawer and plan creation)
    expect(Array.from(result.sourceIndex!, (i) => big[i].name)).toEqual(expected.map((v) => v.name));
  });
});

describe('inline client', () => {
  it('round-trips requests and rebuilds TslError', async () => {
    const client = createInlineClient();
    await client.load('k', JSON.stringify(vms), 'vsphere', 'vms');
    expect((await client.query('k', 'cpuCount > 2')).rows).toHaveLength(2);
    await expect(client.query('k', 'cpuCount >')).rejects.toBeInstanceOf(TslError);
    await expect(client.query('missing', '')).rejects.toBeInstanceOf(DatasetMissingError);
  });
});
