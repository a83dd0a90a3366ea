import { describe, expect, it } from 'vitest';
import { createWorkerClient } from './engineClient';
import { DatasetMissingError } from './inventoryEngine';

/** A worker that never answers, like one whose script was blocked; the test fires its error. */
class DeadWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted = 0;
  terminated = false;
  postMessage(): void {
    this.posted++;
  }
  terminate(): void {
    this.terminated = true;
  }
  fail(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

const body = () => new TextEncoder().encode(JSON.stringify([{ id: 'vm-1', name: 'web-1' }])).buffer as ArrayBuffer;

describe('createWorkerClient', () => {
  it('rejects calls in flight when the worker dies, then answers later calls inline', async () => {
    const worker = new DeadWorker();
    const client = createWorkerClient(worker as unknown as Worker);
    const inFlight = client.load('k', body(), 'vsphere', 'vms');
    worker.fail('blocked by CSP');
    await expect(inFlight).rejects.toThrow('blocked by CSP');
    expect(worker.terminated).toBe(true);

    // The dataset loaded in the worker is gone: the page learns so and reloads it.
    await expect(client.query('k', '')).rejects.toBeInstanceOf(DatasetMissingError);
    const info = await client.load('k', body(), 'vsphere', 'vms');
    expect(info.count).toBe(1);
    const result = await client.query('k', "name = 'web-1'");
    expect(result.rows).toHaveLength(1);
    expect(worker.posted).toBe(1);
  });
});
