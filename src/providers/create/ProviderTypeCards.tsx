import * as React from 'react';
import { Card, CardHeader, Gallery, Radio } from '@patternfly/react-core';
import { PROVIDER_TYPES, type ProviderType } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { useProviderTypeNames } from '../ProviderTypeLabel';

/**
 * Five cards, one per provider type, forming one radio group. Each card holds
 * a real radio whose visible label is the type name (its description is the
 * radio's description), so a person, a screen reader and a test all pick a
 * type the same way. PatternFly's own selectable-card radio is deliberately
 * not used: it has an empty label stretched over the card, which covers the
 * input and leaves the type name outside the control's label.
 */
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
        // The selected style comes from isSelectable + isSelected; a click anywhere on the card is a pointer shortcut for its radio.
        <Card key={type} id={`provider-type-card-${type}`} isSelectable isSelected={value === type} isCompact onClick={() => value !== type && onChange(type)}>
          <CardHeader>
            <Radio
              id={`provider-type-${type}-radio`}
              name="provider-type"
              label={<strong>{names[type]}</strong>}
              description={descriptions[type]}
              isChecked={value === type}
              onChange={() => onChange(type)}
            />
          </CardHeader>
        </Card>
      ))}
    </Gallery>
  );
};
