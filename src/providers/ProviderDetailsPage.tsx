import * as React from 'react';
import { Link, useParams } from 'react-router';
import { ResourceLink, Timestamp, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Breadcrumb,
  BreadcrumbItem,
  Bullseye,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Flex,
  FlexItem,
  PageSection,
  Spinner,
  Title,
} from '@patternfly/react-core';
import { ConditionsTable } from '../components/ConditionsTable';
import { ProviderModel, SecretModel, gvkOf, listPath } from '../k8s/models';
import type { V1beta1Provider } from '../k8s/types';
import { useInventoryProviders } from '../inventory/useInventoryProviders';
import { errorMessage } from '../utils/errors';
import { useForkliftTranslation } from '../utils/i18n';
import { withQueryClient } from '../utils/queryClient';
import { ProviderStatusLabel } from './ProviderStatusLabel';
import { ProviderTypeLabel } from './ProviderTypeLabel';
import { toProviderRows } from './providerRows';

interface Props {
  name?: string;
  namespace?: string;
}

/** One provider: what it points at, its status conditions and its inventory counts. */
const ProviderDetailsPage: React.FC<Props> = (props) => {
  const { t } = useForkliftTranslation();
  const params = useParams();
  const name = props.name ?? params.name ?? '';
  const namespace = props.namespace ?? params.ns ?? '';
  const [provider, loaded, error] = useK8sWatchResource<V1beta1Provider>({
    groupVersionKind: gvkOf(ProviderModel),
    name,
    namespace,
  });
  const inventory = useInventoryProviders(10_000, provider ? [provider] : undefined);

  if (error) {
    return (
      <PageSection>
        <Alert isInline variant="danger" title={t('Provider could not be loaded')}>
          {errorMessage(error)}
        </Alert>
      </PageSection>
    );
  }
  if (!loaded || !provider) {
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading provider')} />
      </Bullseye>
    );
  }
  const [row] = toProviderRows([provider], inventory.data);
  const secret = provider.spec?.secret;
  const settings = Object.entries(provider.spec?.settings ?? {});

  return (
    <>
      <PageSection>
        <Breadcrumb>
          <BreadcrumbItem>
            <Link to={listPath(ProviderModel, namespace)}>{t('Providers')}</Link>
          </BreadcrumbItem>
          <BreadcrumbItem isActive>{name}</BreadcrumbItem>
        </Breadcrumb>
        <Flex alignItems={{ default: 'alignItemsCenter' }}>
          <FlexItem>
            <Title headingLevel="h1">{name}</Title>
          </FlexItem>
          <FlexItem>
            <ProviderStatusLabel status={row.status} />
          </FlexItem>
        </Flex>
      </PageSection>
      <PageSection>
        <Title headingLevel="h2">{t('Provider details')}</Title>
        <DescriptionList columnModifier={{ default: '2Col' }} aria-label={t('Provider details')}>
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
              {secret?.name ? (
                <ResourceLink groupVersionKind={gvkOf(SecretModel)} name={secret.name} namespace={secret.namespace ?? namespace} />
              ) : (
                t('None')
              )}
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
              <DescriptionListDescription>{value}</DescriptionListDescription>
            </DescriptionListGroup>
          ))}
        </DescriptionList>
      </PageSection>
      <PageSection>
        <Title headingLevel="h2">{t('Inventory')}</Title>
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
      </PageSection>
      <PageSection>
        <Title headingLevel="h2">{t('Conditions')}</Title>
        <ConditionsTable conditions={provider.status?.conditions} />
      </PageSection>
    </>
  );
};

export default withQueryClient(ProviderDetailsPage);
