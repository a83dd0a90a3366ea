import * as React from 'react';
import { Link } from 'react-router';
import { Alert, Flex, FlexItem, Spinner } from '@patternfly/react-core';
import type { V1beta1Provider } from '../../k8s/types';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import { ReferencesList } from './ReferencesList';
import { useProviderReferences } from './useProviderReferences';

/** The map create page (built in src/mappings) preselects this provider as the source. */
export const mapCreatePath = (kind: 'NetworkMap' | 'StorageMap', namespace: string, provider: string): string =>
  `/k8s/ns/${namespace}/forklift.konveyor.io~v1beta1~${kind}/~new?sourceProvider=${encodeURIComponent(provider)}`;

/** Plans and maps that use the provider (watched), and links to create maps from it. */
export const ReferencesTab: React.FC<{ obj?: V1beta1Provider }> = ({ obj: provider }) => {
  const { t } = useForkliftTranslation();
  const { references, loaded, error } = useProviderReferences(provider);
  if (!provider) return null;
  const name = provider.metadata?.name ?? '';
  const namespace = provider.metadata?.namespace ?? '';
  return (
    <>
      {provider.spec?.type !== 'openshift' || provider.spec?.url ? (
        <Flex>
          <FlexItem>
            <Link to={mapCreatePath('NetworkMap', namespace, name)}>{t('Create network map')}</Link>
          </FlexItem>
          <FlexItem>
            <Link to={mapCreatePath('StorageMap', namespace, name)}>{t('Create storage map')}</Link>
          </FlexItem>
        </Flex>
      ) : null}
      {error ? (
        <Alert isInline variant="danger" title={t('Plans and maps could not be loaded')}>
          {errorMessage(error)}
        </Alert>
      ) : !loaded ? (
        <Spinner aria-label={t('Loading plans and maps')} />
      ) : references.length === 0 ? (
        <p>{t('No plan or map uses this provider.')}</p>
      ) : (
        <ReferencesList references={references} label={t('Plans and maps using {{name}}', { name })} />
      )}
    </>
  );
};
