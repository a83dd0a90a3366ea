/**
 * Runs the simulated cluster as a server.
 *   npx tsx mocks/server/cli.ts --port 9001 --seed 1 --vms 200 --clock-speed 60
 *   npm run sim -- --port 9001
 */
import { parseArgs } from 'node:util';
import { normalizeFaultConfig } from '../core/faults';
import { INVENTORY_PREFIX, SERVICES_PREFIX } from '../cluster';
import { startSimServer } from './index';
import { numberOption, SIM_ARG_OPTIONS, simArgs } from './options';

const HELP = `Simulated Forklift cluster: a Kubernetes API server, the Forklift inventory
service and a simulated Forklift controller, on one port.

Usage: npx tsx mocks/server/cli.ts [options]     (or: npm run sim -- [options])

Options:
  --port N          port to listen on; 0 picks a free one (default 9001)
  --inventory-port N  port of the inventory service's own address (default: a free one)
  --host H          address to bind (default 127.0.0.1)
  --seed N          seed for generated data, uids and names (default 1)
  --vms N           VMs per source provider in the inventory (default 50)
  --clock-speed X   simulated ms per real ms, e.g. 60 = a minute per second (default 1)
  --no-world        start with an empty cluster (no providers, maps or plans)
  --faults JSON     start with these faults, e.g. '{"latency":{"ms":200,"jitterMs":100}}'
  -h, --help        show this help

Endpoints:
  /api, /apis, /openapi/v3 ...     the Kubernetes API (also under /api/kubernetes/...)
  ${INVENTORY_PREFIX}/...
                                   the inventory service (also at the root of its own address)
  ${SERVICES_PREFIX}/tls-certificate?URL=...
                                   forklift-services: the certificate an endpoint presents
  /sim/healthz                     health and current resourceVersion
  /sim/faults                      GET shows, PUT replaces, PATCH merges, DELETE clears faults
  /sim/faults/drop-watches         POST closes every open watch

Try: kubectl --server http://127.0.0.1:PORT get providers -A
`;


async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...SIM_ARG_OPTIONS,
      'no-world': { type: 'boolean' },
      'inventory-port': { type: 'string' },
      faults: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const faults = values.faults ? normalizeFaultConfig(JSON.parse(values.faults)) : undefined;
  const { vms, ...sim } = simArgs(values, 9001);
  const inventoryPort = numberOption(values['inventory-port'], 'inventory-port', 0);
  const server = await startSimServer({ ...sim, inventoryPort, vmsPerProvider: vms, world: !values['no-world'] });
  if (faults) server.cluster.faults.set(faults);
  process.stdout.write(`Simulated cluster listening on ${server.url}\nInventory service: ${server.inventoryUrl}\n`);
  const shutdown = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
