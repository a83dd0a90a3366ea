/** Confirms a map delete, naming the plans that still use it; shows the server's reason on failure. */
import * as React from 'react';
import { Alert, Button, List, ListItem, Modal, ModalBody, ModalHeader } from '@patternfly/react-core';
import { ModalActions } from '../../components/modal/ModalActions';
import type { V1beta1Map, V1beta1Plan } from '../../k8s/types';
import { sdkWriteClient, toApiFailure } from '../../k8s/write';
import { useForkliftTranslation } from '../../utils/i18n';
import type { MappingKind } from '../editor/types';
import { mapModel } from '../paths';

interface Props {
  kind: MappingKind;
  map: V1beta1Map;
  plans: V1beta1Plan[];
  plansLoaded: boolean;
  onClose: () => void;
  onDeleted?: () => void;
}

export const DeleteMapModal: React.FC<Props> = ({ kind, map, plans, plansLoaded, onClose, onDeleted }) => {
  const { t } = useForkliftTranslation();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const name = map.metadata?.name ?? '';
  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await sdkWriteClient.delete(mapModel(kind), map);
      onDeleted?.();
      onClose();
    } catch (e) {
      const f = toApiFailure(e);
      setError([f.code, f.reason].filter(Boolean).join(' ') + (f.code || f.reason ? ': ' : '') + f.message);
      setBusy(false);
    }
  };
  const titleId = `delete-${kind}-map-title`;
  return (
    <Modal isOpen onClose={onClose} variant="small" aria-labelledby={titleId}>
      <ModalHeader title={kind === 'network' ? t('Delete network map {{name}}?', { name }) : t('Delete storage map {{name}}?', { name })} labelId={titleId} titleIconVariant="warning" />
      <ModalBody>
        {!plansLoaded ? (
          <p>{t('Looking for plans that use it...')}</p>
        ) : plans.length === 0 ? (
          <p>{t('No plan uses this map.')}</p>
        ) : (
          <>
            <p>{t('These plans use this map and will not be able to run without it:')}</p>
            <List aria-label={t('Plans using this map')}>
              {plans.map((p) => (
                <ListItem key={p.metadata?.uid ?? p.metadata?.name}>{p.metadata?.name}</ListItem>
              ))}
            </List>
          </>
        )}
        {error && (
          <Alert variant="danger" isInline title={t('The map was not deleted')}>
            {error}
          </Alert>
        )}
      </ModalBody>
      <ModalActions onCancel={onClose}>
        <Button variant="danger" onClick={remove} isLoading={busy} isDisabled={busy || !plansLoaded}>
          {t('Delete')}
        </Button>
      </ModalActions>
    </Modal>
  );
};
