/** The simulated cluster served over HTTP and WebSocket. */
import zlib from 'node:zlib';
import { createSimulatedCluster, type SimulatedCluster, type SimulatedClusterOptions } from '../cluster';
import { startHttpServer } from './http-server';

export interface SimServerOptions extends SimulatedClusterOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
}

export interface SimServer {
  url: string;
  port: number;
  cluster: SimulatedCluster;
  close(): Promise<void>;
}

export async function startSimServer(options: SimServerOptions = {}): Promise<SimServer> {
  const { port = 0, host = '127.0.0.1', ...clusterOptions } = options;
  // Level 1: 214 MB of VMs become ~25 MB in about a second, once (bodies are cached).
  const cluster = createSimulatedCluster({ gzip: (bytes) => zlib.gzipSync(bytes, { level: 1 }), ...clusterOptions });
  try {
    const server = await startHttpServer(cluster.handle, { port, host });
    return {
      url: server.url,
      port: server.port,
      cluster,
      close: async () => {
        cluster.stop();
        await server.close();
      },
    };
  } catch (error) {
    cluster.stop();
    throw error;
  }
}

export { startHttpServer } from './http-server';
export type { RunningServer, HttpServerOptions } from './http-server';
