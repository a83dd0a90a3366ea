import { useMemo } from 'react';
import { useForkliftTranslation } from '../utils/i18n';
import type { ResourceKindId } from './resourceKinds';

/** Human names of the inventory collections (literal keys, for the i18n check). */
export const useResourceKindLabels = (): Record<ResourceKindId, string> => {
  const { t } = useForkliftTranslation();
  return useMemo(
    () => ({
      vms: t('Virtual machines'),
      hosts: t('Hosts'),
      clusters: t('Clusters'),
      datacenters: t('Datacenters'),
      folders: t('Folders'),
      networks: t('Networks'),
      datastores: t('Datastores'),
      storagedomains: t('Storage domains'),
      disks: t('Disks'),
      nicprofiles: t('NIC profiles'),
      diskprofiles: t('Disk profiles'),
      regions: t('Regions'),
      projects: t('Projects'),
      images: t('Images'),
      flavors: t('Flavors'),
      snapshots: t('Snapshots'),
      volumes: t('Volumes'),
      volumetypes: t('Volume types'),
      subnets: t('Subnets'),
      namespaces: t('Namespaces'),
      storageclasses: t('Storage classes'),
      networkattachmentdefinitions: t('Network attachment definitions'),
      persistentvolumeclaims: t('Persistent volume claims'),
      datavolumes: t('Data volumes'),
      storages: t('Storages'),
    }),
    [t],
  );
};
