/**
 * The result rows in a PatternFly table that renders only the rows in view
 * (TanStack Virtual), so 100,000 rows scroll as smoothly as 100. Rows have a
 * fixed height; the rows above and below the window are two spacer rows.
 */
import * as React from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Table, Tbody, Td, Th, Thead, Tr, type ThProps } from '@patternfly/react-table';
import { useForkliftTranslation } from '../utils/i18n';
import { CONCERNS_COLUMN, formatCell } from './columns';
import { ConcernsCell } from './ConcernsCell';
import type { RowSource } from './rowSource';

const ROW_HEIGHT = 40;
// One line per cell, however long the value: the virtualizer assumes a fixed row height.
// The table grows sideways instead and the scroller scrolls both ways.
const CELL_STYLE: React.CSSProperties = { maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis' };

export interface ResultsTableProps {
  columns: readonly string[];
  /** The rows by display position (a header sort is applied by whoever holds them). */
  source: RowSource;
  sort?: { column: number; direction: 'asc' | 'desc' };
  onSort: (column: number, direction: 'asc' | 'desc') => void;
  /** Row selection (by result row index), only when rows are selectable VMs. */
  selectable: boolean;
  selected: ReadonlySet<number>;
  onSelect: (rows: number[], selected: boolean) => void;
  activeRow?: number;
  onOpen: (row: number) => void;
  height: number;
}

export const ResultsTable: React.FC<ResultsTableProps> = ({
  columns, source, sort, onSort, selectable, selected, onSelect, activeRow, onOpen, height,
}) => {
  const { t } = useForkliftTranslation();
  const scroller = React.useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: source.count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows drawn beyond the view: each is a PatternFly row of cells to mount when a fast scroll jumps,
    // so few (12 made the longest task of a fast scroll at 100,000 rows ~85 ms; bench/inventory).
    overscan: 5,
    // Render a first window before the scroller is measured (and where it never is: jsdom).
    initialRect: { width: 1000, height },
  });
  const items = virtualizer.getVirtualItems();
  const top = items.length > 0 ? items[0].start : 0;
  const bottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const allSelected = source.count > 0 && selected.size === source.count;
  // Ask for the rows in view (and the overscan) whenever the window or the source changes.
  const first = items.length > 0 ? items[0].index : 0;
  const last = items.length > 0 ? items[items.length - 1].index + 1 : 0;
  React.useEffect(() => source.want?.(first, last), [source, first, last]);
  const firstDataColumn = selectable ? 1 : 0;

  const sortParams = (index: number): ThProps['sort'] => ({
    sortBy: sort ? { index: sort.column + firstDataColumn, direction: sort.direction } : {},
    onSort: (_event, _index, direction) => onSort(index, direction),
    columnIndex: index + firstDataColumn,
  });

  return (
    <div ref={scroller} style={{ height, overflow: 'auto' }} data-testid="inventory-results-scroller">
      <Table
        aria-label={t('Query results')}
        aria-rowcount={source.count + 1}
        variant="compact"
        isStickyHeader
        data-testid="inventory-results"
      >
        <Thead>
          <Tr>
            {selectable && (
              <Th
                select={{ onSelect: (_event, isSelecting) => onSelect(Array.from({ length: source.count }, (_, i) => i), isSelecting), isSelected: allSelected }}
                aria-label={t('Select all rows')}
              />
            )}
            {columns.map((column, i) => (
              <Th key={`${column}-${i}`} sort={sortParams(i)} modifier="nowrap">
                {column}
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {top > 0 && (
            <Tr aria-hidden style={{ height: top }}>
              <Td colSpan={columns.length + firstDataColumn} />
            </Tr>
          )}
          {items.map((item) => {
            const sourceRow = source.at(item.index);
            if (!sourceRow) {
              // Not arrived yet from the worker: a row of the same height, so scrolling never jumps.
              return (
                <Tr key={item.key} style={{ height: ROW_HEIGHT }} aria-rowindex={item.index + 2} aria-busy data-testid="inventory-result-row-loading">
                  <Td colSpan={columns.length + firstDataColumn} aria-label={t('Loading')} />
                </Tr>
              );
            }
            const { index: rowIndex, cells: row } = sourceRow;
            return (
              <Tr
                key={item.key}
                isClickable
                isRowSelected={activeRow === rowIndex}
                onRowClick={(event) => {
                  // The checkbox selects; anywhere else opens the details.
                  if ((event?.target as HTMLElement | undefined)?.closest('input')) return;
                  onOpen(rowIndex);
                }}
                style={{ height: ROW_HEIGHT }}
                aria-rowindex={item.index + 2}
                data-testid="inventory-result-row"
              >
                {selectable && (
                  <Td
                    select={{
                      rowIndex,
                      onSelect: (_event, isSelecting) => onSelect([rowIndex], isSelecting),
                      isSelected: selected.has(rowIndex),
                    }}
                  />
                )}
                {columns.map((column, c) => (
                  <Td key={c} dataLabel={column} modifier="nowrap" style={CELL_STYLE}>
                    {column === CONCERNS_COLUMN && Array.isArray(row[c]) ? <ConcernsCell value={row[c]} /> : formatCell(row[c])}
                  </Td>
                ))}
              </Tr>
            );
          })}
          {bottom > 0 && (
            <Tr aria-hidden style={{ height: bottom }}>
              <Td colSpan={columns.length + firstDataColumn} />
            </Tr>
          )}
        </Tbody>
      </Table>
    </div>
  );
};
