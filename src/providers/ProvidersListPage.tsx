import * as React from 'react';
import { k8sListItems, ListPageCreateLink, ListPageHeader, useActiveNamespace, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  Bullseye,
  EmptyState,
  EmptyStateBody,
  PageSection,
  SearchInput,
  Spinner,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { ALL_NAMESPACES, ProviderModel, gvkOf, referenceFor } from '../k8s/models';
import { providerCreatePath } from './paths';
import { PROVIDER_TYPES, type ProviderType, type V1beta1Provider } from '../k8s/types';
import { useInventoryProviders } from '../inventory/useInventoryProviders';
import { StaleDataAlert } from '../components/StaleDataAlert';
import { useLastGood } from '../components/useLastGood';
import { inventoryProblem } from '../utils/loadState';
import { useForkliftTranslation } from '../utils/i18n';
import { withQueryClient } from '../utils/queryClient';
import { ProvidersTable } from './ProvidersTable';
import { useProviderTypeNames } from './ProviderTypeLabel';
import { filterProviderRows, sortProviderRows, toProviderRows, type ProviderSortKey } from './providerRows';

interface Props {
  /** Given by the console for `console.page/resource/list` routes. */
  namespace?: string;
}

const ProvidersListPage: React.FC<Props> = ({ namespace: namespaceProp }) => {
  const { t } = useForkliftTranslation();
  const [activeNamespace] = useActiveNamespace();
  const namespace = namespaceProp ?? activeNamespace;
  const allNamespaces = !namespace || namespace === ALL_NAMESPACES;

  const [watched, loaded, loadError] = useK8sWatchResource<V1beta1Provider[]>({
    groupVersionKind: gvkOf(ProviderModel),
    namespaced: true,
    namespace: allNamespaces ? undefined : namespace,
    isList: true,
  });
  const refetch = React.useCallback(
    () => k8sListItems<V1beta1Provider>({ model: ProviderModel, queryParams: allNamespaces ? {} : { ns: namespace } }),
    [allNamespaces, namespace],
  );
  const shown = useLastGood(watched, loaded, loadError, refetch);
  const providers = shown.data;
  const inventory = useInventoryProviders(10_000, providers);
  const problem = inventoryProblem(inventory.error);

  const [text, setText] = React.useState('');
  const [types, setTypes] = React.useState<ProviderType[]>([]);
  const [sortBy, setSortBy] = React.useState<{ key: ProviderSortKey; direction: 'asc' | 'desc' }>({ key: 'name', direction: 'asc' });
  const typeNames = useProviderTypeNames();

  const allRows = React.useMemo(() => toProviderRows(providers ?? [], inventory.data), [providers, inventory.data]);
  const rows = React.useMemo(
    () => sortProviderRows(filterProviderRows(allRows, { text, types }), sortBy.key, sortBy.direction),
    [allRows, text, types, sortBy],
  );

  const toggleType = (type: ProviderType) =>
    setTypes((current) => (current.includes(type) ? current.filter((x) => x !== type) : [...current, type]));

  return (
    <>
      <ListPageHeader title={t('Providers')}>
        <ListPageCreateLink
          to={allNamespaces ? `/k8s/all-namespaces/${referenceFor(ProviderModel)}/~new` : providerCreatePath(namespace)}
          createAccessReview={{ groupVersionKind: referenceFor(ProviderModel), namespace: allNamespaces ? undefined : namespace }}
        >
          {t('Create provider')}
        </ListPageCreateLink>
      </ListPageHeader>
      <PageSection>
        {inventory.isError && (
          <div data-testid="inventory-unreachable">
            <StaleDataAlert
              state={inventory.data ? 'stale' : 'failed'}
              variant="warning"
              error={inventory.error}
              what={t('Inventory counts')}
              at={inventory.data ? inventory.dataUpdatedAt : undefined}
              onRetry={() => void inventory.refetch()}
              title={
                problem.unreachable
                  ? inventory.data
                    ? t('The inventory service is unreachable: showing the last counts loaded.')
                    : t('The inventory service is unreachable: inventory counts are not available.')
                  : inventory.data
                    ? t('The inventory service answered HTTP {{code}}: showing the last counts loaded.', { code: problem.code })
                    : t('The inventory service answered HTTP {{code}}: inventory counts are not available.', { code: problem.code })
              }
            />
          </div>
        )}
        <Toolbar clearAllFilters={() => { setText(''); setTypes([]); }}>
          <ToolbarContent>
            <ToolbarItem>
              <SearchInput
                aria-label={t('Filter providers by name or endpoint')}
                placeholder={t('Filter by name or endpoint')}
                value={text}
                onChange={(_event, value) => setText(value)}
                onClear={() => setText('')}
              />
            </ToolbarItem>
            <ToolbarItem>
              <ToggleGroup aria-label={t('Filter providers by type')}>
                {PROVIDER_TYPES.map((type) => (
                  <ToggleGroupItem
                    key={type}
                    text={typeNames[type]}
                    buttonId={`provider-type-${type}`}
                    isSelected={types.includes(type)}
                    onChange={() => toggleType(type)}
                  />
                ))}
              </ToggleGroup>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        <StaleDataAlert state={shown.state} error={shown.error} what={t('Providers')} at={shown.at} onRetry={shown.retry} />
        {shown.state === 'failed' ? null : shown.state === 'loading' ? (
          <Bullseye>
            <Spinner aria-label={t('Loading providers')} />
          </Bullseye>
        ) : allRows.length === 0 ? (
          <EmptyState titleText={t('No providers')} headingLevel="h2">
            <EmptyStateBody>
              {t('Add a provider for each source of virtual machines and one for the target cluster.')}
            </EmptyStateBody>
          </EmptyState>
        ) : rows.length === 0 ? (
          <EmptyState titleText={t('No providers match the filter')} headingLevel="h2" />
        ) : (
          <ProvidersTable
            rows={rows}
            sortBy={sortBy}
            onSort={(key, direction) => setSortBy({ key, direction })}
            inventoryLoaded={!inventory.isPending}
            showNamespace={allNamespaces}
          />
        )}
      </PageSection>
    </>
  );
};

export default withQueryClient(ProvidersListPage);
