/**
 * Everything under the editor once a query has run: the row count, export and
 * "Create migration plan" buttons, the chart for grouped results, the
 * virtualized table, and the details drawer.
 */
import * as React from 'react';
import { useNavigate } from 'react-router';
import {
  Alert,
  AlertActionCloseButton,
  Button,
  Drawer,
  DrawerContent,
  DrawerContentBody,
  EmptyState,
  EmptyStateBody,
  Spinner,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import { errorMessage } from '../utils/errors';
import { useForkliftTranslation } from '../utils/i18n';
import { BarChart } from './BarChart';
import { barChartData } from './chartData';
import type { QueryResult } from './engine/inventoryEngine';
import { downloadText, exportFileName } from './exportResults';
import { createPlanHref } from './planLink';
import { RowDetails } from './RowDetails';
import { ResultsTable } from './ResultsTable';
import { engineClient } from './useInventoryEngine';
import { useResultWindow } from './useResultWindow';

const STALE_STYLE: React.CSSProperties = { opacity: 0.6, pointerEvents: 'none' };

/** A plan link carries the VM ids in the URL; beyond this it gets too long for browsers and proxies. */
const MAX_PLAN_VMS = 500;

interface Props {
  result: QueryResult;
  provider: { namespace: string; name: string };
  fileNameParts: string[];
  /** VMs can go into a migration plan. */
  canPlan: boolean;
  /**
   * A new query is running and `result` is the previous one, kept on screen
   * (not replaced by a spinner, so the table is not built again when the
   * answer comes). It is inert meanwhile: its rows, sort and exports belong to
   * a result the engine no longer holds.
   */
  running?: boolean;
}

export const ResultsView: React.FC<Props> = ({ result, provider, fileNameParts, canPlan, running = false }) => {
  const { t } = useForkliftTranslation();
  const navigate = useNavigate();
  const [sort, setSort] = React.useState<{ column: number; direction: 'asc' | 'desc' }>();
  // Header sorts run in the worker, which keeps the order; each one bumps this so the rows are fetched again.
  const [orderVersion, setOrderVersion] = React.useState(0);
  const [selected, setSelected] = React.useState<Set<number>>(new Set());
  const [active, setActive] = React.useState<{ row: number; object?: unknown }>();
  const [actionError, setActionError] = React.useState<string>();

  // Engine answers (sort order, row objects) arrive later; one for an older
  // result must not land on a new one (its row indices may not exist there).
  const currentResult = React.useRef(result);
  currentResult.current = result;
  const forThisResult =
    <A,>(apply: (value: A) => void) =>
    (value: A) => {
      if (currentResult.current === result) apply(value);
    };

  // A new result starts unsorted, unselected, with the drawer closed. Reset while rendering (React
  // renders again at once, before committing) rather than in an effect: an effect would commit the
  // new rows twice, each with its own style and layout pass.
  const [stateOf, setStateOf] = React.useState(result);
  if (stateOf !== result) {
    setStateOf(result);
    setSort(undefined);
    setOrderVersion(0);
    setSelected(new Set());
    setActive(undefined);
    setActionError(undefined);
  }

  const selectable = canPlan && !!result.sourceIndex;
  const chart = React.useMemo(() => (result.grouped ? barChartData(result.columns, result.rows) : null), [result]);

  const windowSource = useResultWindow(result, orderVersion, forThisResult((e: unknown) => setActionError(errorMessage(e))));
  // While the next query runs, no windows are fetched for this one (the engine would run it again).
  const source = React.useMemo(() => (running ? { count: windowSource.count, at: windowSource.at } : windowSource), [running, windowSource]);

  const onSort = (column: number, direction: 'asc' | 'desc') => {
    setSort({ column, direction });
    engineClient()
      .sortInPlace(result.key, column, direction)
      .then(forThisResult(() => setOrderVersion((v) => v + 1)))
      .catch(forThisResult((e: unknown) => setActionError(errorMessage(e))));
  };

  const onOpen = (row: number) => {
    const sourceRow = result.sourceIndex?.[row];
    if (sourceRow === undefined || sourceRow < 0) {
      // A group: its own columns are all there is to show.
      setActive({ row, object: Object.fromEntries(result.columns.map((c, i) => [c, result.rows[row][i]])) });
      return;
    }
    setActive({ row });
    engineClient()
      .objects(result.key, [sourceRow])
      .then(forThisResult(([object]: unknown[]) => setActive((current) => (current?.row === row ? { row, object } : current))))
      .catch(forThisResult((e: unknown) => setActionError(errorMessage(e))));
  };

  const onSelect = (rows: number[], isSelecting: boolean) =>
    setSelected((current) => {
      if (rows.length === result.rowCount) return isSelecting ? new Set(rows) : new Set();
      const next = new Set(current);
      for (const r of rows) {
        if (isSelecting) next.add(r);
        else next.delete(r);
      }
      return next;
    });

  const exportAs = (format: 'csv' | 'json') =>
    engineClient()
      .export(result.key, format)
      .then((text) =>
        downloadText(text, exportFileName(fileNameParts, format), format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json'),
      )
      .catch((e) => setActionError(errorMessage(e)));

  const createPlan = async () => {
    const indices = [...selected].map((r) => result.sourceIndex![r]).filter((i) => i >= 0);
    try {
      const objects = (await engineClient().objects(result.key, indices)) as { id?: string }[];
      const ids = objects.map((o) => o?.id).filter((id): id is string => typeof id === 'string');
      navigate(createPlanHref(provider, ids));
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };

  const activeTitle =
    active === undefined
      ? ''
      : String(
          (active.object as { name?: unknown } | undefined)?.name ??
            (result.columns[0] !== undefined ? result.rows[active.row]?.[0] ?? '' : ''),
        );

  const table = (
    <ResultsTable
      columns={result.columns}
      source={source}
      sort={sort}
      onSort={onSort}
      selectable={selectable}
      selected={selected}
      onSelect={onSelect}
      activeRow={active?.row}
      onOpen={onOpen}
      height={chart ? 360 : 560}
    />
  );

  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem alignSelf="center">
            {running ? (
              <span data-testid="inventory-query-running">
                <Spinner size="md" aria-label={t('Running the query')} /> {t('Running the query…')}
              </span>
            ) : (
              <>
                <span data-testid="inventory-result-count">
                  {t('{{shown}} of {{total}} rows', { shown: result.rowCount.toLocaleString(), total: result.total.toLocaleString() })}
                </span>
                <span style={{ marginLeft: 8, color: 'var(--pf-t--global--text--color--subtle)' }}>
                  {t('in {{ms}} ms', { ms: result.elapsedMs })}
                </span>
              </>
            )}
          </ToolbarItem>
          <ToolbarGroup align={{ default: 'alignEnd' }}>
            {selectable && (
              <ToolbarItem>
                <Button
                  variant="primary"
                  isDisabled={running || selected.size === 0 || selected.size > MAX_PLAN_VMS}
                  onClick={() => void createPlan()}
                  data-testid="inventory-create-plan"
                >
                  {selected.size > MAX_PLAN_VMS
                    ? t('Select at most {{max}} VMs for one plan', { max: MAX_PLAN_VMS })
                    : t('Create migration plan ({{count}})', { count: selected.size })}
                </Button>
              </ToolbarItem>
            )}
            <ToolbarItem>
              <Button variant="secondary" onClick={() => void exportAs('csv')} isDisabled={running || result.rowCount === 0}>
                {t('Export CSV')}
              </Button>
            </ToolbarItem>
            <ToolbarItem>
              <Button variant="secondary" onClick={() => void exportAs('json')} isDisabled={running || result.rowCount === 0}>
                {t('Export JSON')}
              </Button>
            </ToolbarItem>
          </ToolbarGroup>
        </ToolbarContent>
      </Toolbar>
      {actionError && (
        <Alert isInline variant="danger" title={t('The action failed')} actionClose={<AlertActionCloseButton onClose={() => setActionError(undefined)} aria-label={t('Dismiss')} />}>
          {actionError}
        </Alert>
      )}
      {chart && <BarChart data={chart} />}
      {result.total === 0 ? (
        <EmptyState titleText={t('The inventory has nothing of this kind for this provider')} headingLevel="h2" data-testid="inventory-no-rows" />
      ) : result.rowCount === 0 ? (
        <EmptyState titleText={t('No rows match the query')} headingLevel="h2" data-testid="inventory-no-rows">
          <EmptyStateBody>{t('The collection has {{total}} rows; none of them matched.', { total: result.total.toLocaleString() })}</EmptyStateBody>
        </EmptyState>
      ) : (
        <Drawer isExpanded={active !== undefined} isInline>
          <DrawerContent
            panelContent={
              active !== undefined ? <RowDetails object={active.object} title={activeTitle} onClose={() => setActive(undefined)} /> : undefined
            }
          >
            <DrawerContentBody>
              {/* Always this wrapper, so the table stays mounted when a query starts or ends. */}
              <div aria-busy={running || undefined} style={running ? STALE_STYLE : undefined} data-testid="inventory-results-region">
                {table}
              </div>
            </DrawerContentBody>
          </DrawerContent>
        </Drawer>
      )}
    </>
  );
};
