/**
 * Runs a TSL query and, when the result rows are individual source rows
 * (no GROUP BY, no aggregates), says which source row each result row came
 * from: the drawer, the VM selection and "Create migration plan" need the
 * whole object even when SELECT chose three columns.
 *
 * How: every loaded row carries a non-enumerable index property (invisible to
 * JSON, Object.keys and field completion, but readable by a TSL path), and a
 * SELECT list gets one more item reading it, spliced into the query text right
 * after the last SELECT item. Error offsets after the splice are shifted back,
 * so markers still point into what the person typed.
 */
import { compileQuery, parseQuery, runQuery, TslError } from '../../tsl';

export const ROW_TAG = '__forklift_row__';
const SPLICE = `, ${ROW_TAG} AS ${ROW_TAG}`;

export interface TrackedResult {
  columns: string[];
  rows: unknown[][];
  /** Source row index per result row, or null when rows are groups/aggregates. */
  sourceIndex: number[] | null;
  /** True when the query had an explicit SELECT list or GROUP BY (the columns are the query's). */
  selected: boolean;
  /** True when rows are groups (GROUP BY, HAVING or aggregates): shown with a chart. */
  grouped: boolean;
  /** Without SELECT: the matching rows themselves (columns and rows are then empty). */
  objects?: unknown[];
  /** `SELECT *`: show every top-level field rather than the default columns. */
  star?: boolean;
}

/** Gives each row its hidden index. Rows are the engine's own parsed objects. */
export const tagRows = (rows: readonly unknown[]): void => {
  rows.forEach((row, index) => {
    if (row && typeof row === 'object') Object.defineProperty(row, ROW_TAG, { value: index, enumerable: false, configurable: true });
  });
};

const tagOf = (row: unknown): number | undefined => {
  const value = row && typeof row === 'object' ? (row as Record<string, unknown>)[ROW_TAG] : undefined;
  return typeof value === 'number' ? value : undefined;
};

interface RawResult {
  columns: string[];
  rows: unknown[];
}

/** runQuery's rows as arrays in column order, whatever shape the engine gives them in. */
const asCells = (columns: readonly string[], row: unknown): unknown[] =>
  Array.isArray(row) ? row : columns.map((c) => (row as Record<string, unknown> | null)?.[c] ?? null);

export const runTracked = (query: string, rows: readonly unknown[]): TrackedResult => {
  const ast = parseQuery(query); // throws TslError with offsets in `query`
  // Also throws compile errors with the person's offsets. Whether `SELECT sum(x)` groups depends on the rows.
  const grouped = compileQuery(ast).aggregatesOver(rows);
  const selected = Array.isArray(ast.select) || grouped;
  if (Array.isArray(ast.select) && !grouped && ast.select.length > 0) {
    const last = ast.select[ast.select.length - 1];
    const at = last.offset + last.length;
    const spliced = query.slice(0, at) + SPLICE + query.slice(at);
    let raw: RawResult | undefined;
    try {
      raw = runQuery(spliced, rows) as RawResult;
    } catch (error) {
      // A query error: rerun the original below so its offsets are the person's.
      if (!(error instanceof TslError)) throw error;
    }
    if (raw) {
      const tagColumn = raw.columns.lastIndexOf(ROW_TAG);
      if (tagColumn >= 0) {
        const cells = raw.rows.map((row) => asCells(raw.columns, row));
        return {
          columns: raw.columns.filter((_, i) => i !== tagColumn),
          rows: cells.map((r) => r.filter((_, i) => i !== tagColumn)),
          sourceIndex: cells.map((r) => (typeof r[tagColumn] === 'number' ? (r[tagColumn] as number) : -1)),
          selected,
          grouped,
        };
      }
    }
  }
  const raw = runQuery(query, rows) as RawResult;
  if (!selected) {
    // No SELECT: the rows are source rows; the engine shows its default columns.
    const tags = raw.rows.map(tagOf);
    const tracked = tags.every((t) => t !== undefined);
    return { columns: [], rows: [], objects: raw.rows, sourceIndex: tracked ? (tags as number[]) : null, selected, grouped, star: ast.select === '*' };
  }
  return { columns: raw.columns, rows: raw.rows.map((row) => asCells(raw.columns, row)), sourceIndex: null, selected, grouped };
};
