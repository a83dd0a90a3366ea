/**
 * Reading back what a person typed in a resource's YAML tab, before anything
 * is sent: the text must parse, describe one object, and still be the same
 * object (kind, apiVersion, name and namespace cannot change through an
 * update: the API server would refuse or, worse, write another object). The
 * update carries the resourceVersion of the text, i.e. of the version the
 * person loaded into the editor; if they deleted that line, the loaded one is
 * put back, so a change made meanwhile by someone else is still a 409, never
 * silently overwritten. Pure: unit tested, no React.
 */
import { isMap, parseDocument } from 'yaml';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

export type EditedYamlProblem =
  /** The text is not YAML; line/column are 1-based when the parser knows them. */
  | { code: 'syntax'; message: string; line?: number; column?: number }
  /** YAML, but not one mapping (a list, a scalar, several documents, nothing). */
  | { code: 'notObject' }
  /** An identifying field was changed or removed. */
  | { code: 'changed'; field: 'apiVersion' | 'kind' | 'metadata.name' | 'metadata.namespace'; was: string; now: string };

export type EditedYaml<R extends K8sResourceCommon> = { resource: R; problem?: undefined } | { resource?: undefined; problem: EditedYamlProblem };

const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

export function readEditedYaml<R extends K8sResourceCommon>(source: string, original: R): EditedYaml<R> {
  const doc = parseDocument(source, { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    // The parser's message continues with an excerpt on more lines; its first line is the reason and position.
    return { problem: { code: 'syntax', message: error.message.split('\n')[0].replace(/:$/, ''), line: at?.line, column: at?.col } };
  }
  if (!isMap(doc.contents)) return { problem: { code: 'notObject' } };
  const value = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  const metadata = value.metadata && typeof value.metadata === 'object' && !Array.isArray(value.metadata) ? (value.metadata as Record<string, unknown>) : {};
  const checks: [Extract<EditedYamlProblem, { code: 'changed' }>['field'], unknown, unknown][] = [
    ['apiVersion', original.apiVersion, value.apiVersion],
    ['kind', original.kind, value.kind],
    ['metadata.name', original.metadata?.name, metadata.name],
    ['metadata.namespace', original.metadata?.namespace, metadata.namespace],
  ];
  for (const [field, was, now] of checks) {
    if (text(was) !== text(now)) return { problem: { code: 'changed', field, was: text(was), now: text(now) } };
  }
  const resourceVersion = text(metadata.resourceVersion) || original.metadata?.resourceVersion;
  return { resource: { ...value, metadata: { ...metadata, ...(resourceVersion ? { resourceVersion } : {}) } } as R };
}

/** The object as the editor shows it: managedFields left out (noise nobody edits; the server keeps them when omitted). */
export function editableObject<R extends K8sResourceCommon>(obj: R): R {
  if (!obj.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _omitted, ...metadata } = obj.metadata as Record<string, unknown>;
  return { ...obj, metadata } as R;
}
