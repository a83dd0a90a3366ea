import * as React from 'react';
import { Card, CardBody, CardHeader, CardTitle, Gallery } from '@patternfly/react-core';
import { PROVIDER_TYPES, type ProviderType } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { useProviderTypeNames } from '../ProviderTypeLabel';

/** Five selectable cards, one per provider type (a radio group for assistive technology). */
export const ProviderTypeCards: React.FC<{ value: ProviderType | undefined; onChange: (type: ProviderType) => void }> = ({ value, onChange }) => {
  const { t } = useForkliftTranslation();
  const names = useProviderTypeNames();
  const descriptions: Record<ProviderType, string> = {
    vsphere: t('vCenter or a single ESXi host.'),
    ovirt: t('A Red Hat Virtualization (oVirt) engine.'),
    openstack: t('An OpenStack cloud through Keystone.'),
    openshift: t('This cluster or a remote OpenShift Virtualization cluster; usually the migration target.'),
    ova: t('OVA files exported to an NFS share.'),
  };
  return (
    <Gallery hasGutter minWidths={{ default: '220px' }} role="radiogroup" aria-label={t('Provider type')}>
      {PROVIDER_TYPES.map((type) => (
        <Card key={type} id={`provider-type-card-${type}`} isSelectable isSelected={value === type} isCompact>
          <CardHeader
            selectableActions={{
              selectableActionId: `provider-type-${type}-radio`,
              selectableActionAriaLabelledby: `provider-type-card-${type}-title`,
              name: 'provider-type',
              variant: 'single',
              isChecked: value === type,
              onChange: () => onChange(type),
            }}
          >
            <CardTitle id={`provider-type-card-${type}-title`}>{names[type]}</CardTitle>
          </CardHeader>
          <CardBody>{descriptions[type]}</CardBody>
        </Card>
      ))}
    </Gallery>
  );
};
