/**
 * The headers the console adds to its own requests, for the query worker's
 * fetch (a worker cannot use the console's fetch): the CSRF token and, when
 * the person impersonates a user or group, the impersonation headers.
 * Consoles whose SDK offers `getConsoleRequestHeaders` give them all; older
 * ones give none, so the CSRF token is read from its cookie as the console
 * does. The session itself travels in the same-origin cookie.
 */
import * as ConsoleSDK from '@openshift-console/dynamic-plugin-sdk';

import { cookieValue, normalizeHeaders, type HeaderValue } from './requestHeaders';

export const consoleRequestHeaders = (): Record<string, string> => {
  let fromConsole: Record<string, HeaderValue> | undefined;
  try {
    const get = (ConsoleSDK as unknown as { getConsoleRequestHeaders?: () => Record<string, HeaderValue> }).getConsoleRequestHeaders;
    fromConsole = typeof get === 'function' ? get() : undefined;
  } catch {
    // An SDK module that refuses unknown names: an older console, no such helper.
  }
  const headers = normalizeHeaders(fromConsole);
  if (!headers['X-CSRFToken'] && typeof document !== 'undefined') {
    const token = cookieValue(document.cookie, 'csrf-token');
    if (token) headers['X-CSRFToken'] = decodeURIComponent(token);
  }
  return headers;
};
