import * as React from 'react';
import { Label } from '@patternfly/react-core';
import { useForkliftTranslation } from '../utils/i18n';
import type { MapStatus } from './mapStatus';

export const MapStatusLabel: React.FC<{ status: MapStatus }> = ({ status }) => {
  const { t } = useForkliftTranslation();
  if (status.ready) return <Label isCompact color="green">{t('Ready')}</Label>;
  if (!status.message) return <Label isCompact>{t('Validating')}</Label>;
  return (
    <>
      <Label isCompact color="red">{t('Not ready')}</Label> {status.message}
    </>
  );
};
