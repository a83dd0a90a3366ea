import * as React from 'react';
import { ResourceYamlTab } from '../../components/yaml/ResourceYamlTab';
import { ProviderModel } from '../../k8s/models';
import type { V1beta1Provider } from '../../k8s/types';

/**
 * The provider as YAML, editable (read-only without update rights). Only the
 * Provider: its credentials live in the Secret it references, which is shown
 * masked on the credentials tab and never here.
 */
export const YamlTab: React.FC<{ obj?: V1beta1Provider }> = ({ obj: provider }) =>
  provider ? <ResourceYamlTab obj={provider} model={ProviderModel} /> : null;
