import * as React from 'react';
import type { ResourceColumn } from '../components/ResourceListPage';
import type { V1beta1Map } from '../k8s/types';
import { useForkliftTranslation } from '../utils/i18n';
import { MapStatusLabel } from './MapStatusLabel';
import { mapStatus } from './mapStatus';

/** The columns Network maps and Storage maps share. */
export const useMapColumns = (): ResourceColumn<V1beta1Map>[] => {
  const { t } = useForkliftTranslation();
  return React.useMemo(
    () => [
      { id: 'source', title: t('Source provider'), cell: (m) => m.spec?.provider?.source?.name, sortValue: (m) => m.spec?.provider?.source?.name },
      { id: 'target', title: t('Target provider'), cell: (m) => m.spec?.provider?.destination?.name, sortValue: (m) => m.spec?.provider?.destination?.name },
      { id: 'mappings', title: t('Mappings'), cell: (m) => m.spec?.map?.length ?? 0, sortValue: (m) => m.spec?.map?.length ?? 0 },
      { id: 'status', title: t('Status'), cell: (m) => <MapStatusLabel status={mapStatus(m)} />, sortValue: (m) => (mapStatus(m).ready ? 1 : 0) },
    ],
    [t],
  );
};
