/** The provider's credentials Secret: keys with masked values, revealed on demand, and the way to change them. */
import * as React from 'react';
import { Link } from 'react-router';
import { ResourceLink, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Flex,
  FlexItem,
  Spinner,
  Switch,
} from '@patternfly/react-core';
import { SecretModel, gvkOf } from '../../k8s/models';
import type { V1beta1Provider } from '../../k8s/types';
import { MASK } from '../../k8s/write/kubectlMtv';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import type { ProviderSecret } from '../form/builders';
import { decodeSecretData } from '../form/edit';
import { providerEditPath } from '../paths';

export const CredentialsTab: React.FC<{ obj?: V1beta1Provider }> = ({ obj: provider }) => {
  const { t } = useForkliftTranslation();
  const ref = provider?.spec?.secret;
  const namespace = ref?.namespace ?? provider?.metadata?.namespace ?? '';
  const [secret, loaded, error] = useK8sWatchResource<ProviderSecret>(ref?.name ? { groupVersionKind: gvkOf(SecretModel), name: ref.name, namespace } : null);
  const [reveal, setReveal] = React.useState(false);
  if (!provider) return null;
  if (!ref?.name) return <p>{t('This provider needs no credentials (it is the cluster this console runs on).')}</p>;
  if (error) {
    return (
      <Alert isInline variant="danger" title={t('The credentials secret could not be read')}>
        {errorMessage(error)}
      </Alert>
    );
  }
  if (!loaded) return <Spinner aria-label={t('Loading credentials')} />;
  const data = decodeSecretData(secret);
  const keys = Object.keys(data).sort();
  return (
    <>
      <Flex alignItems={{ default: 'alignItemsCenter' }}>
        <FlexItem>
          {t('Secret')} <ResourceLink inline groupVersionKind={gvkOf(SecretModel)} name={ref.name} namespace={namespace} />
        </FlexItem>
        <FlexItem>
          <Switch id="provider-credentials-reveal" label={t('Show values')} isChecked={reveal} onChange={(_e, v) => setReveal(v)} />
        </FlexItem>
        <FlexItem>
          <Link to={providerEditPath(provider.metadata?.namespace ?? '', provider.metadata?.name ?? '')}>{t('Edit credentials')}</Link>
        </FlexItem>
      </Flex>
      <DescriptionList isHorizontal aria-label={t('Credentials')}>
        {keys.map((k) => (
          <DescriptionListGroup key={k}>
            <DescriptionListTerm>{k}</DescriptionListTerm>
            <DescriptionListDescription>
              <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{reveal ? data[k] : MASK}</pre>
            </DescriptionListDescription>
          </DescriptionListGroup>
        ))}
      </DescriptionList>
    </>
  );
};
