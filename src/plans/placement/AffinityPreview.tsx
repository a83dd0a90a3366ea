import * as React from 'react';
import { CodeBlock, CodeBlockCode, FormGroup } from '@patternfly/react-core';
import { useForkliftTranslation } from '../../utils/i18n';
import { affinityYaml, parseAffinityText } from './affinityText';

/** The affinity a KARL rule stands for, as YAML, under the field it was typed in. */
export const AffinityPreview: React.FC<{ text: string; id: string }> = ({ text, id }) => {
  const { t } = useForkliftTranslation();
  const parsed = React.useMemo(() => parseAffinityText(text), [text]);
  if (parsed.kind !== 'karl') return null;
  return (
    <FormGroup label={t('Affinity this rule writes')} fieldId={id}>
      <CodeBlock id={id} aria-label={t('Affinity this rule writes')}>
        <CodeBlockCode>{affinityYaml(parsed.affinity)}</CodeBlockCode>
      </CodeBlock>
    </FormGroup>
  );
};
