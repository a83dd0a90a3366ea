/**
 * consoleFetch / consoleFetchJSON / consoleFetchText: fetch with a timeout that
 * turns every non-OK response into an HttpError carrying the server's Status.
 */
import { HttpError, errorMessageFor } from './http-error';

const DEFAULT_TIMEOUT_MS = 60_000;

type Json = unknown;

const parseJSON = (text: string): Json | undefined => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export const consoleFetch = async (url: string, options: RequestInit = {}, timeout = DEFAULT_TIMEOUT_MS): Promise<Response> => {
  const controller = new AbortController();
  const outer = options.signal;
  if (outer) {
    if (outer.aborted) controller.abort(outer.reason);
    else outer.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
  }
  const timer = timeout > 0 ? setTimeout(() => controller.abort(new DOMException(`Call to ${url} timed out after ${timeout} ms`, 'TimeoutError')), timeout) : undefined;
  try {
    const response = await fetch(url, { credentials: 'same-origin', ...options, signal: controller.signal });
    if (response.ok || response.status === 304) return response;
    const body = await response.text().catch(() => '');
    const json = parseJSON(body);
    throw new HttpError(errorMessageFor(response.status, response.statusText, body, json), response.status, response, json);
  } finally {
    if (timer) clearTimeout(timer);
  }
};

const withJSONHeaders = (options: RequestInit, contentType?: string): RequestInit => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (contentType && !headers.has('Content-Type')) headers.set('Content-Type', contentType);
  return { ...options, headers };
};

const fetchJSON = async (url: string, method = 'GET', options: RequestInit = {}, timeout?: number): Promise<Json> => {
  const response = await consoleFetch(url, { ...withJSONHeaders(options), method }, timeout);
  const text = await response.text();
  if (!text) return {};
  const json = parseJSON(text);
  return json === undefined ? text : json;
};

const sendJSON =
  (method: string, contentType = 'application/json') =>
  (url: string, json: unknown, options: RequestInit = {}, timeout?: number): Promise<Json> =>
    fetchJSON(
      url,
      method,
      { ...withJSONHeaders(options, contentType), body: json === undefined ? undefined : JSON.stringify(json) },
      timeout,
    );

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type JSONCall = (...args: any[]) => Promise<any>;

export const consoleFetchJSON = Object.assign(fetchJSON as JSONCall, {
  delete: sendJSON('DELETE') as JSONCall,
  post: sendJSON('POST') as JSONCall,
  put: sendJSON('PUT') as JSONCall,
  // The console's consoleFetchJSON.patch sends JSON Patch operations.
  patch: sendJSON('PATCH', 'application/json-patch+json') as JSONCall,
});

export const consoleFetchText = async (url: string, options: RequestInit = {}, timeout?: number): Promise<string> => {
  const response = await consoleFetch(url, options, timeout);
  return response.text();
};
