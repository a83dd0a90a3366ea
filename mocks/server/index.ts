/**
 * The simulated cluster served over HTTP and WebSocket: the Kubernetes API
 * (and the inventory at the console's proxy path) on one port, and the
 * inventory service alone at the root of a second address, the way a real
 * inventory service is reached (a Route or a port-forward), so
 * `--inventory-url` has the same form for the simulator and a real cluster.
 */
import zlib from 'node:zlib';
import type { FetchHandler } from '../core/contract';
import { createSimulatedCluster, INVENTORY_PREFIX, type SimulatedCluster, type SimulatedClusterOptions } from '../cluster';
import { startHttpServer } from './http-server';

export interface SimServerOptions extends SimulatedClusterOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Port of the inventory service's own address; 0 (default) picks a free one. */
  inventoryPort?: number;
}

export interface SimServer {
  url: string;
  port: number;
  /** The inventory service at the root of its own address, e.g. http://127.0.0.1:40123 */
  inventoryUrl: string;
  cluster: SimulatedCluster;
  close(): Promise<void>;
}

export async function startSimServer(options: SimServerOptions = {}): Promise<SimServer> {
  const { port = 0, host = '127.0.0.1', inventoryPort = 0, ...clusterOptions } = options;
  // Level 1: 214 MB of VMs become ~25 MB in about a second, once (bodies are cached).
  const cluster = createSimulatedCluster({ gzip: (bytes) => zlib.gzipSync(bytes, { level: 1 }), ...clusterOptions });
  try {
    const server = await startHttpServer(cluster.handle, { port, host });
    const inventoryServer = await startHttpServer(inventoryAtRoot(cluster.handle), { port: inventoryPort, host }).catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
    return {
      url: server.url,
      port: server.port,
      inventoryUrl: inventoryServer.url,
      cluster,
      close: async () => {
        cluster.stop();
        await Promise.all([server.close(), inventoryServer.close()]);
      },
    };
  } catch (error) {
    cluster.stop();
    throw error;
  }
}

/** Only the inventory: every path is taken as one below the inventory prefix (so nothing else, e.g. /sim/faults, is reachable). */
export function inventoryAtRoot(handle: FetchHandler): FetchHandler {
  return (request) => {
    const url = new URL(request.url);
    url.pathname = `${INVENTORY_PREFIX}${url.pathname === '/' ? '' : url.pathname}`;
    return handle(new Request(url, request));
  };
}

export { startHttpServer } from './http-server';
export type { RunningServer, HttpServerOptions } from './http-server';
