/**
 * An affinity field's error in the user's language: where it is (column of
 * the rule, line and column of the YAML, or the YAML field's path) and the
 * parser's own detail.
 */
import type { TFunction } from 'i18next';
import type { AffinityTextError } from './affinityText';

export const affinityErrorText = (t: TFunction, error: AffinityTextError): string => {
  if (error.path) return t('Not a valid affinity at {{path}}: {{detail}}', { path: error.path, detail: error.message });
  if (error.line !== undefined && error.column !== undefined) {
    return t('Not a valid affinity at line {{line}}, column {{column}}: {{detail}}', { line: error.line, column: error.column, detail: error.message });
  }
  return t('Not a valid affinity: {{detail}}', { detail: error.message });
};

/** The schema's `Affinity|<json>` message detail back to its error. */
export const affinityErrorOf = (detail: string): AffinityTextError => {
  try {
    return JSON.parse(detail) as AffinityTextError;
  } catch {
    return { message: detail };
  }
};
