import * as React from 'react';
import { ResourceListPage } from '../components/ResourceListPage';
import { StorageMapModel } from '../k8s/models';
import type { V1beta1Map } from '../k8s/types';
import { useForkliftTranslation } from '../utils/i18n';
import { useMapColumns } from './useMapColumns';

const StorageMapsListPage: React.FC<{ namespace?: string }> = ({ namespace }) => {
  const { t } = useForkliftTranslation();
  return (
    <ResourceListPage<V1beta1Map>
      model={StorageMapModel}
      title={t('Storage maps')}
      emptyText={t('A storage map says which storage class each source datastore or storage domain goes to.')}
      columns={useMapColumns()}
      namespace={namespace}
    />
  );
};

export default StorageMapsListPage;
