/**
 * Turns whatever a failed SDK call or fetch threw into the reason a person
 * should read: the Kubernetes Status message when there is one.
 */
export const errorMessage = (error: unknown): string => {
  if (!error) return '';
  if (typeof error === 'string') return error;
  const e = error as { json?: { message?: string }; message?: string; response?: { statusText?: string } };
  return e.json?.message || e.message || e.response?.statusText || String(error);
};

/** The HTTP status code carried by an SDK error, if any. */
export const errorCode = (error: unknown): number | undefined => {
  const e = error as { code?: number; json?: { code?: number }; response?: { status?: number } } | undefined;
  return e?.json?.code ?? e?.code ?? e?.response?.status;
};
