/**
 * What the results table draws from: a count and the row at each display
 * position, which may not have arrived yet. The inventory page's rows stay in
 * the query worker and come in windows as the table scrolls
 * (useResultWindow.ts); the wizard and the load preview hold theirs whole
 * (arrayRowSource).
 */
export interface SourceRow {
  /** The row's index in its result (what selection and the drawer use). */
  index: number;
  cells: readonly unknown[];
}

export interface RowSource {
  count: number;
  /** The row at display position `position`, or undefined while it is being fetched. */
  at(position: number): SourceRow | undefined;
  /** The table shows positions `start`..`end` (exclusive): fetch what is missing. */
  want?(start: number, end: number): void;
}

/** Rows held whole on the page, in query order or in `order` (result row indices by display position). */
export const arrayRowSource = (rows: readonly (readonly unknown[])[], order?: readonly number[]): RowSource => ({
  count: rows.length,
  at: (position) => {
    const index = order ? order[position] : position;
    const cells = index === undefined ? undefined : rows[index];
    return cells ? { index, cells } : undefined;
  },
});
