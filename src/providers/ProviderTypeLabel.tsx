import * as React from 'react';
import { Label } from '@patternfly/react-core';
import type { ProviderType } from '../k8s/types';
import { useForkliftTranslation } from '../utils/i18n';

export const useProviderTypeNames = (): Record<ProviderType, string> => {
  const { t } = useForkliftTranslation();
  return {
    vsphere: t('VMware vSphere'),
    ovirt: t('Red Hat Virtualization'),
    openstack: t('OpenStack'),
    openshift: t('OpenShift Virtualization'),
    ova: t('Open Virtual Appliance (OVA)'),
  };
};

export const ProviderTypeLabel: React.FC<{ type: ProviderType | undefined }> = ({ type }) => {
  const names = useProviderTypeNames();
  const { t } = useForkliftTranslation();
  return <Label isCompact>{type ? names[type] ?? type : t('Unknown')}</Label>;
};
