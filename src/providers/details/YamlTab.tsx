import * as React from 'react';
import { stringify } from 'yaml';
import type { V1beta1Provider } from '../../k8s/types';
import { CopyableBlock } from '../../components/preview/CopyableBlock';
import { useForkliftTranslation } from '../../utils/i18n';

/**
 * The provider as YAML, read-only (edits go through the form, which patches
 * only what changed). The console's ResourceYAMLEditor is not used yet.
 */
export const YamlTab: React.FC<{ obj?: V1beta1Provider }> = ({ obj: provider }) => {
  const { t } = useForkliftTranslation();
  if (!provider) return null;
  const { managedFields: _managed, ...metadata } = (provider.metadata ?? {}) as Record<string, unknown>;
  return <CopyableBlock id="provider-yaml" label={t('YAML of provider {{name}}', { name: provider.metadata?.name })} text={stringify({ ...provider, metadata }, { lineWidth: 0 })} />;
};
