import * as React from 'react';
import { Link } from 'react-router';
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from '@patternfly/react-core';
import type { V1beta1Provider } from '../../k8s/types';
import { toInventorySearch } from '../../inventory/urlState';
import { useInventoryProviders } from '../../inventory/useInventoryProviders';
import { useForkliftTranslation } from '../../utils/i18n';
import { toProviderRows } from '../providerRows';

/** Inventory counts and a way into the inventory browser for this provider. */
export const InventoryTab: React.FC<{ obj?: V1beta1Provider }> = ({ obj: provider }) => {
  const { t } = useForkliftTranslation();
  const inventory = useInventoryProviders(10_000, provider ? [provider] : undefined);
  if (!provider) return null;
  const [row] = toProviderRows([provider], inventory.data);
  const browse = (kind: string) =>
    `/mtv/inventory${toInventorySearch({ provider: { namespace: provider.metadata?.namespace ?? '', name: provider.metadata?.name ?? '' }, kind, query: '' })}`;
  return (
    <>
      <DescriptionList isHorizontal aria-label={t('Inventory counts')}>
        {(
          [
            [t('Virtual machines'), row.counts?.vms],
            [t('Networks'), row.counts?.networks],
            [t('Storage'), row.counts?.storage],
            [t('Hosts'), row.counts?.hosts],
          ] as const
        ).map(([label, value]) => (
          <DescriptionListGroup key={label}>
            <DescriptionListTerm>{label}</DescriptionListTerm>
            <DescriptionListDescription>{value?.toLocaleString() ?? '–'}</DescriptionListDescription>
          </DescriptionListGroup>
        ))}
      </DescriptionList>
      <p>
        <Link to={browse('vms')}>{t('Browse the inventory of {{name}}', { name: provider.metadata?.name })}</Link>
      </p>
    </>
  );
};
