import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimServer, type SimServer } from './index';

describe('startSimServer', () => {
  let sim: SimServer;
  beforeAll(async () => {
    sim = await startSimServer({ port: 0, vmsPerProvider: 2 });
  });
  afterAll(() => sim.close());

  it('serves the inventory at the root of its own address, as a real inventory service is reached', async () => {
    expect(sim.inventoryUrl).not.toBe(sim.url);
    const atRoot = await fetch(`${sim.inventoryUrl}/providers?detail=1`);
    expect(atRoot.status).toBe(200);
    const viaPrefix = await fetch(`${sim.url}/api/proxy/plugin/forklift-console-plugin/forklift-inventory/providers?detail=1`);
    expect(await atRoot.json()).toEqual(await viaPrefix.json());
  });

  it('exposes nothing but the inventory there: no Kubernetes API, no fault controls', async () => {
    expect((await fetch(`${sim.inventoryUrl}/sim/faults`)).status).toBe(404);
    expect((await fetch(`${sim.inventoryUrl}/sim/faults`, { method: 'DELETE' })).status).not.toBe(200);
    expect((await fetch(`${sim.inventoryUrl}/api/v1/secrets`)).status).toBe(404);
    expect((await fetch(`${sim.url}/sim/faults`)).status).toBe(200);
  });
});
