/**
 * Target labels and node selectors typed as `key=value`, one per line (or
 * comma separated, as `kubectl mtv --target-labels` takes them), checked
 * against the Kubernetes label syntax.
 */

const NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const isLabelKey = (key: string): boolean => {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length > 253 || !PREFIX.test(prefix))) return false;
  return name.length <= 63 && NAME.test(name);
};

export const isLabelValue = (value: string): boolean => value === '' || (value.length <= 63 && NAME.test(value));

export interface KeyValueResult {
  values: Record<string, string>;
  /** The first problem, naming the entry. */
  error?: string;
}

export const parseKeyValues = (text: string): KeyValueResult => {
  const values: Record<string, string> = {};
  const entries = text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq < 0) return { values, error: `"${entry}" is not key=value` };
    const key = entry.slice(0, eq).trim();
    const value = entry.slice(eq + 1).trim();
    if (!isLabelKey(key)) return { values, error: `"${key}" is not a valid label key` };
    if (!isLabelValue(value)) return { values, error: `"${value}" is not a valid label value` };
    values[key] = value;
  }
  return { values };
};

export const formatKeyValues = (values: Readonly<Record<string, string>> | undefined): string =>
  Object.entries(values ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
