/**
 * What a create or edit will write, shown before it is written: the YAML of
 * each object and the equivalent `kubectl mtv` command(s), each copyable.
 * Secret values are masked until the person reveals them (the copy buttons
 * copy what is shown).
 */
import * as React from 'react';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Stack, StackItem, Switch, Title } from '@patternfly/react-core';
import { hasSecrets, renderMtvCommand, type MtvCommand } from '../../k8s/write/kubectlMtv';
import { useForkliftTranslation } from '../../utils/i18n';
import { CopyableBlock } from './CopyableBlock';
import { hasSecretObjects, objectTitle, previewYaml } from './previewYaml';

export interface WritePreviewProps {
  objects: readonly K8sResourceCommon[];
  /** Rendered by renderMtvCommand (masked until revealed), or plain strings shown as given. */
  commands?: readonly (MtvCommand | string)[];
  /** Prefix for element ids when several previews share a page. */
  idPrefix?: string;
}

export const WritePreview: React.FC<WritePreviewProps> = ({ objects, commands = [], idPrefix = 'write-preview' }) => {
  const { t } = useForkliftTranslation();
  const [reveal, setReveal] = React.useState(false);
  const secretsInside = hasSecretObjects(objects) || commands.some((c) => typeof c !== 'string' && hasSecrets(c));
  return (
    <Stack hasGutter>
      {secretsInside && (
        <StackItem>
          <Switch
            id={`${idPrefix}-reveal`}
            label={t('Show secret values')}
            isChecked={reveal}
            onChange={(_e, checked) => setReveal(checked)}
          />
        </StackItem>
      )}
      {objects.map((obj, i) => {
        const title = objectTitle(obj);
        return (
          <StackItem key={`${obj.kind}-${i}`}>
            <Title headingLevel="h3" size="md">
              {title}
            </Title>
            <CopyableBlock id={`${idPrefix}-yaml-${i}`} label={t('YAML of {{object}}', { object: title })} text={previewYaml(obj, reveal)} />
          </StackItem>
        );
      })}
      {commands.length > 0 && (
        <StackItem>
          <Title headingLevel="h3" size="md">
            {t('Equivalent kubectl mtv command')}
          </Title>
          {commands.map((c, i) => (
            <CopyableBlock
              key={i}
              id={`${idPrefix}-cmd-${i}`}
              label={commands.length > 1 ? t('kubectl mtv command {{n}}', { n: i + 1 }) : t('kubectl mtv command')}
              text={typeof c === 'string' ? c : renderMtvCommand(c, { revealSecrets: reveal })}
            />
          ))}
        </StackItem>
      )}
    </Stack>
  );
};

export default WritePreview;
