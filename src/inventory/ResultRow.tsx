/**
 * One row of the virtualized results table, as plain `<tr>`/`<td>` with
 * PatternFly's table classes instead of PatternFly's `Tr`/`Td` components.
 *
 * Why not `Td`: each one runs several hooks and an effect that reads the
 * cell's `offsetWidth` (for its own truncation tooltip), and `Tr` one more
 * effect. A fast scroll through 100,000 rows mounts a fresh window of rows on
 * every frame, so those per-cell costs and the forced layouts were most of
 * the scroll's long tasks (bench/inventory). The markup and classes are the
 * ones `Tr`/`Td` render, so the table looks and reads the same (cells are
 * `gridcell`s of the `grid` table); the row is memoized, so rows that stay in
 * view are not rendered again while scrolling.
 */
import * as React from 'react';
import { CONCERNS_COLUMN, formatCell } from './columns';
import { ConcernsCell } from './ConcernsCell';

export const ROW_HEIGHT = 40;
// One line per cell, however long the value: the virtualizer assumes a fixed row height.
// The table grows sideways instead and the scroller scrolls both ways.
const CELL_STYLE: React.CSSProperties = { maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis' };
const ROW_STYLE: React.CSSProperties = { height: ROW_HEIGHT };

/** What rows call back; kept in one stable object so a row's props only change with its own data. */
export interface RowActions {
  open(rowIndex: number): void;
  select(rowIndex: number, selected: boolean): void;
}

interface ResultRowProps {
  columns: readonly string[];
  /** The row's index in its result. */
  rowIndex: number;
  /** Its 1-based position in the grid, header row included (aria-rowindex). */
  ariaRowIndex: number;
  cells: readonly unknown[];
  selectable: boolean;
  selected: boolean;
  active: boolean;
  actions: React.RefObject<RowActions | null>;
  /** Translated labels, given by the table: a translation hook per row would subscribe each row to i18next. */
  labels: RowLabels;
}

export interface RowLabels {
  select(row: number): string;
  concerns: string;
  loading: string;
}

const ResultRowBase: React.FC<ResultRowProps> = ({ columns, rowIndex, ariaRowIndex, cells, selectable, selected, active, actions, labels }) => {
  const open = (event: React.SyntheticEvent) => {
    // The checkbox selects; anywhere else opens the details.
    if ((event.target as HTMLElement).closest('input')) return;
    actions.current?.open(rowIndex);
  };
  return (
    <tr
      className={`pf-v6-c-table__tr pf-m-clickable${active ? ' pf-m-selected' : ''}`}
      tabIndex={0}
      onClick={open}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
        event.preventDefault();
        open(event);
      }}
      style={ROW_STYLE}
      aria-rowindex={ariaRowIndex}
      aria-selected={active || undefined}
      data-testid="inventory-result-row"
    >
      {selectable && (
        <td className="pf-v6-c-table__td pf-v6-c-table__check">
          <div className="pf-v6-c-check pf-m-standalone">
            <input
              className="pf-v6-c-check__input"
              type="checkbox"
              checked={selected}
              onChange={(event) => actions.current?.select(rowIndex, event.currentTarget.checked)}
              aria-label={labels.select(ariaRowIndex - 1)}
            />
          </div>
        </td>
      )}
      {columns.map((column, c) => (
        <td key={c} className="pf-v6-c-table__td pf-m-nowrap" data-label={column} style={CELL_STYLE}>
          {column === CONCERNS_COLUMN && Array.isArray(cells[c]) ? <ConcernsCell value={cells[c]} label={labels.concerns} /> : formatCell(cells[c])}
        </td>
      ))}
    </tr>
  );
};

export const ResultRow = React.memo(ResultRowBase);

/** A row not arrived yet from the worker: the same height, so scrolling never jumps. */
export const LoadingRow: React.FC<{ ariaRowIndex: number; span: number; label: string }> = React.memo(({ ariaRowIndex, span, label }) => (
  <tr className="pf-v6-c-table__tr" style={ROW_STYLE} aria-rowindex={ariaRowIndex} aria-busy="true" data-testid="inventory-result-row-loading">
    <td className="pf-v6-c-table__td" colSpan={span} aria-label={label} />
  </tr>
));
LoadingRow.displayName = 'LoadingRow';

/** The rows above or below the window, as one row of their height. */
export const SpacerRow: React.FC<{ height: number; span: number }> = ({ height, span }) => (
  <tr className="pf-v6-c-table__tr" aria-hidden style={{ height }}>
    <td className="pf-v6-c-table__td" colSpan={span} />
  </tr>
);
