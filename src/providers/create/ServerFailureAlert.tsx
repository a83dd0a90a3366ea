import * as React from 'react';
import { Alert } from '@patternfly/react-core';
import type { CreatePlanFailure } from '../../k8s/write/createPlan';
import { useForkliftTranslation } from '../../utils/i18n';

/** Which step of a multi-object write failed, the server's reason, and what was undone. */
export const ServerFailureAlert: React.FC<{ detail: CreatePlanFailure }> = ({ detail }) => {
  const { t } = useForkliftTranslation();
  const { step, failure, rolledBack, leftBehind } = detail;
  const what = `${step.kind}${step.name ? ` ${step.name}` : ''}`;
  return (
    <Alert
      isInline
      variant="danger"
      title={
        detail.action === 'setOwner'
          ? t('Setting the owner of {{what}} failed', { what })
          : t('Creating {{what}} failed', { what })
      }
    >
      <p>
        {failure.code ? `${failure.code} ${failure.reason ?? ''}: ` : ''}
        {failure.message}
      </p>
      {failure.causes.length > 0 && (
        <ul>
          {failure.causes.map((c, i) => (
            <li key={i}>{c.field ? `${c.field}: ${c.message}` : c.message}</li>
          ))}
        </ul>
      )}
      {rolledBack.length > 0 && <p>{t('Removed again: {{objects}}. Nothing you typed was lost.', { objects: rolledBack.map((r) => `${r.kind} ${r.name ?? ''}`.trim()).join(', ') })}</p>}
      {leftBehind.length > 0 && (
        <p>
          {t('Could not remove: {{objects}}. Delete them by hand.', {
            objects: leftBehind.map((l) => `${l.step.kind} ${l.step.name ?? ''} (${l.failure.message})`).join(', '),
          })}
        </p>
      )}
    </Alert>
  );
};
