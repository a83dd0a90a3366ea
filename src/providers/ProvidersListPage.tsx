import * as React from 'react';
import { ListPageCreateLink, ListPageHeader, useActiveNamespace, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
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
import { errorMessage } from '../utils/errors';
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

  const [providers, loaded, loadError] = useK8sWatchResource<V1beta1Provider[]>({
    groupVersionKind: gvkOf(ProviderModel),
    namespaced: true,
    namespace: allNamespaces ? undefined : namespace,
    isList: true,
  });
  const inventory = useInventoryProviders(10_000, providers);

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
          <Alert
            isInline
            variant="warning"
            title={t('The inventory service is unreachable: inventory counts are not available.')}
            data-testid="inventory-unreachable"
          >
            {errorMessage(inventory.error)}
          </Alert>
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
        {loadError ? (
          <Alert isInline variant="danger" title={t('Providers could not be loaded')}>
            {errorMessage(loadError)}
          </Alert>
        ) : !loaded ? (
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
