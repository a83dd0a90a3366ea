/**
 * msw 2 handlers that hand every request under a base URL to a simulated
 * cluster's FetchHandler: component tests get the real API semantics
 * (watches included: streamed bodies pass through msw).
 *
 *   const cluster = createSimulatedCluster({ world: true });
 *   const server = setupServer(...clusterHandlers(cluster.handle, 'http://localhost/api/kubernetes'));
 *
 * The base URL's path is stripped before the handler sees the request, so
 * `http://localhost/api/kubernetes/apis/...` reaches the core as `/apis/...`.
 * Give just an origin (`http://localhost`) to pass paths through untouched
 * (the cluster itself routes the console's inventory proxy path).
 */
import { http, type HttpHandler } from 'msw';
import type { FetchHandler } from '../core/contract';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function clusterHandlers(handle: FetchHandler, baseUrl: string): HttpHandler[] {
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl);
  const base = new URL(baseUrl, 'http://placeholder');
  const basePath = base.pathname.replace(/\/+$/, '');
  // Absolute: this origin only. A bare path: any origin (jsdom's or Node's).
  const originPattern = absolute ? escapeRegExp(base.origin) : '[a-z]+://[^/]+';
  const pattern = new RegExp(`^${originPattern}${escapeRegExp(basePath)}(?:[/?#]|$)`, 'i');

  return [
    http.all(pattern, async ({ request }) => {
      const url = new URL(request.url);
      const target = new URL(url);
      target.pathname = url.pathname.slice(basePath.length) || '/';
      return handle(new Request(target, request));
    }),
  ];
}
