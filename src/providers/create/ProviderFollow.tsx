/**
 * After a create or an edit: the provider as the controller judges it, live
 * (Staging, then Ready or the failing condition with its message), with the
 * way to fix it.
 */
import * as React from 'react';
import { Link } from 'react-router';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Button, Flex, FlexItem, Spinner, Title } from '@patternfly/react-core';
import { ConditionsTable } from '../../components/ConditionsTable';
import { ProviderModel, gvkOf } from '../../k8s/models';
import type { V1beta1Provider } from '../../k8s/types';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import { providerDetailsPath, providerEditPath } from '../paths';
import { providerStatus } from '../providerRows';
import { ProviderStatusLabel } from '../ProviderStatusLabel';

export const ProviderFollow: React.FC<{ name: string; namespace: string; children?: React.ReactNode }> = ({ name, namespace, children }) => {
  const { t } = useForkliftTranslation();
  const [provider, loaded, error] = useK8sWatchResource<V1beta1Provider>({ groupVersionKind: gvkOf(ProviderModel), name, namespace });
  if (error) {
    return (
      <Alert isInline variant="danger" title={t('Provider could not be loaded')}>
        {errorMessage(error)}
      </Alert>
    );
  }
  if (!loaded || !provider) return <Spinner aria-label={t('Loading provider')} />;
  const status = providerStatus(provider);
  const failing = status.phase === 'ConnectionFailed' || status.phase === 'ValidationFailed';
  return (
    <section aria-label={t('Provider status')}>
      <Flex alignItems={{ default: 'alignItemsCenter' }}>
        <FlexItem>
          <Title headingLevel="h2">{t('Provider {{name}}', { name })}</Title>
        </FlexItem>
        <FlexItem>
          <ProviderStatusLabel status={status} />
        </FlexItem>
      </Flex>
      {status.phase === 'Staging' && <p>{t('Forklift is testing the connection and loading the inventory…')}</p>}
      {status.phase === 'Ready' && (
        <Alert isInline variant="success" title={t('The provider is ready.')}>
          {t('Its inventory is loaded; you can map its networks and storage and plan migrations.')}
        </Alert>
      )}
      {failing && (
        <Alert
          isInline
          variant="danger"
          title={t('The provider is not ready')}
          actionLinks={
            // A link styled as an inline link button (navigation, so one link, not a button nested in a link).
            <Button variant="link" isInline component={(props: object) => <Link {...props} to={providerEditPath(namespace, name)} />}>
              {t('Fix it: edit the provider')}
            </Button>
          }
        >
          {status.message}
        </Alert>
      )}
      <ConditionsTable conditions={provider.status?.conditions} />
      <Flex>
        <FlexItem>
          <Link to={providerDetailsPath(namespace, name)}>{t('View provider details')}</Link>
        </FlexItem>
        {children}
      </Flex>
    </section>
  );
};
