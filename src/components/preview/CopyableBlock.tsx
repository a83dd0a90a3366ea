import * as React from 'react';
import { ClipboardCopyButton, CodeBlock, CodeBlockAction, CodeBlockCode } from '@patternfly/react-core';
import { useForkliftTranslation } from '../../utils/i18n';

interface Props {
  id: string;
  /** Accessible name of the block, e.g. "YAML of Provider vcenter-1". */
  label: string;
  text: string;
}

/** A read-only code block with a copy button; the button's name says what it copies. */
export const CopyableBlock: React.FC<Props> = ({ id, label, text }) => {
  const { t } = useForkliftTranslation();
  const [copied, setCopied] = React.useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <CodeBlock
      role="region"
      aria-label={label}
      actions={
        <CodeBlockAction>
          <ClipboardCopyButton
            id={`${id}-copy`}
            aria-label={t('Copy {{what}}', { what: label })}
            onClick={copy}
            exitDelay={copied ? 1500 : 600}
            onTooltipHidden={() => setCopied(false)}
            variant="plain"
          >
            {copied ? t('Copied') : t('Copy to clipboard')}
          </ClipboardCopyButton>
        </CodeBlockAction>
      }
    >
      <CodeBlockCode id={id}>{text}</CodeBlockCode>
    </CodeBlock>
  );
};
