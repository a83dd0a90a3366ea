/**
 * What a failed YAML save means for the person who typed it, from the API's
 * Status (src/k8s/write/apiFailure.ts): a conflict (someone changed the object
 * since it was loaded), an invalid object (the server's causes), a refusal,
 * or anything else with the server's message. Pure.
 */
import { toApiFailure, type ApiCause } from '../../k8s/write/apiFailure';

export type SaveFailureKind = 'conflict' | 'invalid' | 'forbidden' | 'other';

export interface SaveFailure {
  kind: SaveFailureKind;
  code?: number;
  reason?: string;
  /** The server's message, as it said it. */
  message: string;
  /** For an invalid object: each field the server named, with its message. */
  causes: ApiCause[];
}

export const toSaveFailure = (error: unknown): SaveFailure => {
  const failure = toApiFailure(error);
  const kind: SaveFailureKind =
    failure.code === 409 || failure.reason === 'Conflict'
      ? 'conflict'
      : failure.code === 422 || failure.reason === 'Invalid'
        ? 'invalid'
        : failure.code === 403 || failure.reason === 'Forbidden'
          ? 'forbidden'
          : 'other';
  return { kind, code: failure.code, reason: failure.reason, message: failure.message, causes: failure.causes };
};
