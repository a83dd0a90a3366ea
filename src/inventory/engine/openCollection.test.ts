import { describe, expect, it } from 'vitest';
import { InventoryEngine, type QueryResult } from './inventoryEngine';
import { openCollection, PREVIEW_AFTER_ROWS, PREVIEW_SCREENFUL, type LoadEvent } from './openCollection';

/** A response whose body arrives as one read per list of rows (each read completes exactly those rows). */
const streamed = (pieces: unknown[][]): Response => {
  const texts = pieces.map((piece, p) => `${p === 0 ? '[' : ''}${piece.map((row) => JSON.stringify(row)).join(',')}${p === pieces.length - 1 ? ']' : ','}`);
  const encoder = new TextEncoder();
  const body = new ReadableStream({
    start: (controller) => {
      for (const text of texts) controller.enqueue(encoder.encode(text));
      controller.close();
    },
  });
  return new Response(body, { status: 200 });
};

const vms = (n: number, from: number, on: (i: number) => boolean) =>
  Array.from({ length: n }, (_, k) => ({ id: `vm-${from + k}`, name: `vm-${from + k}`, powerState: on(from + k) ? 'poweredOn' : 'poweredOff' }));

const previewsOf = async (pieces: unknown[][], query: string): Promise<QueryResult[]> => {
  const events: LoadEvent[] = [];
  const request = { key: 'k', url: '/vms', headers: {}, providerType: 'vsphere' as const, kind: 'vms' as const, query };
  const info = await openCollection(new InventoryEngine(), request, async () => streamed(pieces), (e) => events.push(e));
  expect(info.count).toBe(pieces.flat().length);
  return events.flatMap((e) => (e.type === 'preview' ? [e.result] : []));
};

describe('openCollection previews', () => {
  it('shows the first rows as soon as a screenful matches, not after a fixed 1,000 rows', async () => {
    const pieces = [vms(150, 0, () => true), vms(2000, 150, () => true)];
    const [preview, ...more] = await previewsOf(pieces, "powerState = 'poweredOn'");
    expect(more).toEqual([]);
    expect(preview.partial).toBe(true);
    // Made from the first piece alone.
    expect(preview.total).toBe(150);
    expect(preview.matched).toBe(150);
  });

  it('waits for more rows while few match, and shows what matched after PREVIEW_AFTER_ROWS', async () => {
    const rare = (i: number) => i % 100 === 0; // 1 in 100 matches
    const pieces = Array.from({ length: 12 }, (_, p) => vms(150, p * 150, rare));
    const [preview, ...more] = await previewsOf(pieces, "powerState = 'poweredOn'");
    expect(more).toEqual([]);
    expect(preview.total).toBeGreaterThanOrEqual(PREVIEW_AFTER_ROWS);
    expect(preview.matched).toBeLessThan(PREVIEW_SCREENFUL);
    expect(preview.rows.length).toBe(preview.matched);
  });

  it('previews nothing for a query whose first rows could still change', async () => {
    expect(await previewsOf([vms(300, 0, () => true), vms(1500, 300, () => true)], 'ORDER BY name')).toEqual([]);
  });
});
