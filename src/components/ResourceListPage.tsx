import * as React from 'react';
import {
  k8sListItems,
  ListPageHeader,
  useActiveNamespace,
  useK8sWatchResource,
  type K8sModel,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  Bullseye,
  Checkbox,
  EmptyState,
  EmptyStateBody,
  FormSelect,
  FormSelectOption,
  PageSection,
  SearchInput,
  Spinner,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ALL_NAMESPACES, gvkOf } from '../k8s/models';
import { useForkliftTranslation } from '../utils/i18n';
import { filterByName, sortItems, type SortableColumn } from './resourceColumns';
import { StaleDataAlert } from './StaleDataAlert';
import { TruncatedName } from './TruncatedName';
import { useLastGood } from './useLastGood';

export interface ResourceColumn<T> extends SortableColumn<T> {
  title: string;
  cell: (item: T) => React.ReactNode;
  /** Percent of the table width, for columns that need room (e.g. progress bars). */
  width?: 10 | 15 | 20 | 25 | 30 | 40;
}

/** A toolbar drop-down that keeps the rows whose `value` equals the chosen option. */
export interface ListFilter<T> {
  id: string;
  label: string;
  allLabel: string;
  options: { value: string; label: string }[];
  value: (item: T) => string;
}

interface Props<T> {
  model: K8sModel;
  title: string;
  /** Shown when the namespace has none of these resources. */
  emptyText: string;
  columns: ResourceColumn<T>[];
  /** Given by the console for console.page/resource/list routes. */
  namespace?: string;
  /** The name cell (e.g. a link to the details page); plain text by default. */
  nameCell?: (item: T) => React.ReactNode;
  /** A kebab or buttons at the end of each row. */
  rowActions?: (item: T) => React.ReactNode;
  filters?: ListFilter<T>[];
  /** With it, rows get checkboxes and the toolbar shows what this returns for the selected rows. */
  bulkActions?: (selected: T[], clearSelection: () => void) => React.ReactNode;
  /** Buttons in the page header (e.g. "Create plan"). */
  actions?: React.ReactNode;
}

const keyOf = (item: K8sResourceCommon) => item.metadata?.uid ?? `${item.metadata?.namespace}/${item.metadata?.name}`;

/**
 * A live list of one Forklift kind: watched in the active namespace (or all),
 * filterable by name, sortable by any column with a sort value, with real
 * loading, error and empty states. Pages supply only their columns.
 */
