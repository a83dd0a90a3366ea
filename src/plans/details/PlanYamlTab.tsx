import * as React from 'react';
import { ClipboardCopy, ClipboardCopyVariant } from '@patternfly/react-core';
import { stringify } from 'yaml';
import { useForkliftTranslation } from '../../utils/i18n';
import type { PlanTabProps } from './tabProps';

/** The plan as YAML, read-only (edit with kubectl or the console's YAML editor). */
export const PlanYamlTab: React.FC<PlanTabProps> = ({ obj }) => {
  const { t } = useForkliftTranslation();
  const { managedFields: _managed, ...metadata } = obj.metadata ?? {};
  const text = React.useMemo(() => stringify({ ...obj, metadata }), [obj, metadata]);
  return (
    <ClipboardCopy isCode isReadOnly isExpanded variant={ClipboardCopyVariant.expansion} hoverTip={t('Copy')} clickTip={t('Copied')} aria-label={t('Plan YAML')}>
      {text}
    </ClipboardCopy>
  );
};
