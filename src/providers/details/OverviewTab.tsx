import * as React from 'react';
import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, Title } from '@patternfly/react-core';
import { ConditionsTable } from '../../components/ConditionsTable';
import { SecretModel, gvkOf } from '../../k8s/models';
import type { V1beta1Provider } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { ProviderStatusLabel } from '../ProviderStatusLabel';
import { ProviderTypeLabel } from '../ProviderTypeLabel';
import { toProviderRows } from '../providerRows';

/** Status with every condition, endpoint and settings. */
export const OverviewTab: React.FC<{ obj?: V1beta1Provider }> = ({ obj: provider }) => {
  const { t } = useForkliftTranslation();
  if (!provider) return null;
  const [row] = toProviderRows([provider], undefined);
  const secret = provider.spec?.secret;
  const namespace = provider.metadata?.namespace ?? '';
  const settings = Object.entries(provider.spec?.settings ?? {});
  return (
    <>
      <DescriptionList columnModifier={{ default: '2Col' }} aria-label={t('Provider details')}>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Status')}</DescriptionListTerm>
          <DescriptionListDescription>
            <ProviderStatusLabel status={row.status} />
            {row.status.message ? <div>{row.status.message}</div> : null}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Type')}</DescriptionListTerm>
          <DescriptionListDescription>
            <ProviderTypeLabel type={row.type} />
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Endpoint')}</DescriptionListTerm>
          <DescriptionListDescription>{row.isHost ? t('Host cluster') : row.url}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Namespace')}</DescriptionListTerm>
          <DescriptionListDescription>{namespace}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Credentials')}</DescriptionListTerm>
          <DescriptionListDescription>
            {secret?.name ? <ResourceLink groupVersionKind={gvkOf(SecretModel)} name={secret.name} namespace={secret.namespace ?? namespace} /> : t('None')}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Created')}</DescriptionListTerm>
          <DescriptionListDescription>
            <Timestamp timestamp={provider.metadata?.creationTimestamp ?? ''} />
          </DescriptionListDescription>
        </DescriptionListGroup>
        {settings.map(([key, value]) => (
          <DescriptionListGroup key={key}>
            <DescriptionListTerm>{key}</DescriptionListTerm>
            <DescriptionListDescription>
              <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{value}</pre>
            </DescriptionListDescription>
          </DescriptionListGroup>
        ))}
      </DescriptionList>
      <Title headingLevel="h2" style={{ marginTop: 'var(--pf-t--global--spacer--lg)' }}>
        {t('Conditions')}
      </Title>
      <ConditionsTable conditions={provider.status?.conditions} />
    </>
  );
};
