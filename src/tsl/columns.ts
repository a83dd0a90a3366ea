// Column caches: per row set, the values of one field (or of one field of
// every element of a list field) read once and kept as small integer codes
// into a dictionary of distinct values. WHERE tests then scan Int32Arrays
// instead of reading `row[name]` with a keyed (megamorphic) property read per
// row and per query, which is what kept the closure engine at 2-3x a
// hand-written loop (see bench/tsl/README.md).
//
// A cache belongs to one rows array (WeakMap) and is rebuilt when its length
// changes. The contract, stated on CompiledQuery.run: rows and their objects
// are not changed between runs (appending rows is fine). A column is only
// made when every value fits (null, string, number or boolean; a list field's
// collected values likewise) and its dictionary stays small; otherwise the
// caller uses the row closures, which follow the same rules (paths.ts).

type Rec = Record<string, unknown>;
export type Primitive = string | number | boolean;

/** `codes[i]` indexes `dict`, or is -1 for null (missing, null, a method name). */
export interface ValueColumn {
  codes: Int32Array;
  dict: Primitive[];
}

/** `list[*].x` for every row: row i's collected values are `codes[offsets[i] .. offsets[i + 1])`. */
export interface ListColumn {
  offsets: Int32Array;
  /** 1 where the list itself is missing or not a list: the collected path is null there. */
  missing: Uint8Array;
  codes: Int32Array;
  dict: Primitive[];
}

/** Above this many distinct values a column is not worth it (a test runs once per distinct value). */
export const MAX_DISTINCT = 4096;

interface Store {
  length: number;
  values: Map<string, ValueColumn | null>;
  lists: Map<string, ListColumn | null>;
}

const stores = new WeakMap<readonly unknown[], Store>();

function storeFor(rows: readonly unknown[]): Store {
  let store = stores.get(rows);
  if (!store || store.length !== rows.length) {
    store = { length: rows.length, values: new Map(), lists: new Map() };
    stores.set(rows, store);
  }
  return store;
}

/** Interns one collected value; undefined when it cannot be a column entry. */
class Dictionary {
  readonly dict: Primitive[] = [];
  private readonly index = new Map<unknown, number>();

  code(v: unknown): number | undefined {
    const t = typeof v;
    if (t !== 'string' && t !== 'number' && t !== 'boolean') return undefined; // lists, objects: the row closures
    if (v === 0 && 1 / (v as number) < 0) return undefined; // -0 and 0 share a Map key
    let c = this.index.get(v);
    if (c === undefined) {
      if (this.dict.length >= MAX_DISTINCT) return undefined;
      c = this.dict.length;
      this.dict.push(v as Primitive);
      this.index.set(v, c);
    }
    return c;
  }
}

/** Whether a raw read counts as null (the rules' `normalize`). */
function isNull(v: unknown): boolean {
  return v === undefined || v === null || typeof v === 'function';
}

/** The column of one plain field (see plainFieldName), or null when it cannot be made. */
export function valueColumn(rows: readonly unknown[], name: string): ValueColumn | null {
  const store = storeFor(rows);
  let column = store.values.get(name);
  if (column === undefined) {
    column = buildValueColumn(rows, name);
    store.values.set(name, column);
  }
  return column;
}

function buildValueColumn(rows: readonly unknown[], name: string): ValueColumn | null {
  const dictionary = new Dictionary();
  const codes = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const v = row == null ? undefined : (row as Rec)[name];
    if (isNull(v)) {
      codes[i] = -1;
      continue;
    }
    const c = dictionary.code(v);
    if (c === undefined) return null;
    codes[i] = c;
  }
  return { codes, dict: dictionary.dict };
}

/** The column of `head[*].tail` (both plain fields), or null when it cannot be made. */
export function listColumn(rows: readonly unknown[], head: string, tail: string): ListColumn | null {
  const store = storeFor(rows);
  const key = `${head}\u0000${tail}`;
  let column = store.lists.get(key);
  if (column === undefined) {
    column = buildListColumn(rows, head, tail);
    store.lists.set(key, column);
  }
  return column;
}

function buildListColumn(rows: readonly unknown[], head: string, tail: string): ListColumn | null {
  const dictionary = new Dictionary();
  const offsets = new Int32Array(rows.length + 1);
  const missing = new Uint8Array(rows.length);
  let codes = new Int32Array(Math.max(16, rows.length));
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const list = row == null ? undefined : (row as Rec)[head];
    if (!Array.isArray(list)) {
      missing[i] = 1;
      offsets[i + 1] = n;
      continue;
    }
    for (let j = 0; j < list.length; j++) {
      const element: unknown = list[j];
      // An element that is a list or a scalar has no `tail` (a plain name reads undefined or a method).
      const v = element == null ? undefined : (element as Rec)[tail];
      if (isNull(v)) continue; // nulls are not collected
      const c = dictionary.code(v); // a list value would be spliced: not a column
      if (c === undefined) return null;
      if (n === codes.length) {
        const grown = new Int32Array(codes.length * 2);
        grown.set(codes);
        codes = grown;
      }
      codes[n++] = c;
    }
    offsets[i + 1] = n;
  }
  return { offsets, missing, codes: codes.subarray(0, n), dict: dictionary.dict };
}
