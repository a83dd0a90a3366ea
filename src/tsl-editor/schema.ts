/**
 * What the editor knows about the data being queried: field paths (from the
 * provider type's known inventory shape plus the loaded rows) and the values
 * seen for each path, for value completion and hover help. Built once per
 * loaded collection (in the inventory worker), then passed to the editor.
 */

export type SampleValue = string | number | boolean;

export interface FieldInfo {
  /** The JSON types seen at this path (`string`, `number`, `boolean`, `array`, `object`, `null`). */
  types: string[];
  /** Distinct scalar values seen, most frequent first (capped). */
  values: SampleValue[];
  /** True when more distinct values exist than `values` holds. */
  moreValues: boolean;
}

export interface TslSchema {
  /** Sorted field paths in TSL syntax: `name`, `disks[*].capacity`, `labels['a/b']`. */
  paths: string[];
  fields: Record<string, FieldInfo>;
}

export const EMPTY_SCHEMA: TslSchema = { paths: [], fields: {} };

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_DEPTH = 8;
const MAX_VALUES = 40;
const MAX_SAMPLE_ROWS = 2000;

interface Accumulator {
  types: Set<string>;
  counts: Map<SampleValue, number>;
  more: boolean;
}

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Path naming matches src/tsl's collectFieldPaths: dotted names, `[*]` for elements, quoted odd keys. */
const childPath = (prefix: string, key: string): string | undefined => {
  if (SIMPLE_KEY.test(key)) return prefix ? `${prefix}.${key}` : key;
  if (!prefix) return undefined; // a bracketed key cannot start a path
  return `${prefix}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
};

const record = (out: Map<string, Accumulator>, path: string, value: unknown): void => {
  let acc = out.get(path);
  if (!acc) {
    acc = { types: new Set(), counts: new Map(), more: false };
    out.set(path, acc);
  }
  acc.types.add(typeOf(value));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    // Long strings (paths, UUIDs in free text) make poor completions; counting stops at the cap.
    if (typeof value === 'string' && value.length > 80) return;
    const seen = acc.counts.get(value);
    if (seen !== undefined) acc.counts.set(value, seen + 1);
    else if (acc.counts.size < MAX_VALUES) acc.counts.set(value, 1);
    else acc.more = true;
  }
};

const walk = (value: unknown, prefix: string, out: Map<string, Accumulator>, depth: number): void => {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const element of value) {
      if (element !== null && typeof element === 'object' && !Array.isArray(element)) walk(element, `${prefix}[*]`, out, depth + 1);
      else if (prefix) record(out, `${prefix}[*]`, element);
    }
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    const path = childPath(prefix, key);
    if (!path) continue;
    record(out, path, child);
    walk(child, path, out, depth + 1);
  }
};

/**
 * Builds the schema from the first rows (2,000 are plenty to learn the shape
 * and common values) and the paths known for this kind of data.
 */
export const buildTslSchema = (rows: readonly unknown[], knownPaths: readonly string[] = []): TslSchema => {
  const out = new Map<string, Accumulator>();
  const limit = Math.min(rows.length, MAX_SAMPLE_ROWS);
  for (let i = 0; i < limit; i++) walk(rows[i], '', out, 0);
  const fields: Record<string, FieldInfo> = {};
  for (const [path, acc] of out) {
    fields[path] = {
      types: [...acc.types].sort(),
      values: [...acc.counts].sort((a, b) => b[1] - a[1]).map(([v]) => v),
      moreValues: acc.more,
    };
  }
  for (const path of knownPaths) fields[path] ??= { types: [], values: [], moreValues: false };
  return { paths: Object.keys(fields).sort(), fields };
};
