/**
 * The inventory data behind the page, kept away from React: parses a loaded
 * collection, learns its schema for the editor, runs queries, sorts results
 * and renders exports. It runs inside a Web Worker (inventory.worker.ts) so
 * parsing 100,000 VMs never freezes the page, and directly on the main thread
 * where workers are unavailable (unit tests).
 *
 * It keeps a few collections (least recently used dropped first) and the last
 * result of each, so sorting and exporting do not send rows back and forth.
 */
import type { ProviderType } from '../../k8s/types';
import { buildTslSchema, type TslSchema } from '../../tsl-editor/schema';
import { compactConcerns, CONCERNS_COLUMN, defaultColumns, getPath } from '../columns';
import { toCsv, toJson } from '../exportResults';
import { knownFields } from '../knownFields';
import type { ResourceKindId } from '../resourceKinds';
import { sortOrder } from '../sortRows';
import { parseQuery } from '../../tsl';
import { runTracked, tagRows } from './runTracked';

export interface DatasetInfo {
  key: string;
  count: number;
  schema: TslSchema;
  defaultColumns: string[];
  parseMs: number;
}

export interface QueryResult {
  key: string;
  query: string;
  columns: string[];
  rows: unknown[][];
  /**
   * Source row per result row (for the drawer and VM selection); null for
   * groups. An Int32Array in what query() answers: it crosses to the page as
   * one block of bytes, where 37,000 numbers in an array cost ~10 ms to copy.
   */
  sourceIndex: ArrayLike<number> | null;
  /** True for GROUP BY / aggregate results (shown with a bar chart). */
  grouped: boolean;
  /** How many rows the collection has. */
  total: number;
  /**
   * How many rows the result has. With a window (see InventoryEngine.query),
   * `rows` holds only the first of them and the rest stay in the engine
   * (InventoryEngine.rows); otherwise rowCount === rows.length.
   */
  rowCount: number;
  elapsedMs: number;
  /** A preview over the rows parsed so far, while the collection is still loading. */
  partial?: boolean;
  /** In a preview: how many of the rows so far matched (rows holds the first of them). */
  matched?: number;
}

/** Rows of a result in display order, with each one's index in the result (for selection). */
export interface RowWindow {
  start: number;
  indices: number[];
  rows: unknown[][];
}

interface Dataset {
  rows: unknown[];
  info: DatasetInfo;
  last?: QueryResult;
  /** Display order of the last result after a header sort (kept here, where the rows are). */
  order?: number[];
  /** Without SELECT the JSON export carries whole objects. */
  lastSelected?: boolean;
  /**
   * Without SELECT, the last result's cells are made on demand: `last.rows`
   * starts with holes, filled from these objects (see cellRow). Making every
   * matching row's cells up front cost more than the query itself (37,000
   * rows x 8 columns of path reads for `name ~= 'prod'` at 100,000 VMs), for
   * rows nobody sees.
   */
  lastObjects?: readonly unknown[];
}

/** A shown column's cell of a source object (concerns compacted to their counts). */
const cellValue = (o: unknown, column: string): unknown => (column === CONCERNS_COLUMN ? compactConcerns(getPath(o, column)) : getPath(o, column)) ?? null;

/** Row i of the last result's cells, made now if it is still a hole. */
const cellRow = (dataset: Dataset, i: number): unknown[] => {
  const { rows, columns } = dataset.last!;
  return (rows[i] ??= columns.map((c) => cellValue(dataset.lastObjects![i], c)));
};

/** One cell of the last result (a header sort reads one column, not every cell of every row). */
const cellAt = (dataset: Dataset, i: number, column: number): unknown => {
  const row = dataset.last!.rows[i];
  return row ? row[column] : cellValue(dataset.lastObjects![i], dataset.last!.columns[column]);
};

/** Rows start to end (exclusive) of the last result's cells, every hole filled. */
const cellRows = (dataset: Dataset, start: number, end: number): unknown[][] => {
  const { rows } = dataset.last!;
  if (!dataset.lastObjects) return start === 0 && end === rows.length ? rows : rows.slice(start, end);
  const out: unknown[][] = [];
  for (let i = start; i < end; i++) out.push(cellRow(dataset, i));
  return out;
};

const MAX_DATASETS = 3;
/** Rows a preview carries: the first screenfuls, not the whole partial result. */
export const PREVIEW_ROWS = 200;

