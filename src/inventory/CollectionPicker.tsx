/**
 * Provider and resource-kind selects. Native selects (PatternFly FormSelect):
 * keyboard- and screen-reader-friendly, and no popup layer.
 */
import * as React from 'react';
import { FormSelect, FormSelectOption, FormSelectOptionGroup, ToolbarGroup, ToolbarItem } from '@patternfly/react-core';
import { PROVIDER_TYPES } from '../k8s/types';
import { useProviderTypeNames } from '../providers/ProviderTypeLabel';
import { useForkliftTranslation } from '../utils/i18n';
import type { InventoryProvider, InventoryProviders } from './api';
import { kindsFor, type ResourceKindId } from './resourceKinds';
import { useResourceKindLabels } from './useResourceKindLabels';

export const providerId = (p: { namespace: string; name: string }) => `${p.namespace}/${p.name}`;

/** Every provider the inventory knows, in the usual type order. */
export const flattenProviders = (data: InventoryProviders | undefined): InventoryProvider[] =>
  PROVIDER_TYPES.flatMap((type) => (data?.[type] ?? []).map((p) => ({ ...p, type: p.type ?? type })));

interface Props {
  providers: readonly InventoryProvider[];
  provider: InventoryProvider | undefined;
  kind: ResourceKindId | undefined;
  onProvider: (provider: InventoryProvider) => void;
  onKind: (kind: ResourceKindId) => void;
  isDisabled?: boolean;
}

export const CollectionPicker: React.FC<Props> = ({ providers, provider, kind, onProvider, onKind, isDisabled }) => {
  const { t } = useForkliftTranslation();
  const typeNames = useProviderTypeNames();
  const kindLabels = useResourceKindLabels();
  return (
    <ToolbarGroup>
      <ToolbarItem>
        <FormSelect
          aria-label={t('Provider')}
          value={provider ? providerId(provider) : ''}
          isDisabled={isDisabled}
          onChange={(_event, value) => {
            const found = providers.find((p) => providerId(p) === value);
            if (found) onProvider(found);
          }}
          data-testid="inventory-provider-select"
        >
          <FormSelectOption value="" label={t('Select a provider')} isPlaceholder isDisabled />
          {PROVIDER_TYPES.map((type) => {
            const ofType = providers.filter((p) => p.type === type);
            return ofType.length === 0 ? null : (
              <FormSelectOptionGroup key={type} label={typeNames[type]}>
                {ofType.map((p) => (
                  <FormSelectOption key={providerId(p)} value={providerId(p)} label={`${p.name} (${p.namespace})`} />
                ))}
              </FormSelectOptionGroup>
            );
          })}
        </FormSelect>
      </ToolbarItem>
      <ToolbarItem>
        <FormSelect
          aria-label={t('Resource kind')}
          value={kind ?? ''}
          isDisabled={isDisabled || !provider}
          onChange={(_event, value) => onKind(value as ResourceKindId)}
          data-testid="inventory-kind-select"
        >
          {kindsFor(provider?.type).map((k) => (
            <FormSelectOption key={k} value={k} label={kindLabels[k]} />
          ))}
        </FormSelect>
      </ToolbarItem>
    </ToolbarGroup>
  );
};
