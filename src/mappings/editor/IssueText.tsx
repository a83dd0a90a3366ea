import * as React from 'react';
import { HelperText, HelperTextItem } from '@patternfly/react-core';
import { useForkliftTranslation } from '../../utils/i18n';
import type { MappingIssue } from './checks';
import { issueMessage } from './messages';
import type { MappingKind } from './types';

/** The issues of one pair or source, as helper text next to it. */
export const IssueText: React.FC<{ issues: MappingIssue[]; kind: MappingKind; nameOf: (id: string) => string; compact?: boolean }> = ({
  issues,
  kind,
  nameOf,
  compact,
}) => {
  const { t } = useForkliftTranslation();
  if (issues.length === 0) return null;
  return (
    <HelperText>
      {issues.map((issue, i) => {
        const text = issueMessage(t, issue, nameOf, kind);
        return (
          <HelperTextItem
            key={i}
            variant={issue.severity === 'error' ? 'error' : 'warning'}
            style={compact ? { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } : undefined}
            title={compact ? text : undefined}
          >
            {text}
          </HelperTextItem>
        );
      })}
    </HelperText>
  );
};