/**
 * First rows can be shown before the whole collection is in only when they
 * cannot change: a plain filter (no ORDER BY, GROUP BY, aggregates or OFFSET).
 */
export const isPreviewable = (query: string): boolean => {
  if (!query.trim()) return true;
  try {
    const ast = parseQuery(query);
    if (ast.orderBy?.length || ast.groupBy?.length || ast.having || ast.skip) return false;
    return !/\b(count|sum|avg|min|max)\s*\(/i.test(query);
  } catch {
    return false;
  }
};
const STAR_COLUMNS_SAMPLE = 200;

export class DatasetMissingError extends Error {
  override readonly name = 'DatasetMissingError';
}

/** Inventory collections are JSON arrays; tolerate `{items: [...]}` too. */
const asRows = (parsed: unknown): unknown[] => {
  if (Array.isArray(parsed)) return parsed;
  const items = (parsed as { items?: unknown } | null)?.items;
  if (Array.isArray(items)) return items;
  throw new Error('The inventory returned something other than a list');
};

const topLevelKeys = (objects: readonly unknown[]): string[] => {
  const keys = new Set<string>();
  for (const o of objects.slice(0, STAR_COLUMNS_SAMPLE)) if (o && typeof o === 'object') for (const k of Object.keys(o)) keys.add(k);
  return [...keys];
};

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export class InventoryEngine {
  private readonly datasets = new Map<string, Dataset>();

  load(key: string, body: string | ArrayBuffer, type: ProviderType, kind: ResourceKindId): DatasetInfo {
    const started = now();
    const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
    return this.loadRows(key, asRows(JSON.parse(text)), type, kind, started);
  }

  /** Takes parsed rows (a streamed load) as the collection `key`. */
  loadRows(key: string, rows: unknown[], type: ProviderType, kind: ResourceKindId, started = now()): DatasetInfo {
    tagRows(rows);
    const info: DatasetInfo = {
      key,
      count: rows.length,
      schema: buildTslSchema(rows, knownFields(type, kind)),
      defaultColumns: defaultColumns(type, kind, rows.slice(0, 50)),
      parseMs: Math.round(now() - started),
    };
    this.datasets.delete(key);
    this.datasets.set(key, { rows, info });
    while (this.datasets.size > MAX_DATASETS) this.datasets.delete(this.datasets.keys().next().value as string);
    return info;
  }

  /**
   * The query over the rows parsed so far (tagged up to `rows.length`), for
   * first rows during a load; null when the query's first rows could still
   * change (see isPreviewable) or it fails.
   */
  preview(key: string, rows: unknown[], query: string, type: ProviderType, kind: ResourceKindId): QueryResult | null {
    if (!isPreviewable(query)) return null;
    const started = now();
    try {
      tagRows(rows);
      const head = query.trim() ? runTracked(query, rows) : { columns: [], rows: [], objects: rows.slice(0, PREVIEW_ROWS), sourceIndex: null, selected: false, grouped: false };
      const defaults = defaultColumns(type, kind, rows.slice(0, 50));
      let columns = head.columns;
      let cells = head.rows.slice(0, PREVIEW_ROWS);
      const matched = head.selected ? head.rows.length : (head.objects ?? []).length;
      if (!head.selected) {
        const objects = (head.objects ?? []).slice(0, PREVIEW_ROWS);
        columns = 'star' in head && head.star ? topLevelKeys(objects) : defaults;
        cells = objects.map((o) => columns.map((c) => cellValue(o, c)));
      }
      return { key, query, columns, rows: cells, sourceIndex: null, grouped: false, total: rows.length, rowCount: cells.length, elapsedMs: Math.round(now() - started), partial: true, matched };
    } catch {
      return null;
    }
  }

  has(key: string): boolean {
    return this.datasets.has(key);
  }

  /**
   * Runs `query` (empty means every row). Throws TslError for query errors.
   * With `window`, the answer carries only the first `window` rows (groups
   * always come whole: they are few and the chart needs them); the page asks
   * for the others as it scrolls (rows()), so a query change at 100,000 VMs
   * does not copy every matching row's cells to the page.
   */
  query(key: string, query: string, window?: number): QueryResult {
    const dataset = this.get(key);
    const started = now();
    const tracked = query.trim() ? runTracked(query, dataset.rows) : { columns: [], rows: [], objects: dataset.rows, sourceIndex: dataset.rows.map((_, i) => i), selected: false, grouped: false };
    let columns = tracked.columns;
    let rows = tracked.rows;
    let lastObjects: readonly unknown[] | undefined;
    if (!tracked.selected) {
      lastObjects = tracked.objects ?? [];
      columns = 'star' in tracked && tracked.star ? topLevelKeys(lastObjects) : dataset.info.defaultColumns;
      // Holes, filled on demand (see Dataset.lastObjects).
      rows = new Array(lastObjects.length);
    }
    const result: QueryResult = {
      key,
      query,
      columns,
      rows,
      sourceIndex: tracked.sourceIndex,
      grouped: tracked.grouped,
      total: dataset.rows.length,
      rowCount: rows.length,
      elapsedMs: Math.round(now() - started),
    };
    dataset.last = result;
    dataset.lastSelected = tracked.selected;
    dataset.lastObjects = lastObjects;
    dataset.order = undefined;
    const end = window === undefined || tracked.grouped ? rows.length : Math.min(window, rows.length);
    return { ...result, rows: cellRows(dataset, 0, end), sourceIndex: result.sourceIndex && Int32Array.from(result.sourceIndex) };
  }

  /** Row order for a clicked header, over the last result (also kept for rows() and export()). */
  sort(key: string, column: number, direction: 'asc' | 'desc'): number[] {
    const dataset = this.get(key);
    const last = dataset.last;
    if (!last) return (dataset.order = []);
    // Only the sorted column's cells are needed: not every row's every cell.
    const keys = dataset.lastObjects ? Array.from({ length: last.rows.length }, (_, i) => [cellAt(dataset, i, column)]) : last.rows;
    dataset.order = sortOrder(keys, dataset.lastObjects ? 0 : column, direction);
    return dataset.order;
  }

  /** sort() whose order stays here (rows() and export() use it); answers the row count only. */
  sortInPlace(key: string, column: number, direction: 'asc' | 'desc'): number {
    return this.sort(key, column, direction).length;
  }

  /**
   * Rows `start` to `end` (exclusive) of the result of `query`, in display
   * order (after a sort). Only the last result is kept: if another query ran
   * since (the plan wizard's, or a cached result shown again), this one is run
   * again first, so a window never holds another query's rows.
   */
  rows(key: string, query: string, start: number, end: number): RowWindow {
    const dataset = this.get(key);
    if (dataset.last?.query !== query) this.query(key, query);
    const last = dataset.last!;
    const stop = Math.min(end, last.rows.length);
    const indices: number[] = [];
    for (let p = Math.max(0, start); p < stop; p++) indices.push(dataset.order ? dataset.order[p] : p);
    return { start, indices, rows: indices.map((i) => (dataset.lastObjects ? cellRow(dataset, i) : last.rows[i])) };
  }

  /** Whole source objects, for the drawer and plan creation. */
  objects(key: string, indices: readonly number[]): unknown[] {
    const { rows } = this.get(key);
    return indices.map((i) => rows[i] ?? null);
  }

  /**
   * The last result as a file. JSON of a query without SELECT gives the whole
   * objects (what people want to feed to other tools); otherwise the columns.
   */
  export(key: string, format: 'csv' | 'json', explicitOrder?: readonly number[]): string {
    const dataset = this.get(key);
    const order = explicitOrder ?? dataset.order;
    const last = dataset.last;
    if (!last) return format === 'csv' ? '' : '[]\n';
    if (format !== 'csv' && !dataset.lastSelected && last.sourceIndex) {
      const indices = order ? order.map((i) => last.sourceIndex![i]) : Array.from(last.sourceIndex);
      return `${JSON.stringify(indices.map((i) => dataset.rows[i]), null, 2)}\n`;
    }
    const table = { ...last, rows: cellRows(dataset, 0, last.rows.length) };
    return format === 'csv' ? toCsv(table, order) : toJson(table, order);
  }

  private get(key: string): Dataset {
    const dataset = this.datasets.get(key);
    if (!dataset) throw new DatasetMissingError(`Collection ${key} is not loaded`);
    // Refresh its place in the LRU order.
    this.datasets.delete(key);
    this.datasets.set(key, dataset);
    return dataset;
  }
}
