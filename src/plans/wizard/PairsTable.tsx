/**
 * A plain source → target table for a map built in the wizard: one row per
 * source the selected VMs use, a target picker per row (and volume and
 * access mode for storage).
 */
import * as React from 'react';
import { FormSelect, FormSelectOption } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useForkliftTranslation } from '../../utils/i18n';
import type { UsedSource } from './vmResources';
import type { WizardMapPair } from './values';

export interface PairTarget {
  id: string;
  name: string;
}

interface Props {
  kind: 'network' | 'storage';
  sources: readonly UsedSource[];
  targets: readonly PairTarget[];
  pairs: readonly WizardMapPair[];
  onChange: (pairs: WizardMapPair[]) => void;
}

export const PairsTable: React.FC<Props> = ({ kind, sources, targets, pairs, onChange }) => {
  const { t } = useForkliftTranslation();
  const update = (sourceId: string, patch: Partial<WizardMapPair>) =>
    onChange(pairs.map((p) => (p.sourceId === sourceId ? { ...p, ...patch } : p)));
  const nameOf = (id: string) => sources.find((s) => s.id === id)?.name ?? id;
  return (
    <Table aria-label={kind === 'network' ? t('Network pairs') : t('Storage pairs')} variant="compact">
      <Thead>
        <Tr>
          <Th>{kind === 'network' ? t('Source network') : t('Source storage')}</Th>
          <Th>{t('VMs')}</Th>
          <Th>{kind === 'network' ? t('Target network') : t('Target storage class')}</Th>
          {kind === 'storage' && <Th>{t('Volume mode')}</Th>}
          {kind === 'storage' && <Th>{t('Access mode')}</Th>}
        </Tr>
      </Thead>
      <Tbody>
        {pairs.map((pair) => {
          const name = nameOf(pair.sourceId);
          return (
            <Tr key={pair.sourceId}>
              <Td dataLabel={t('Source')}>{name}</Td>
              <Td dataLabel={t('VMs')}>{sources.find((s) => s.id === pair.sourceId)?.vmCount ?? ''}</Td>
              <Td dataLabel={t('Target')}>
                <FormSelect
                  value={pair.targetId}
                  onChange={(_e, v) => update(pair.sourceId, { targetId: v })}
                  aria-label={t('Target for {{source}}', { source: name })}
                  validated={pair.targetId ? 'default' : 'error'}
                >
                  <FormSelectOption value="" label={t('Select a target')} isDisabled />
                  {targets.map((target) => (
                    <FormSelectOption key={target.id} value={target.id} label={target.name} />
                  ))}
                </FormSelect>
              </Td>
              {kind === 'storage' && (
                <Td dataLabel={t('Volume mode')}>
                  <FormSelect
                    value={pair.volumeMode ?? ''}
                    onChange={(_e, v) => update(pair.sourceId, { volumeMode: (v || undefined) as WizardMapPair['volumeMode'] })}
                    aria-label={t('Volume mode for {{source}}', { source: name })}
                  >
                    <FormSelectOption value="" label={t('Storage class default')} />
                    <FormSelectOption value="Filesystem" label="Filesystem" />
                    <FormSelectOption value="Block" label="Block" />
                  </FormSelect>
                </Td>
              )}
              {kind === 'storage' && (
                <Td dataLabel={t('Access mode')}>
                  <FormSelect
                    value={pair.accessMode ?? ''}
                    onChange={(_e, v) => update(pair.sourceId, { accessMode: (v || undefined) as WizardMapPair['accessMode'] })}
                    aria-label={t('Access mode for {{source}}', { source: name })}
                  >
                    <FormSelectOption value="" label={t('Storage class default')} />
                    <FormSelectOption value="ReadWriteOnce" label="ReadWriteOnce" />
                    <FormSelectOption value="ReadWriteMany" label="ReadWriteMany" />
                    <FormSelectOption value="ReadOnlyMany" label="ReadOnlyMany" />
                  </FormSelect>
                </Td>
              )}
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
