/**
 * What a failed API call said, kept in the shape forms need: the HTTP code,
 * the Kubernetes Status reason and its `details.causes[]`, so a 422 cause can
 * be shown at the field it names and anything else on top of the form.
 */
export interface ApiCause {
  /** A field path such as `metadata.name` or `spec.url` (may be absent). */
  field?: string;
  reason?: string;
  message: string;
}

export interface ApiFailure {
  code?: number;
  /** Status reason: AlreadyExists, Conflict, Invalid, Forbidden, NotFound, Timeout, ... */
  reason?: string;
  message: string;
  causes: ApiCause[];
}

interface StatusLike {
  code?: number;
  reason?: string;
  message?: string;
  details?: { causes?: { field?: string; reason?: string; message?: string }[] };
}

/** Reads an SDK HttpError (or anything thrown) into an ApiFailure. */
export const toApiFailure = (error: unknown): ApiFailure => {
  if (error && typeof error === 'object') {
    const e = error as { code?: number; json?: StatusLike; message?: string; name?: string; response?: { status?: number } };
    const status = e.json && typeof e.json === 'object' ? e.json : undefined;
    const code = status?.code ?? e.code ?? e.response?.status;
    const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
    return {
      code: typeof code === 'number' ? code : undefined,
      reason: status?.reason ?? (timedOut ? 'Timeout' : undefined),
      message: status?.message || e.message || String(error),
      causes: (status?.details?.causes ?? [])
        .filter((c) => c && (c.message || c.field))
        .map((c) => ({ field: c.field || undefined, reason: c.reason || undefined, message: c.message ?? '' })),
    };
  }
  return { message: String(error), causes: [] };
};

/** A cause whose field path starts with `prefix` (e.g. `spec.url`, `metadata.name`). */
export const causeAt = (failure: ApiFailure | undefined, prefix: string): ApiCause | undefined =>
  failure?.causes.find((c) => c.field === prefix || c.field?.startsWith(`${prefix}.`) || c.field?.startsWith(`${prefix}[`));
