/**
 * Client-side sort for a clicked column header: returns an order (row
 * indices) so the result rows themselves are never copied. Nulls last in
 * both directions, numbers numerically, strings by natural compare.
 */

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export const compareCells = (a: unknown, b: unknown): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const text = (v: unknown) => (typeof v === 'object' ? JSON.stringify(v) : String(v));
  return collator.compare(text(a), text(b));
};

const isMissing = (v: unknown) => v === null || v === undefined;

export const sortOrder = (rows: readonly (readonly unknown[])[], column: number, direction: 'asc' | 'desc'): number[] => {
  const order = rows.map((_, i) => i);
  const sign = direction === 'asc' ? 1 : -1;
  order.sort((i, j) => {
    const a = rows[i][column];
    const b = rows[j][column];
    if (isMissing(a) || isMissing(b)) return isMissing(a) === isMissing(b) ? i - j : isMissing(a) ? 1 : -1;
    return sign * compareCells(a, b) || i - j; // stable: ties keep query order
  });
  return order;
};
