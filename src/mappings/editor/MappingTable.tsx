/**
 * The same pairs as a table, for keyboard and screen-reader users: one row per
 * pair with native selects, the pair's problems in its row, and the problems
 * of sources that have no row (a required source not mapped) above it.
 */
import * as React from 'react';
import { Button, FormSelect, FormSelectOption, Stack, StackItem } from '@patternfly/react-core';
import { PlusCircleIcon, TimesIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useForkliftTranslation } from '../../utils/i18n';
import { OffloadModal } from '../offload/OffloadModal';
import { IssueText } from './IssueText';
import { ACCESS_MODES, VOLUME_MODES, type AccessMode, type MappingPair, type VolumeMode } from './types';
import type { MappingViewProps } from './viewProps';

/** The offload column: always where the fields are offered (vSphere storage), else only when a pair has one. */
const hasOffload = (kind: MappingViewProps['kind'], pairs: readonly MappingPair[]) => kind === 'storage' && pairs.some((p) => p.offload || p.otherOffload);

const useOffloadText = () => {
  const { t } = useForkliftTranslation();
  return (pair: MappingPair): string => {
    if (pair.offload) {
      const { vendor, secret, migrationHosts } = pair.offload;
      return migrationHosts?.length
        ? t('XCOPY via {{vendor}}, secret {{secret}}, hosts {{hosts}}', { vendor, secret, hosts: migrationHosts.join(', ') })
        : t('XCOPY via {{vendor}}, secret {{secret}}', { vendor, secret });
    }
    return pair.otherOffload ? t('{{plugin}} (kept as is)', { plugin: Object.keys(pair.otherOffload).join(', ') }) : '–';
  };
};

export const MappingTable: React.FC<MappingViewProps> = (props) =>
  props.readOnly ? <ReadOnlyTable {...props} /> : <EditableTable {...props} />;

