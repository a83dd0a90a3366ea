import * as React from 'react';
import { Alert, Button } from '@patternfly/react-core';
import { useForkliftTranslation } from '../utils/i18n';
import { degradedComponents } from './forkliftHealth';
import type { ForkliftInstallation } from './useForkliftInstallation';

/** Shown on every overview tab while a Forklift component is unhealthy, with the reason. */
export const ForkliftHealthAlert: React.FC<{ installation: ForkliftInstallation; onShowHealth: () => void }> = ({ installation, onShowHealth }) => {
  const { t } = useForkliftTranslation();
  const degraded = React.useMemo(() => degradedComponents(installation.controller, installation.pods), [installation.controller, installation.pods]);
  if (!installation.loaded || installation.error || !installation.controller) return null;
  if (degraded.length === 0) return null;
  return (
    <Alert
      isInline
      variant="danger"
      title={t('Forklift is degraded: {{components}}', { components: [...new Set(degraded.map((d) => d.component))].join(', ') })}
      actionLinks={
        <Button variant="link" isInline onClick={onShowHealth}>
          {t('View Forklift health')}
        </Button>
      }
    >
      <ul>
        {degraded.map((d) => (
          <li key={`${d.component}:${d.reason}`}>{d.reason}</li>
        ))}
      </ul>
    </Alert>
  );
};
