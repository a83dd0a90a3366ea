// Field path discovery for completion: walks sample rows and lists the dotted
// paths a query can use, with `[*]` for arrays of objects or values.

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Dotted paths present in the first `maxRows` rows, sorted. Arrays give both the
 * array path (`disks`, usable with len) and element paths (`disks[*].capacity`).
 * Keys that are not plain names are written as bracketed keys: `labels['app.kubernetes.io/name']`.
 */
export function collectFieldPaths(rows: readonly unknown[], maxRows = 200): string[] {
  const paths = new Set<string>();
  const limit = Math.min(rows.length, maxRows);
  for (let i = 0; i < limit; i++) walk(rows[i], '', paths, 0);
  return [...paths].sort();
}

const MAX_DEPTH = 8; // inventory objects are shallow; this only guards against pathological input

function walk(value: unknown, prefix: string, out: Set<string>, depth: number): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    // Element paths use [*]; scalar arrays are already listed by their own path.
    for (const element of value) walk(element, `${prefix}[*]`, out, depth + 1);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    const path = SIMPLE_KEY.test(key) ? (prefix ? `${prefix}.${key}` : key) : `${prefix || ''}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
    // A bracketed key cannot start a path (the scanner needs a name first).
    if (!prefix && !SIMPLE_KEY.test(key)) continue;
    out.add(path);
    walk(child, path, out, depth + 1);
  }
}
