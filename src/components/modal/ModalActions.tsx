/**
 * A dialog's footer: its own action buttons, then Cancel, as every dialog of
 * the plugin ends.
 */
import * as React from 'react';
import { Button, ModalFooter } from '@patternfly/react-core';
import { useForkliftTranslation } from '../../utils/i18n';

export const ModalActions: React.FC<{ children: React.ReactNode; onCancel: () => void }> = ({ children, onCancel }) => {
  const { t } = useForkliftTranslation();
  return (
    <ModalFooter>
      {children}
      <Button variant="link" onClick={onCancel}>
        {t('Cancel')}
      </Button>
    </ModalFooter>
  );
};
