/**
 * CSV and JSON renderings of a result table, for the export buttons.
 * CSV follows RFC 4180 (CRLF, quotes doubled) and guards against spreadsheet
 * formula injection: VM names come from the source platform, not from us.
 */

export interface ResultTable {
  columns: readonly string[];
  rows: readonly (readonly unknown[])[];
}

const FORMULA_START = /^[=+\-@\t\r]/;

const csvField = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  // A leading = + - @ makes spreadsheets evaluate the cell; a quote prefix keeps it text.
  // Numbers are exempt so negative values stay numbers.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const toCsv = (table: ResultTable, order?: readonly number[]): string => {
  const lines = [table.columns.map(csvField).join(',')];
  const indices = order ?? table.rows.map((_, i) => i);
  for (const i of indices) lines.push(table.rows[i].map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
};

/** Rows as objects keyed by column name (duplicate names get `_2`, `_3`...). */
export const toJsonRows = (table: ResultTable, order?: readonly number[]): Record<string, unknown>[] => {
  const seen = new Map<string, number>();
  const keys = table.columns.map((column) => {
    const n = (seen.get(column) ?? 0) + 1;
    seen.set(column, n);
    return n === 1 ? column : `${column}_${n}`;
  });
  const indices = order ?? table.rows.map((_, i) => i);
  return indices.map((i) => Object.fromEntries(keys.map((key, c) => [key, table.rows[i][c] ?? null])));
};

export const toJson = (table: ResultTable, order?: readonly number[]): string => `${JSON.stringify(toJsonRows(table, order), null, 2)}\n`;

/** A file name such as `vsphere-1-vms-2026-11-25.csv` (no characters file systems dislike). */
export const exportFileName = (parts: readonly string[], extension: string, now = new Date()): string =>
  `${[...parts, now.toISOString().slice(0, 10)].map((p) => p.replace(/[^A-Za-z0-9._-]+/g, '_')).join('-')}.${extension}`;

/** Browser download through a Blob URL (nothing leaves the page). */
export const downloadText = (text: string, fileName: string, mimeType: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
