import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { R, provider, secret, testStore } from '../controller/testing/world';
import { createInventory } from './index';
import { collectionMs } from './service';

/** A vSphere provider that turned Ready at `readyAt` (simulated ms), and an inventory on a clock we move. */
function world(readyAt: number, vms = 300) {
  const store = testStore();
  store.create(R.secrets, secret('vc', { user: 'u', password: 'p' }));
  store.create(R.providers, provider('vcenter', 'vsphere', 'https://vcenter.example.com/sdk', 'vc'));
  const p = store.get(R.providers, 'openshift-mtv', 'vcenter')!;
  const ready = store.updateStatus(R.providers, {
    ...p,
    status: { phase: 'Ready', conditions: [{ type: 'Ready', status: 'True', reason: 'Ready', lastTransitionTime: new Date(readyAt).toISOString() }] },
  });
  const clock = { now: readyAt };
  const inventory = createInventory(store, { seed: 5, vmsPerProvider: vms, now: () => clock.now, gzip: (b) => gzipSync(b, { level: 1 }) });
  return { inventory, clock, uid: ready.metadata.uid! };
}

describe('inventory collection after a provider turns Ready', () => {
  it('answers 206 while collecting, then the whole collection', async () => {
    const t0 = Date.parse('2026-11-30T10:00:00Z');
    const { inventory, clock, uid } = world(t0);
    const vms = () => inventory.handler(new Request(`http://inventory/providers/vsphere/${uid}/vms?detail=4`));
    const counts = async () => ((await (await inventory.handler(new Request('http://inventory/providers?detail=1'))).json()).vsphere[0].vmCount as number | undefined);

    const early = await vms();
    expect(early.status).toBe(206);
    expect(early.headers.get('X-Reason')).toBe('InventoryCollecting');
    expect(await early.json()).toEqual([]);
    expect(await counts()).toBe(300);

    clock.now = t0 + collectionMs(300) - 1;
    expect((await vms()).status).toBe(206);
    clock.now = t0 + collectionMs(300);
    const done = await vms();
    expect(done.status).toBe(200);
    expect(await done.json()).toHaveLength(300);
    expect(await counts()).toBe(300);
  });

  it('takes longer for more VMs', () => {
    expect(collectionMs(100_000)).toBeGreaterThan(collectionMs(50));
    expect(collectionMs(100_000)).toBeLessThanOrEqual(10_000);
  });

  it('gzips big lists for clients that accept it', async () => {
    const t0 = Date.parse('2026-11-30T10:00:00Z');
    const { inventory, clock, uid } = world(t0);
    clock.now = t0 + 60_000;
    const url = `http://inventory/providers/vsphere/${uid}/vms?detail=4`;
    const plain = await inventory.handler(new Request(url));
    const plainBytes = new Uint8Array(await plain.arrayBuffer());
    const zipped = await inventory.handler(new Request(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } }));
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(zipped.headers.get('Vary')).toBe('Accept-Encoding');
    const zippedBytes = new Uint8Array(await zipped.arrayBuffer());
    expect(zippedBytes.length).toBeLessThan(plainBytes.length / 3);
    expect(new Uint8Array(gunzipSync(zippedBytes))).toEqual(plainBytes);
    expect(plain.headers.get('Content-Encoding')).toBeNull();
  });
});
