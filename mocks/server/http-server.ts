/**
 * A Node HTTP + WebSocket transport over any FetchHandler.
 * - Responses stream chunk by chunk (watches are never buffered); a client
 *   that goes away aborts the Request's signal and cancels the body.
 * - A WebSocket upgrade on a `watch=true` URL runs the same handler and
 *   forwards each line of the chunked body as one text message, as the
 *   OpenShift console expects. Any offered subprotocol is accepted (the
 *   console offers bearer-token and base64 style ones); messages are plain JSON.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FetchHandler } from '../core/contract';
import { MAX_REQUEST_BODY_BYTES, requestEntityTooLarge } from '../core/limits';

export interface HttpServerOptions {
  port?: number;
  host?: string;
  /** Request bodies over this many bytes get 413 (default: the API server's 3 MiB). */
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

function toHeaders(raw: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || name.startsWith(':')) continue;
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else headers.set(name, value);
  }
  return headers;
}

class BodyTooLarge extends Error {}

/**
 * Buffers a request body up to `limit` bytes (the API core enforces the same
 * limit with its Status; stopping here keeps a 50 MB upload out of memory).
 */
async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

function requestFor(req: http.IncomingMessage, origin: string, signal: AbortSignal, body?: Buffer): Request {
  const headers = toHeaders(req.headers);
  // Hop-by-hop and upgrade headers mean nothing to the Fetch handler.
  for (const name of ['connection', 'upgrade', 'sec-websocket-key', 'sec-websocket-version', 'sec-websocket-extensions', 'transfer-encoding']) {
    headers.delete(name);
  }
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, body: body ? new Uint8Array(body) : undefined, signal });
}

async function pipeResponse(response: Response, res: http.ServerResponse, onClose: (fn: () => void) => void): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') headers[name] = response.headers.getSetCookie();
    else headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  res.socket?.setNoDelay(true);
  // Headers go out now: a watch on an empty collection may not write for minutes.
  res.flushHeaders();
  const reader = response.body.getReader();
  onClose(() => {
    reader.cancel().catch(() => {});
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) break;
      if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
    }
  } catch {
    // The body was cancelled because the client left.
  } finally {
    if (!res.destroyed) res.end();
  }
}

const isWatchUrl = (url: URL) => url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';

/** Sends each complete line of a streamed body as one WebSocket text message. */
async function pumpLines(body: ReadableStream<Uint8Array>, socket: WebSocket): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  socket.once('close', () => {
    reader.cancel().catch(() => {});
  });
  let buffered = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.trim() && socket.readyState === socket.OPEN) socket.send(line);
      }
    }
    if (buffered.trim() && socket.readyState === socket.OPEN) socket.send(buffered);
  } catch {
    // Cancelled: the client closed the socket.
  }
  if (socket.readyState === socket.OPEN) socket.close(1000, 'watch closed');
}

function rejectUpgrade(socket: Duplex, status: number, statusText: string, body: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function startHttpServer(handle: FetchHandler, options: HttpServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  let origin = `http://${host}`;
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => {
      const offered = [...protocols];
      return offered.find((p) => p !== 'base64.binary.k8s.io') ?? offered[0] ?? false;
    },
  });

  const server = http.createServer((req, res) => {
    const abort = new AbortController();
    const closers: (() => void)[] = [() => abort.abort()];
    res.on('close', () => {
      if (!res.writableFinished) closers.forEach((fn) => fn());
    });
    void (async () => {
      try {
        const body = await readBody(req, options.maxBodyBytes ?? MAX_REQUEST_BODY_BYTES);
        const response = await handle(requestFor(req, origin, abort.signal, body));
        await pipeResponse(response, res, (fn) => closers.push(fn));
      } catch (error) {
        if (error instanceof BodyTooLarge && !res.headersSent) {
          const limit = options.maxBodyBytes ?? MAX_REQUEST_BODY_BYTES;
          res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
          res.end(JSON.stringify(requestEntityTooLarge(limit).status));
          req.destroy();
        } else if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: String(error), reason: 'InternalError', code: 500 }));
        } else res.destroy();
      }
    })();
  });

  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', origin);
    if (!isWatchUrl(url)) return rejectUpgrade(socket, 400, 'Bad Request', '{"message":"only watch=true URLs upgrade to WebSocket"}');
    const abort = new AbortController();
    socket.once('close', () => abort.abort());
    void (async () => {
      const response = await handle(requestFor(req, origin, abort.signal)).catch(
        (error: unknown) => new Response(JSON.stringify({ message: String(error) }), { status: 500 }),
      );
      if (response.status !== 200 || !response.body) {
        // Errors before the watch starts are plain HTTP answers, as from the API server.
        return rejectUpgrade(socket, response.status, response.statusText || 'Error', await response.text());
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        ws.once('close', () => abort.abort());
        void pumpLines(response.body!, ws);
      });
    })();
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const port = (server.address() as AddressInfo).port;
      const displayHost = host.includes(':') ? `[${host}]` : host;
      origin = `http://${displayHost}:${port}`;
      resolve({
        url: origin,
        port,
        server,
        close: () =>
          new Promise<void>((done) => {
            for (const client of wss.clients) client.terminate();
            wss.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
