import { afterEach, describe, expect, it } from 'vitest';
import { createSimulatedCluster, INVENTORY_PREFIX, type SimulatedCluster } from './cluster';

let cluster: SimulatedCluster | undefined;
afterEach(() => {
  cluster?.stop();
  cluster = undefined;
});

const get = async (c: SimulatedCluster, path: string) => {
  const response = await c.handle(new Request(`http://sim.test${path}`));
  return { status: response.status, body: await response.json() };
};

describe('createSimulatedCluster', () => {
  it('starts with the base namespaces and no world when asked', async () => {
    cluster = createSimulatedCluster({ world: false, vmsPerProvider: 5 });
    const namespaces = await get(cluster, '/api/v1/namespaces');
    expect(namespaces.body.items.map((n: { metadata: { name: string } }) => n.metadata.name)).toEqual(['default', 'kube-public', 'kube-system']);
    expect((await get(cluster, '/apis/forklift.konveyor.io/v1beta1/providers')).body.items).toEqual([]);
  });

  it('serves the API at / and under /api/kubernetes, and the inventory at the proxy path', async () => {
    cluster = createSimulatedCluster({ world: false, vmsPerProvider: 5 });
    const direct = await get(cluster, '/api/v1/namespaces/default');
    const prefixed = await get(cluster, '/api/kubernetes/api/v1/namespaces/default');
    expect(prefixed.body).toEqual(direct.body);
    const inventory = await get(cluster, `${INVENTORY_PREFIX}/providers?detail=1`);
    expect(inventory.status).toBe(200);
    expect(Object.keys(inventory.body)).toEqual(expect.arrayContaining(['vsphere', 'openshift']));
  });

  it('seeds a world by default, the same for the same seed', async () => {
    cluster = createSimulatedCluster({ seed: 3, vmsPerProvider: 5 });
    const first = (await get(cluster, '/apis/forklift.konveyor.io/v1beta1/providers')).body.items;
    expect(first.length).toBeGreaterThan(0);
    const again = createSimulatedCluster({ seed: 3, vmsPerProvider: 5 });
    try {
      const second = (await get(again, '/apis/forklift.konveyor.io/v1beta1/providers')).body.items;
      expect(second.map((p: { metadata: { uid: string } }) => p.metadata.uid)).toEqual(first.map((p: { metadata: { uid: string } }) => p.metadata.uid));
    } finally {
      again.stop();
    }
  });

  it('applies inventory faults only when asked', async () => {
    cluster = createSimulatedCluster({ world: false, vmsPerProvider: 5 });
    cluster.faults.set({ errors: { list: { rate: 1, code: 503 } } });
    expect((await get(cluster, `${INVENTORY_PREFIX}/providers`)).status).toBe(200);
    cluster.faults.update({ inventory: true });
    expect((await get(cluster, `${INVENTORY_PREFIX}/providers`)).status).toBe(503);
  });
});
