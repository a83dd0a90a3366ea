/**
 * The simulated cluster's own address, for what the console must not offer:
 * fault injection (`/sim/faults`). playwright.config.ts starts the simulator on
 * E2E_SIM_PORT (default: the console's port + 1).
 *
 * Faults are global to the one cluster every spec shares: a test that sets
 * some must clear them in a `finally` (withFaults does), or the specs after it
 * fail for no reason of their own.
 */
import type { FaultConfig } from '../mocks/core/faults';

export const SIM_URL = `http://127.0.0.1:${process.env.E2E_SIM_PORT ?? Number(process.env.E2E_PORT ?? 9000) + 1}`;

const call = async (method: string, path: string, body?: unknown) => {
  const r = await fetch(`${SIM_URL}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`${method} ${path}: HTTP ${r.status} ${await r.text()}`);
  return r.json();
};

export const setFaults = (config: FaultConfig) => call('PUT', '/sim/faults', config);
export const clearFaults = () => call('DELETE', '/sim/faults');
export const dropWatches = () => call('POST', '/sim/faults/drop-watches');

/** Runs `body` with these faults on, and clears them whatever happens. */
export const withFaults = async <T>(config: FaultConfig, body: () => Promise<T>): Promise<T> => {
  await setFaults(config);
  try {
    return await body();
  } finally {
    await clearFaults();
  }
};
