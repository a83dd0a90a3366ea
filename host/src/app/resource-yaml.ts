/**
 * What the host's generic details page shows of a resource no plugin page
 * claims: its YAML, with Secret values masked as the console does until
 * asked to reveal them.
 */
import { stringify } from 'yaml';

export const MASK = '••••••••';

export const maskSecrets = (object: Record<string, unknown>): Record<string, unknown> => {
  if (object.kind !== 'Secret') return object;
  const mask = (data: unknown) =>
    data && typeof data === 'object' ? Object.fromEntries(Object.keys(data as object).map((k) => [k, MASK])) : data;
  return { ...object, data: mask(object.data), stringData: mask(object.stringData) };
};

/** YAML without managedFields noise, keys in the order the server sent them. */
export const resourceYaml = (object: Record<string, unknown>): string => {
  const metadata = { ...(object.metadata as Record<string, unknown> | undefined) };
  delete metadata.managedFields;
  const masked = maskSecrets({ ...object, metadata });
  for (const key of ['data', 'stringData']) if (masked[key] === undefined) delete masked[key];
  return stringify(masked);
};