const EditableTable: React.FC<MappingViewProps> = ({ kind, sources, targets, pairs, onChange, issues, nameOf, requiredSourceIds, offload }) => {
  const { t } = useForkliftTranslation();
  const [offloadRow, setOffloadRow] = React.useState<number>();
  const update = (index: number, patch: Partial<MappingPair>) => {
    const next = pairs.map((p, i) => (i === index ? { ...p, ...patch } : p));
    // Clearing an option removes the key, so the written spec has no empty field.
    for (const key of ['volumeMode', 'accessMode', 'offload'] as const) if (!next[index][key]) delete next[index][key];
    onChange(next);
  };
  const mapped = new Set(pairs.map((p) => p.sourceId));
  const nextSource = sources.find((s) => !mapped.has(s.id) && requiredSourceIds.includes(s.id)) ?? sources.find((s) => !mapped.has(s.id));
  const unattached = issues.filter((i) => i.pairIndex === undefined);
  const withOffload = (kind === 'storage' && !!offload) || hasOffload(kind, pairs);
  const offloadText = useOffloadText();
  const offloadPair = offloadRow !== undefined ? pairs[offloadRow] : undefined;

  return (
    <Stack hasGutter>
      {offload && offloadPair && offloadRow !== undefined && (
        <OffloadModal
          sourceName={nameOf(offloadPair.sourceId)}
          initial={offloadPair.offload}
          existingSecrets={offload.existingSecrets}
          newSecrets={offload.newSecrets}
          onSave={(value, secret) => {
            if (secret) offload.onNewSecret(secret);
            update(offloadRow, { offload: value });
          }}
          onClose={() => setOffloadRow(undefined)}
        />
      )}
      {unattached.length > 0 && (
        <StackItem>
          <IssueText issues={unattached} kind={kind} nameOf={nameOf} />
        </StackItem>
      )}
      <StackItem>
        <Table aria-label={kind === 'network' ? t('Network mappings table') : t('Storage mappings table')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Source')}</Th>
              <Th>{t('Target')}</Th>
              {kind === 'storage' && <Th>{t('Volume mode')}</Th>}
              {kind === 'storage' && <Th>{t('Access mode')}</Th>}
              {withOffload && <Th modifier="wrap">{t('Copy offload')}</Th>}
              <Th>{t('Problems')}</Th>
              <Th screenReaderText={t('Actions')} />
            </Tr>
          </Thead>
          <Tbody>
            {pairs.map((pair, index) => {
              const source = nameOf(pair.sourceId);
              const knownSource = sources.some((s) => s.id === pair.sourceId);
              const knownTarget = targets.some((x) => x.id === pair.targetId);
              return (
                <Tr key={index}>
                  <Td dataLabel={t('Source')}>
                    <FormSelect
                      aria-label={t('Source of row {{row}}', { row: index + 1 })}
                      value={pair.sourceId}
                      onChange={(_e, value) => update(index, { sourceId: value })}
                    >
                      {!knownSource && <FormSelectOption value={pair.sourceId} label={pair.sourceId} />}
                      {sources.map((s) => (
                        <FormSelectOption key={s.id} value={s.id} label={s.vmCount !== undefined ? t('{{name}} ({{count}} VMs)', { name: s.name, count: s.vmCount }) : s.name} />
                      ))}
                    </FormSelect>
                  </Td>
                  <Td dataLabel={t('Target')}>
                    <FormSelect aria-label={t('Target for {{name}}', { name: source })} value={pair.targetId} onChange={(_e, value) => update(index, { targetId: value })}>
                      {!pair.targetId && <FormSelectOption value="" label={t('Choose a target')} isPlaceholder />}
                      {pair.targetId && !knownTarget && <FormSelectOption value={pair.targetId} label={pair.targetId} />}
                      {targets.map((x) => (
                        <FormSelectOption key={x.id} value={x.id} label={x.isDefault ? t('{{name}} (default)', { name: x.name }) : x.name} />
                      ))}
                    </FormSelect>
                  </Td>
                  {kind === 'storage' && (
                    <Td dataLabel={t('Volume mode')}>
                      <FormSelect
                        aria-label={t('Volume mode for {{name}}', { name: source })}
                        value={pair.volumeMode ?? ''}
                        onChange={(_e, value) => update(index, { volumeMode: (value || undefined) as VolumeMode | undefined })}
                      >
                        <FormSelectOption value="" label={t('Storage class default')} />
                        {VOLUME_MODES.map((m) => (
                          <FormSelectOption key={m} value={m} label={m} />
                        ))}
                      </FormSelect>
                    </Td>
                  )}
                  {kind === 'storage' && (
                    <Td dataLabel={t('Access mode')}>
                      <FormSelect
                        aria-label={t('Access mode for {{name}}', { name: source })}
                        value={pair.accessMode ?? ''}
                        onChange={(_e, value) => update(index, { accessMode: (value || undefined) as AccessMode | undefined })}
                      >
                        <FormSelectOption value="" label={t('Storage class default')} />
                        {ACCESS_MODES.map((m) => (
                          <FormSelectOption key={m} value={m} label={m} />
                        ))}
                      </FormSelect>
                    </Td>
                  )}
                  {withOffload && (
                    <Td dataLabel={t('Copy offload')}>
                      {pair.offload || !offload ? offloadText(pair) : null}{' '}
                      <span style={{ whiteSpace: 'nowrap' }}>
                        {offload && !pair.otherOffload && (
                          <Button variant="link" isInline onClick={() => setOffloadRow(index)} aria-label={pair.offload ? t('Edit copy offload for {{name}}', { name: source }) : t('Set up copy offload for {{name}}', { name: source })}>
                            {pair.offload ? t('Edit') : t('Set up')}
                          </Button>
                        )}{' '}
                        {pair.offload && (
                          <Button variant="link" isInline onClick={() => update(index, { offload: undefined })} aria-label={t('Remove copy offload for {{name}}', { name: source })}>
                            {t('Remove')}
                          </Button>
                        )}
                      </span>
                    </Td>
                  )}
                  <Td dataLabel={t('Problems')}>
                    <IssueText issues={issues.filter((i) => i.pairIndex === index)} kind={kind} nameOf={nameOf} />
                  </Td>
                  <Td isActionCell>
                    <Button
                      variant="plain"
                      icon={<TimesIcon />}
                      aria-label={t('Remove row {{row}} ({{name}})', { row: index + 1, name: source })}
                      onClick={() => onChange(pairs.filter((_, i) => i !== index))}
                    />
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      </StackItem>
      <StackItem>
        <Button
          variant="link"
          icon={<PlusCircleIcon />}
          isDisabled={!nextSource}
          onClick={() => nextSource && onChange([...pairs, { sourceId: nextSource.id, targetId: '' }])}
        >
          {t('Add mapping')}
        </Button>
      </StackItem>
    </Stack>
  );
};

/** The pairs as text, for details pages. */
const ReadOnlyTable: React.FC<Pick<MappingViewProps, 'kind' | 'targets' | 'pairs' | 'nameOf'>> = ({ kind, targets, pairs, nameOf }) => {
  const { t } = useForkliftTranslation();
  const targetName = (id: string) => targets.find((x) => x.id === id)?.name ?? id;
  const withOffload = hasOffload(kind, pairs);
  const offloadText = useOffloadText();
  return (
    <Table aria-label={kind === 'network' ? t('Network mappings table') : t('Storage mappings table')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Source')}</Th>
          <Th>{t('Target')}</Th>
          {kind === 'storage' && <Th>{t('Volume mode')}</Th>}
          {kind === 'storage' && <Th>{t('Access mode')}</Th>}
          {withOffload && <Th>{t('Copy offload')}</Th>}
        </Tr>
      </Thead>
      <Tbody>
        {pairs.map((pair, index) => (
          <Tr key={index}>
            <Td dataLabel={t('Source')}>{nameOf(pair.sourceId)}</Td>
            <Td dataLabel={t('Target')}>{targetName(pair.targetId)}</Td>
            {kind === 'storage' && <Td dataLabel={t('Volume mode')}>{pair.volumeMode ?? t('Storage class default')}</Td>}
            {kind === 'storage' && <Td dataLabel={t('Access mode')}>{pair.accessMode ?? t('Storage class default')}</Td>}
            {withOffload && <Td dataLabel={t('Copy offload')}>{offloadText(pair)}</Td>}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