export function ResourceListPage<T extends K8sResourceCommon>({
  model,
  title,
  emptyText,
  columns,
  namespace: namespaceProp,
  nameCell,
  rowActions,
  filters,
  bulkActions,
  actions,
}: Props<T>) {
  const { t } = useForkliftTranslation();
  const [activeNamespace] = useActiveNamespace();
  const namespace = namespaceProp ?? activeNamespace;
  const allNamespaces = !namespace || namespace === ALL_NAMESPACES;
  const [watched, loaded, loadError] = useK8sWatchResource<T[]>({
    groupVersionKind: gvkOf(model),
    namespace: allNamespaces ? undefined : namespace,
    isList: true,
  });
  const refetch = React.useCallback(
    () => k8sListItems<T>({ model, queryParams: allNamespaces ? {} : { ns: namespace } }),
    [model, allNamespaces, namespace],
  );
  // A list that had loaded keeps its rows when a refresh fails: marked stale, the error above.
  const shown = useLastGood(watched, loaded, loadError, refetch);
  const items = shown.data;
  const [text, setText] = React.useState('');
  // By column id, not position: the Namespace column comes and goes with the namespace.
  const [sort, setSort] = React.useState<{ id: string; direction: 'asc' | 'desc' }>({ id: 'name', direction: 'asc' });
  const allColumns: ResourceColumn<T>[] = React.useMemo(
    () => [
      { id: 'name', title: t('Name'), cell: nameCell ?? ((item: T) => <TruncatedName name={item.metadata?.name} />), sortValue: (item: T) => item.metadata?.name },
      ...(allNamespaces
        ? [
            {
              id: 'namespace',
              title: t('Namespace'),
              cell: (item: T) => <TruncatedName name={item.metadata?.namespace} maxWidthCh={30} />,
              sortValue: (item: T) => item.metadata?.namespace,
            },
          ]
        : []),
      ...columns,
    ],
    [columns, allNamespaces, t, nameCell],
  );
  const [filterValues, setFilterValues] = React.useState<Record<string, string>>({});
  const rows = React.useMemo(() => {
    const active = (filters ?? []).filter((f) => filterValues[f.id]);
    const filtered = filterByName(items ?? [], text).filter((item) => active.every((f) => f.value(item) === filterValues[f.id]));
    return sortItems(filtered, allColumns.find((c) => c.id === sort.id), sort.direction);
  }, [items, text, allColumns, sort, filters, filterValues]);
  const [selectedKeys, setSelectedKeys] = React.useState<ReadonlySet<string>>(new Set());
  // Only rows still shown count as selected (a filter or a deletion hides the rest).
  const selected = React.useMemo(() => rows.filter((item) => selectedKeys.has(keyOf(item))), [rows, selectedKeys]);
  const clearSelection = React.useCallback(() => setSelectedKeys(new Set()), []);
  const toggle = (item: T, on: boolean) =>
    setSelectedKeys((prev) => {
      const next = new Set(prev);
      if (on) next.add(keyOf(item));
      else next.delete(keyOf(item));
      return next;
    });

  return (
    <>
      <ListPageHeader title={title}>{actions}</ListPageHeader>
      <PageSection>
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <SearchInput
                aria-label={t('Filter by name')}
                placeholder={t('Filter by name')}
                value={text}
                onChange={(_event, value) => setText(value)}
                onClear={() => setText('')}
              />
            </ToolbarItem>
            {(filters ?? []).map((f) => (
              <ToolbarItem key={f.id}>
                <FormSelect
                  aria-label={f.label}
                  value={filterValues[f.id] ?? ''}
                  onChange={(_event, value) => setFilterValues((prev) => ({ ...prev, [f.id]: value }))}
                >
                  <FormSelectOption value="" label={f.allLabel} />
                  {f.options.map((o) => (
                    <FormSelectOption key={o.value} value={o.value} label={o.label} />
                  ))}
                </FormSelect>
              </ToolbarItem>
            ))}
            {bulkActions ? <ToolbarItem>{bulkActions(selected, clearSelection)}</ToolbarItem> : null}
          </ToolbarContent>
        </Toolbar>
        <StaleDataAlert state={shown.state} error={shown.error} what={title} at={shown.at} onRetry={shown.retry} />
        {shown.state === 'failed' ? null : shown.state === 'loading' ? (
          <Bullseye>
            <Spinner aria-label={t('Loading {{kind}}', { kind: title })} />
          </Bullseye>
        ) : (items ?? []).length === 0 ? (
          <EmptyState titleText={t('No {{kind}}', { kind: title })} headingLevel="h2">
            <EmptyStateBody>{emptyText}</EmptyStateBody>
          </EmptyState>
        ) : rows.length === 0 ? (
          <EmptyState titleText={t('Nothing matches the filter')} headingLevel="h2" />
        ) : (
          <Table aria-label={title} variant="compact">
            <Thead>
              <Tr>
                {bulkActions ? (
                  <Th screenReaderText={t('Select')}>
                    <Checkbox
                      id="select-all-rows"
                      aria-label={t('Select all')}
                      isChecked={rows.length > 0 && selected.length === rows.length}
                      onChange={(_event, on) => setSelectedKeys(on ? new Set(rows.map(keyOf)) : new Set())}
                    />
                  </Th>
                ) : null}
                {allColumns.map((column, index) => (
                  <Th
                    key={column.id}
                    modifier="wrap"
                    width={column.width}
                    sort={
                      column.sortValue
                        ? {
                            sortBy: { index: allColumns.findIndex((c) => c.id === sort.id), direction: sort.direction },
                            onSort: (_event, _index, direction) => setSort({ id: column.id, direction }),
                            columnIndex: index + (bulkActions ? 1 : 0),
                          }
                        : undefined
                    }
                  >
                    {column.title}
                  </Th>
                ))}
                {rowActions ? <Th screenReaderText={t('Actions')} /> : null}
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((item) => (
                <Tr key={keyOf(item)}>
                  {bulkActions ? (
                    <Td>
                      <Checkbox
                        id={`select-${keyOf(item)}`}
                        aria-label={t('Select {{name}}', { name: item.metadata?.name })}
                        isChecked={selectedKeys.has(keyOf(item))}
                        onChange={(_event, on) => toggle(item, on)}
                      />
                    </Td>
                  ) : null}
                  {allColumns.map((column) => (
                    <Td key={column.id} dataLabel={column.title}>
                      {column.cell(item)}
                    </Td>
                  ))}
                  {rowActions ? <Td isActionCell>{rowActions(item)}</Td> : null}
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </PageSection>
    </>
  );
}
