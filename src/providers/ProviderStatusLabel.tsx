import * as React from 'react';
import { Icon, Tooltip } from '@patternfly/react-core';
import { CheckCircleIcon, ExclamationCircleIcon, InProgressIcon, UnknownIcon } from '@patternfly/react-icons';
import { useForkliftTranslation } from '../utils/i18n';
import type { ProviderStatus } from './providerRows';

/** A provider's phase as icon + text, with the failing condition's message on hover. */
export const ProviderStatusLabel: React.FC<{ status: ProviderStatus }> = ({ status }) => {
  const { t } = useForkliftTranslation();
  const labels: Record<ProviderStatus['phase'], string> = {
    Ready: t('Ready'),
    Staging: t('Staging'),
    ConnectionFailed: t('Connection failed'),
    ValidationFailed: t('Validation failed'),
    Unknown: t('Unknown'),
  };
  const icon =
    status.phase === 'Ready' ? (
      <Icon status="success"><CheckCircleIcon /></Icon>
    ) : status.phase === 'Staging' ? (
      <Icon><InProgressIcon /></Icon>
    ) : status.phase === 'Unknown' ? (
      <Icon><UnknownIcon /></Icon>
    ) : (
      <Icon status="danger"><ExclamationCircleIcon /></Icon>
    );
  // With a message the label is a tooltip trigger: focusable, so keyboard users can read it too.
  const content = (
    <span className="forklift-status" data-phase={status.phase} tabIndex={status.message ? 0 : undefined}>
      {icon} {labels[status.phase]}
    </span>
  );
  return status.message ? <Tooltip content={status.message}>{content}</Tooltip> : content;
};
