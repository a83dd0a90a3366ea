/**
 * Errors thrown by consoleFetch and the k8s calls, shaped like the console's
 * HttpError: `code` is the HTTP status, `json` the parsed body (a Kubernetes
 * Status for API errors) and `message` the Status message when there is one.
 */
export class HttpError extends Error {
  code?: number;
  response?: Response;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json?: any;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(message: string, code?: number, response?: Response, json?: any) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    this.response = response;
    this.json = json;
  }

  static fromCode(code: number): HttpError {
    return new HttpError(`HTTP ${code}`, code);
  }
}

/** The message a person should read for a failed response: the Status message, else the body, else the status text. */
export const errorMessageFor = (status: number, statusText: string, body: string, json: unknown): string => {
  if (json && typeof json === 'object') {
    const j = json as { message?: unknown; error?: unknown };
    if (typeof j.message === 'string' && j.message) return j.message;
    if (typeof j.error === 'string' && j.error) return j.error;
  }
  const text = body.trim();
  if (text && text.length < 500) return text;
  return statusText || `HTTP ${status}`;
};
