/**
 * The result rows in a PatternFly table that renders only the rows in view
 * (TanStack Virtual), so 100,000 rows scroll as smoothly as 100. Rows have a
 * fixed height; the rows above and below the window are two spacer rows.
 */
import * as React from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { observeRectAfterLayout, scrollExceptOnAttach } from './virtualizerLayout';
import { Table, Tbody, Th, Thead, Tr, type ThProps } from '@patternfly/react-table';
import { useForkliftTranslation } from '../utils/i18n';
import { LoadingRow, ResultRow, ROW_HEIGHT, SpacerRow, type RowActions, type RowLabels } from './ResultRow';
import type { RowSource } from './rowSource';

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
  // The latest callbacks behind one stable object, so memoized rows do not re-render when they change.
  const actions = React.useRef<RowActions | null>(null);
  actions.current = { open: onOpen, select: (row, on) => onSelect([row], on) };
  const virtualizer = useVirtualizer({
    count: source.count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows drawn beyond the view: each is a PatternFly row of cells to mount when a fast scroll jumps,
    // so few (12 made the longest task of a fast scroll at 100,000 rows ~85 ms; bench/inventory).
    overscan: 5,
    // Render a first window before the scroller is measured (and where it never is: jsdom).
    initialRect: { width: 1000, height },
    // No forced layout when it mounts (virtualizerLayout.ts).
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollExceptOnAttach,
  });
  const labels = React.useMemo<RowLabels>(
    () => ({ select: (row) => t('Select row {{row}}', { row }), concerns: t('Concerns'), loading: t('Loading') }),
    [t],
  );
  // PatternFly's Th measures its cell (offsetWidth, a forced layout) after every render unless it is
  // given a ref: one ref per header cell, kept across renders, so it measures once when it mounts.
  // Keyed by the names: each result brings its own (equal) columns array.
  const columnsKey = columns.join('\u0000');
  const headerRefs = React.useMemo(() => columns.map(() => React.createRef<HTMLTableCellElement>()), [columnsKey]); // eslint-disable-line react-hooks/exhaustive-deps
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
              <Th key={`${column}-${i}`} ref={headerRefs[i]} sort={sortParams(i)} modifier="nowrap">
                {column}
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {top > 0 && <SpacerRow height={top} span={columns.length + firstDataColumn} />}
          {items.map((item) => {
            const sourceRow = source.at(item.index);
            if (!sourceRow) {
              // Not arrived yet from the worker: a row of the same height, so scrolling never jumps.
              return <LoadingRow key={item.key} ariaRowIndex={item.index + 2} span={columns.length + firstDataColumn} label={labels.loading} />;
            }
            return (
              <ResultRow
                key={item.key}
                columns={columns}
                rowIndex={sourceRow.index}
                ariaRowIndex={item.index + 2}
                cells={sourceRow.cells}
                selectable={selectable}
                selected={selected.has(sourceRow.index)}
                active={activeRow === sourceRow.index}
                actions={actions}
                labels={labels}
              />
            );
          })}
          {bottom > 0 && <SpacerRow height={bottom} span={columns.length + firstDataColumn} />}
        </Tbody>
      </Table>
    </div>
  );
};
