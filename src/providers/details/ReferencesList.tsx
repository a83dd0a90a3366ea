import * as React from 'react';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { List, ListItem } from '@patternfly/react-core';
import { NetworkMapModel, PlanModel, StorageMapModel, gvkOf } from '../../k8s/models';
import { useForkliftTranslation } from '../../utils/i18n';
import type { ProviderReference } from '../references';

const MODELS = { Plan: PlanModel, NetworkMap: NetworkMapModel, StorageMap: StorageMapModel };

/** Links to each plan and map that uses a provider, with its role. */
export const ReferencesList: React.FC<{ references: readonly ProviderReference[]; label: string }> = ({ references, label }) => {
  const { t } = useForkliftTranslation();
  const kinds = { Plan: t('Plan'), NetworkMap: t('Network map'), StorageMap: t('Storage map') };
  return (
    <List aria-label={label}>
      {references.map((r) => (
        <ListItem key={`${r.kind}/${r.namespace}/${r.name}/${r.role}`}>
          {kinds[r.kind]} <ResourceLink inline groupVersionKind={gvkOf(MODELS[r.kind])} name={r.name} namespace={r.namespace} />{' '}
          {r.role === 'source' ? t('(as source)') : t('(as target)')}
        </ListItem>
      ))}
    </List>
  );
};
