import * as React from 'react';
import { useNavigate } from 'react-router';
import { ResourceLink, useModal } from '@openshift-console/dynamic-plugin-sdk';
import { MenuToggle } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr, type ThProps } from '@patternfly/react-table';
import { DeleteProviderModal } from './details/DeleteProviderModal';
import { providerEditPath } from './paths';
import { ProviderModel, gvkOf } from '../k8s/models';
import { TruncatedName } from '../components/TruncatedName';
import { useForkliftTranslation } from '../utils/i18n';
import { ProviderStatusLabel } from './ProviderStatusLabel';
import { ProviderTypeLabel } from './ProviderTypeLabel';
import type { ProviderRow, ProviderSortKey } from './providerRows';

interface Props {
  rows: readonly ProviderRow[];
  sortBy: { key: ProviderSortKey; direction: 'asc' | 'desc' };
  onSort: (key: ProviderSortKey, direction: 'asc' | 'desc') => void;
  inventoryLoaded: boolean;
  showNamespace: boolean;
}

const count = (value: number | undefined, loaded: boolean): React.ReactNode =>
  value !== undefined ? value.toLocaleString() : loaded ? '–' : '…';

export const ProvidersTable: React.FC<Props> = ({ rows, sortBy, onSort, inventoryLoaded, showNamespace }) => {
  const { t } = useForkliftTranslation();
  const navigate = useNavigate();
  const launchModal = useModal();
  const columns: { key: ProviderSortKey; label: string; numeric?: boolean }[] = [
    { key: 'name', label: t('Name') },
    ...(showNamespace ? [{ key: 'namespace' as const, label: t('Namespace') }] : []),
    { key: 'type', label: t('Type') },
    { key: 'status', label: t('Status') },
    { key: 'url', label: t('Endpoint') },
    { key: 'vms', label: t('VMs'), numeric: true },
    { key: 'networks', label: t('Networks'), numeric: true },
    { key: 'storage', label: t('Storage'), numeric: true },
    { key: 'hosts', label: t('Hosts'), numeric: true },
  ];
  const sortParams = (key: ProviderSortKey, index: number): ThProps['sort'] => ({
    sortBy: { index: columns.findIndex((c) => c.key === sortBy.key), direction: sortBy.direction },
    onSort: (_event, _index, direction) => onSort(key, direction),
    columnIndex: index,
  });

  return (
    <Table aria-label={t('Providers')} variant="compact">
      <Thead>
        <Tr>
          {columns.map((c, i) => (
            <Th key={c.key} sort={sortParams(c.key, i)} modifier={c.numeric ? 'fitContent' : 'wrap'}>
              {c.label}
            </Th>
          ))}
          <Th screenReaderText={t('Actions')} />
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.uid || `${row.namespace}/${row.name}`} data-testid={`provider-row-${row.name}`}>
            <Td dataLabel={t('Name')} modifier="nowrap">
              <TruncatedName name={row.name}>
                <ResourceLink groupVersionKind={gvkOf(ProviderModel)} name={row.name} namespace={row.namespace} truncate />
              </TruncatedName>
            </Td>
            {showNamespace && (
              <Td dataLabel={t('Namespace')}>
                <TruncatedName name={row.namespace} maxWidthCh={30} />
              </Td>
            )}
            <Td dataLabel={t('Type')}>
              <ProviderTypeLabel type={row.type} />
            </Td>
            <Td dataLabel={t('Status')}>
              <ProviderStatusLabel status={row.status} />
            </Td>
            <Td dataLabel={t('Endpoint')} modifier="breakWord">
              {row.isHost ? t('Host cluster') : row.url}
            </Td>
            <Td dataLabel={t('VMs')}>{count(row.counts?.vms, inventoryLoaded)}</Td>
            <Td dataLabel={t('Networks')}>{count(row.counts?.networks, inventoryLoaded)}</Td>
            <Td dataLabel={t('Storage')}>{count(row.counts?.storage, inventoryLoaded)}</Td>
            <Td dataLabel={t('Hosts')}>{count(row.counts?.hosts, inventoryLoaded)}</Td>
            <Td isActionCell>
              <ActionsColumn
                items={[
                  { title: t('Edit provider'), onClick: () => navigate(providerEditPath(row.namespace, row.name)) },
                  { title: t('Delete provider'), onClick: () => launchModal(DeleteProviderModal, { provider: row.provider, onDeleted: () => {} }) },
                ]}
                actionsToggle={({ onToggle, isOpen, toggleRef }) => (
                  <MenuToggle ref={toggleRef} variant="plain" onClick={onToggle} isExpanded={isOpen} aria-label={t('Actions for {{name}}', { name: row.name })}>
                    <EllipsisVIcon />
                  </MenuToggle>
                )}
              />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
