import * as React from 'react';
import { ResourceListPage } from '../components/ResourceListPage';
import { NetworkMapModel } from '../k8s/models';
import type { V1beta1Map } from '../k8s/types';
import { useForkliftTranslation } from '../utils/i18n';
import { useMapColumns } from './useMapColumns';

const NetworkMapsListPage: React.FC<{ namespace?: string }> = ({ namespace }) => {
  const { t } = useForkliftTranslation();
  return (
    <ResourceListPage<V1beta1Map>
      model={NetworkMapModel}
      title={t('Network maps')}
      emptyText={t('A network map says which target network each source network goes to.')}
      columns={useMapColumns()}
      namespace={namespace}
    />
  );
};

export default NetworkMapsListPage;
