import * as React from 'react';
import {
  ListPageHeader,
  useActiveNamespace,
  useK8sWatchResource,
  type K8sModel,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Bullseye, EmptyState, EmptyStateBody, PageSection, SearchInput, Spinner, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ALL_NAMESPACES, gvkOf } from '../k8s/models';
import { errorMessage } from '../utils/errors';
import { useForkliftTranslation } from '../utils/i18n';
import { filterByName, sortItems, type SortableColumn } from './resourceColumns';

export interface ResourceColumn<T> extends SortableColumn<T> {
  title: string;
  cell: (item: T) => React.ReactNode;
  /** Percent of the table width, for columns that need room (e.g. progress bars). */
  width?: 10 | 15 | 20 | 25 | 30 | 40;
}

interface Props<T> {
  model: K8sModel;
  title: string;
  /** Shown when the namespace has none of these resources. */
  emptyText: string;
  columns: ResourceColumn<T>[];
  /** Given by the console for console.page/resource/list routes. */
  namespace?: string;
  /** Buttons in the page header (e.g. "Create plan"). */
  actions?: React.ReactNode;
}

/**
 * A live list of one Forklift kind: watched in the active namespace (or all),
 * filterable by name, sortable by any column with a sort value, with real
 * loading, error and empty states. Pages supply only their columns.
 */
export function ResourceListPage<T extends K8sResourceCommon>({ model, title, emptyText, columns, namespace: namespaceProp, actions }: Props<T>) {
  const { t } = useForkliftTranslation();
  const [activeNamespace] = useActiveNamespace();
  const namespace = namespaceProp ?? activeNamespace;
  const allNamespaces = !namespace || namespace === ALL_NAMESPACES;
  const [items, loaded, loadError] = useK8sWatchResource<T[]>({
    groupVersionKind: gvkOf(model),
    namespace: allNamespaces ? undefined : namespace,
    isList: true,
  });
  const [text, setText] = React.useState('');
  // By column id, not position: the Namespace column comes and goes with the namespace.
  const [sort, setSort] = React.useState<{ id: string; direction: 'asc' | 'desc' }>({ id: 'name', direction: 'asc' });
  const allColumns: ResourceColumn<T>[] = React.useMemo(
    () => [
      { id: 'name', title: t('Name'), cell: (item: T) => item.metadata?.name, sortValue: (item: T) => item.metadata?.name },
      ...(allNamespaces
        ? [{ id: 'namespace', title: t('Namespace'), cell: (item: T) => item.metadata?.namespace, sortValue: (item: T) => item.metadata?.namespace }]
        : []),
      ...columns,
    ],
    [columns, allNamespaces, t],
  );
  const rows = React.useMemo(
    () => sortItems(filterByName(items ?? [], text), allColumns.find((c) => c.id === sort.id), sort.direction),
    [items, text, allColumns, sort],
  );

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
          </ToolbarContent>
        </Toolbar>
        {loadError ? (
          <Alert isInline variant="danger" title={t('{{kind}} could not be loaded', { kind: title })}>
            {errorMessage(loadError)}
          </Alert>
        ) : !loaded ? (
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
                            columnIndex: index,
                          }
                        : undefined
                    }
                  >
                    {column.title}
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((item) => (
                <Tr key={item.metadata?.uid ?? `${item.metadata?.namespace}/${item.metadata?.name}`}>
                  {allColumns.map((column) => (
                    <Td key={column.id} dataLabel={column.title}>
                      {column.cell(item)}
                    </Td>
                  ))}
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </PageSection>
    </>
  );
}
