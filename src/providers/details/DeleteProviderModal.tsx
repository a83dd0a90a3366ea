/**
 * Delete a provider after naming the plans and maps that still use it (they
 * stop working: a plan cannot run without its providers). The credentials
 * Secret is owned by the Provider and goes with it.
 */
import * as React from 'react';
import { k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Button, Modal, ModalBody, ModalHeader, Spinner } from '@patternfly/react-core';
import { ModalActions } from '../../components/modal/ModalActions';
import { ProviderModel } from '../../k8s/models';
import type { V1beta1Provider } from '../../k8s/types';
import { toApiFailure, type ApiFailure } from '../../k8s/write/apiFailure';
import { useForkliftTranslation } from '../../utils/i18n';
import { ReferencesList } from './ReferencesList';
import { useProviderReferences } from './useProviderReferences';

interface Props {
  provider: V1beta1Provider;
  closeModal: () => void;
  onDeleted: () => void;
}

export const DeleteProviderModal: React.FC<Props> = ({ provider, closeModal, onDeleted }) => {
  const { t } = useForkliftTranslation();
  const { references, loaded } = useProviderReferences(provider);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<ApiFailure | undefined>();
  const name = provider.metadata?.name ?? '';

  const remove = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await k8sDelete({ model: ProviderModel, resource: provider });
      closeModal();
      onDeleted?.();
    } catch (e) {
      setFailure(toApiFailure(e));
      setBusy(false);
    }
  };

  return (
    <Modal isOpen onClose={closeModal} variant="small" aria-labelledby="delete-provider-title">
      <ModalHeader title={t('Delete provider {{name}}?', { name })} titleIconVariant="warning" labelId="delete-provider-title" />
      <ModalBody>
        <p>{t('The provider and its credentials secret are deleted; its inventory is dropped.')}</p>
        {!loaded ? (
          <Spinner size="md" aria-label={t('Looking for plans and maps that use it')} />
        ) : references.length > 0 ? (
          <Alert isInline variant="warning" title={t('Still in use by {{count}} plans and maps', { count: references.length })}>
            <p>{t('They stop working when the provider is deleted:')}</p>
            <ReferencesList references={references} label={t('Plans and maps using {{name}}', { name })} />
          </Alert>
        ) : (
          <p>{t('No plan or map uses this provider.')}</p>
        )}
        {failure && (
          <Alert isInline variant="danger" title={t('The provider could not be deleted')}>
            {failure.code ? `${failure.code} ${failure.reason ?? ''}: ` : ''}
            {failure.message}
          </Alert>
        )}
      </ModalBody>
      <ModalActions onCancel={closeModal}>
        <Button variant="danger" onClick={() => void remove()} isLoading={busy} isDisabled={busy || !loaded}>
          {t('Delete')}
        </Button>
      </ModalActions>
    </Modal>
  );
};
