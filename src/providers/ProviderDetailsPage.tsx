import * as React from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { HorizontalNav, useK8sWatchResource, useModal } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Breadcrumb, BreadcrumbItem, Bullseye, Button, Flex, FlexItem, PageSection, Spinner, Title } from '@patternfly/react-core';
import { ProviderModel, gvkOf } from '../k8s/models';
import type { V1beta1Provider } from '../k8s/types';
import { errorMessage } from '../utils/errors';
import { useForkliftTranslation } from '../utils/i18n';
import { withQueryClient } from '../utils/queryClient';
import { CredentialsTab } from './details/CredentialsTab';
import { DeleteProviderModal } from './details/DeleteProviderModal';
import { EditProviderForm } from './details/EditProviderForm';
import { InventoryTab } from './details/InventoryTab';
import { OverviewTab } from './details/OverviewTab';
import { ReferencesTab } from './details/ReferencesTab';
import { YamlTab } from './details/YamlTab';
import { ProviderStatusLabel } from './ProviderStatusLabel';
import { providerDetailsPath, providerEditPath, providerListPath } from './paths';
import { providerStatus } from './providerRows';

interface Props {
  name?: string;
  namespace?: string;
}

/**
 * One provider: tabs for its overview (status and every condition), its
 * credentials, inventory, the plans and maps that use it, and YAML; edit
 * (`.../<name>/edit`) and delete from the header.
 */
const ProviderDetailsPage: React.FC<Props> = (props) => {
  const { t } = useForkliftTranslation();
  const params = useParams();
  const navigate = useNavigate();
  const launchModal = useModal();
  const name = props.name ?? params.name ?? '';
  const namespace = props.namespace ?? params.ns ?? '';
  const editing = (params['*'] ?? '') === 'edit';
  const [provider, loaded, error] = useK8sWatchResource<V1beta1Provider>({ groupVersionKind: gvkOf(ProviderModel), name, namespace });

  const pages = React.useMemo(
    () => [
      { href: '', name: t('Details'), component: OverviewTab },
      { href: 'credentials', name: t('Credentials'), component: CredentialsTab },
      { href: 'inventory', name: t('Inventory'), component: InventoryTab },
      { href: 'references', name: t('Plans and maps'), component: ReferencesTab },
      { href: 'yaml', name: t('YAML'), component: YamlTab },
    ],
    [t],
  );

  if (error) {
    return (
      <PageSection>
        <Alert isInline variant="danger" title={t('Provider could not be loaded')}>
          {errorMessage(error)}
        </Alert>
        <Link to={providerListPath(namespace)}>{t('Back to providers')}</Link>
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

  return (
    <>
      <PageSection>
        <Breadcrumb>
          <BreadcrumbItem>
            <Link to={providerListPath(namespace)}>{t('Providers')}</Link>
          </BreadcrumbItem>
          <BreadcrumbItem isActive={!editing}>{editing ? <Link to={providerDetailsPath(namespace, name)}>{name}</Link> : name}</BreadcrumbItem>
          {editing && <BreadcrumbItem isActive>{t('Edit')}</BreadcrumbItem>}
        </Breadcrumb>
        <Flex alignItems={{ default: 'alignItemsCenter' }}>
          <FlexItem>
            <Title headingLevel="h1">{editing ? t('Edit provider {{name}}', { name }) : name}</Title>
          </FlexItem>
          <FlexItem>
            <ProviderStatusLabel status={providerStatus(provider)} />
          </FlexItem>
          {!editing && (
            <FlexItem align={{ default: 'alignRight' }}>
              <Button variant="secondary" onClick={() => navigate(providerEditPath(namespace, name))}>
                {t('Edit provider')}
              </Button>{' '}
              <Button
                variant="danger"
                onClick={() => launchModal(DeleteProviderModal, { provider, onDeleted: () => navigate(providerListPath(namespace)) })}
              >
                {t('Delete provider')}
              </Button>
            </FlexItem>
          )}
        </Flex>
      </PageSection>
      {editing ? (
        <PageSection>
          <EditProviderForm provider={provider} onDone={() => navigate(providerDetailsPath(namespace, name))} />
        </PageSection>
      ) : (
        <HorizontalNav pages={pages} resource={provider} />
      )}
    </>
  );
};

export default withQueryClient(ProviderDetailsPage);
