/**
 * What the host's generic details page shows of a resource no plugin page
 * claims: its YAML, with Secret values masked as the console does until
 * asked to reveal them.
 */
import { stringify } from 'yaml';

export const MASK = '••••••••';

/**
 * `kubectl apply` keeps the whole applied object in this annotation: for a
 * Secret that is every value in plain text (stringData) or base64 (data).
 */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export const maskSecrets = (object: Record<string, unknown>): Record<string, unknown> => {
  if (object.kind !== 'Secret') return object;
  const mask = (data: unknown) =>
    data && typeof data === 'object' ? Object.fromEntries(Object.keys(data as object).map((k) => [k, MASK])) : data;
  const metadata = object.metadata as { annotations?: Record<string, string> } | undefined;
  const annotations = metadata?.annotations;
  const maskedMetadata =
    annotations && LAST_APPLIED in annotations ? { ...metadata, annotations: { ...annotations, [LAST_APPLIED]: MASK } } : metadata;
  return { ...object, metadata: maskedMetadata, data: mask(object.data), stringData: mask(object.stringData) };
};

/** YAML without managedFields noise, keys in the order the server sent them. */
export const resourceYaml = (object: Record<string, unknown>): string => {
  const metadata = { ...(object.metadata as Record<string, unknown> | undefined) };
  delete metadata.managedFields;
  const masked = maskSecrets({ ...object, metadata });
  for (const key of ['data', 'stringData']) if (masked[key] === undefined) delete masked[key];
  return stringify(masked);
};
