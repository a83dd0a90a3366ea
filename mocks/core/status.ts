/**
 * Kubernetes `Status` objects and the error that carries one.
 *
 * Every failure of the simulated API server is a Status with the code and
 * reason a real API server would use, so clients (kubectl, the console's
 * k8s layer) show the same messages they show against a real cluster.
 */

export interface StatusCause {
  field?: string;
  message: string;
  reason?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, unknown>;
  status: 'Success' | 'Failure';
  message: string;
  reason: string;
  details?: StatusDetails;
  code: number;
}

export function makeStatus(code: number, reason: string, message: string, details?: StatusDetails): Status {
  const status: Status = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: code >= 200 && code < 300 ? 'Success' : 'Failure',
    message,
    reason,
    code,
  };
  if (details) status.details = details;
  return status;
}

/** Thrown by the store and the HTTP core; the HTTP layer turns it into a response. */
export class StatusError extends Error {
  readonly status: Status;
  constructor(status: Status) {
    super(status.message);
    this.name = 'StatusError';
    this.status = status;
  }
  get code(): number {
    return this.status.code;
  }
}

export function isStatusError(error: unknown): error is StatusError {
  return error instanceof StatusError;
}

/** `plans.forklift.konveyor.io` / `secrets` — how Kubernetes names a resource in messages. */
export function qualifiedResource(group: string, plural: string): string {
  return group ? `${plural}.${group}` : plural;
}

export function notFound(group: string, plural: string, name: string): StatusError {
  return new StatusError(
    makeStatus(404, 'NotFound', `${qualifiedResource(group, plural)} "${name}" not found`, {
      name,
      group: group || undefined,
      kind: plural,
    }),
  );
}

export function alreadyExists(group: string, plural: string, name: string): StatusError {
  return new StatusError(
    makeStatus(409, 'AlreadyExists', `${qualifiedResource(group, plural)} "${name}" already exists`, {
      name,
      group: group || undefined,
      kind: plural,
    }),
  );
}

export function conflict(group: string, plural: string, name: string): StatusError {
  return new StatusError(
    makeStatus(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${qualifiedResource(group, plural)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
      { name, group: group || undefined, kind: plural },
    ),
  );
}

export function invalid(group: string, kind: string, name: string, causes: StatusCause[]): StatusError {
  const summary = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message)).join(', ');
  const qualifiedKind = group ? `${kind}.${group}` : kind;
  return new StatusError(
    makeStatus(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${summary}`, {
      name,
      group: group || undefined,
      kind,
      causes,
    }),
  );
}

export function badRequest(message: string, causes?: StatusCause[]): StatusError {
  return new StatusError(makeStatus(400, 'BadRequest', message, causes ? { causes } : undefined));
}

export function methodNotAllowed(message = 'the server does not allow this method on the requested resource'): StatusError {
  return new StatusError(makeStatus(405, 'MethodNotAllowed', message));
}

export function unsupportedMediaType(contentType: string): StatusError {
  return new StatusError(
    makeStatus(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json (got ${contentType || 'none'})`),
  );
}

export function expired(message: string): StatusError {
  return new StatusError(makeStatus(410, 'Expired', message));
}

export function forbidden(message: string): StatusError {
  return new StatusError(makeStatus(403, 'Forbidden', message));
}

/** Reason Kubernetes uses for a given HTTP code, for injected faults and generic errors. */
export function reasonForCode(code: number): string {
  switch (code) {
    case 400: return 'BadRequest';
    case 401: return 'Unauthorized';
    case 403: return 'Forbidden';
    case 404: return 'NotFound';
    case 405: return 'MethodNotAllowed';
    case 409: return 'Conflict';
    case 410: return 'Expired';
    case 422: return 'Invalid';
    case 429: return 'TooManyRequests';
    case 500: return 'InternalError';
    case 503: return 'ServiceUnavailable';
    case 504: return 'Timeout';
    default: return code >= 500 ? 'InternalError' : 'BadRequest';
  }
}

export function statusResponse(status: Status, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(status), {
    status: status.code,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
