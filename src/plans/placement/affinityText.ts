/**
 * What a person types for an affinity: a KARL rule (`REQUIRE pods(app=db) on
 * node`, what `kubectl mtv --target-affinity` takes), or the YAML of a whole
 * core/v1 Affinity for what one rule cannot say (node affinity, several
 * terms). Empty means no affinity.
 */
import { parse as parseYaml, stringify as stringifyYaml, YAMLParseError } from 'yaml';
import { affinitySchema, type Affinity } from './affinity';
import { formatKarl, looksLikeKarl, parseKarl } from './karl';

export interface AffinityTextError {
  message: string;
  /** 1-based; absent when the problem is a field, named by `path`. */
  line?: number;
  column?: number;
  /** Dotted path of the field in a YAML affinity. */
  path?: string;
}

export type AffinityText =
  | { kind: 'empty'; affinity?: undefined; error?: undefined }
  | { kind: 'karl' | 'yaml'; affinity: Affinity; error?: undefined }
  | { kind: 'error'; affinity?: undefined; error: AffinityTextError };

export const parseAffinityText = (text: string): AffinityText => {
  if (!text.trim()) return { kind: 'empty' };
  if (looksLikeKarl(text)) {
    if (text.trim().includes('\n')) return { kind: 'error', error: { message: 'one rule, on one line' } };
    const offset = text.length - text.trimStart().length;
    const result = parseKarl(text.trim());
    return result.affinity
      ? { kind: 'karl', affinity: result.affinity }
      : { kind: 'error', error: { message: result.error.message, line: 1, column: result.error.column + offset } };
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (e) {
    const pos = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
    return { kind: 'error', error: { message: (e as Error).message.split('\n')[0], line: pos?.line, column: pos?.col } };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { kind: 'error', error: { message: 'not a rule (REQUIRE, PREFER, AVOID or REPEL ...) nor the YAML of an affinity', line: 1, column: 1 } };
  }
  const result = affinitySchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { kind: 'error', error: { message: issue.message, path: issue.path.map(String).join('.') } };
  }
  if (Object.keys(result.data).length === 0) return { kind: 'empty' };
  return { kind: 'yaml', affinity: result.data };
};

/** An affinity as the text to edit it in: its KARL rule when it is one, else its YAML. */
export const affinityTextOf = (affinity: Affinity | undefined): string => {
  if (!affinity || Object.keys(affinity).length === 0) return '';
  return formatKarl(affinity) ?? stringifyYaml(affinity);
};

export const affinityYaml = (affinity: Affinity): string => stringifyYaml(affinity);
