/**
 * The drawing: sources on the left, targets on the right, one line per pair.
 * A pair is drawn by selecting a source and then a target (click, Enter or
 * Space), or by dragging a source onto a target. Everything is a button with
 * a name, so the drawing works from the keyboard too; the table view is the
 * plainer alternative.
 */
import * as React from 'react';
import { Button, Label, Title } from '@patternfly/react-core';
import { TimesIcon } from '@patternfly/react-icons';
import { useForkliftTranslation } from '../../utils/i18n';
import { IssueText } from './IssueText';
import { LINK_WIDTH, ROW_GAP, ROW_HEIGHT, columnHeight, diagramRows, linkPath, removeSourcePairs, setPairTarget } from './diagramLayout';
import { IGNORED_TARGET } from './types';
import type { MappingViewProps } from './viewProps';

const DRAG_TYPE = 'application/x-forklift-source';

const cell: React.CSSProperties = {
  height: ROW_HEIGHT,
  marginBottom: ROW_GAP,
  boxSizing: 'border-box',
  border: '1px solid var(--pf-t--global--border--color--default)',
  borderRadius: 6,
  display: 'flex',
  alignItems: 'center',
  gap: 4,
  padding: '0 4px 0 0',
  background: 'var(--pf-t--global--background--color--primary--default)',
};
const subtle: React.CSSProperties = { color: 'var(--pf-t--global--text--color--subtle)', fontSize: 'var(--pf-t--global--font--size--sm)' };
const oneLine: React.CSSProperties = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };

const cellContent: React.CSSProperties = { flex: 1, minWidth: 0, textAlign: 'left', height: '100%', padding: '4px 8px' };

/** A cell's main area: a button while editing, plain text when read-only. */
const CellButton: React.FC<{ readOnly?: boolean; onClick: () => void; 'aria-label': string; 'aria-pressed'?: boolean; children: React.ReactNode }> = ({
  readOnly,
  children,
  ...props
}) =>
  readOnly ? (
    <div style={{ ...cellContent, display: 'flex', flexDirection: 'column', justifyContent: 'center' }}>{children}</div>
  ) : (
    <Button variant="plain" {...props} style={cellContent}>
      {children}
    </Button>
  );

export const MappingDiagram: React.FC<MappingViewProps> = ({ kind, sources, targets, pairs, onChange, issues, nameOf, requiredSourceIds, readOnly }) => {
  const { t } = useForkliftTranslation();
  const [selected, setSelected] = React.useState<string | undefined>();
  const rows = React.useMemo(() => diagramRows(pairs, sources, targets), [pairs, sources, targets]);
  const required = React.useMemo(() => new Set(requiredSourceIds), [requiredSourceIds]);
  const height = columnHeight(Math.max(rows.sources.length, rows.targets.length));
  const targetName = (id: string) => rows.targets.find((x) => x.id === id)?.name ?? id;
  const connect = (sourceId: string, targetId: string) => {
    onChange(setPairTarget(pairs, sourceId, targetId));
    setSelected(undefined);
  };
  const severityOf = (pairIndex: number) => {
    const own = issues.filter((i) => i.pairIndex === pairIndex);
    return own.some((i) => i.severity === 'error') ? 'error' : own.length ? 'warning' : undefined;
  };

  return (
    <div onKeyDown={(e) => e.key === 'Escape' && setSelected(undefined)}>
      <p style={subtle} aria-live="polite" hidden={readOnly}>
        {selected
          ? t('Now pick the target for {{name}} (Escape cancels).', { name: nameOf(selected) })
          : t('Pick a source, then its target, or drag a source onto a target.')}
      </p>
      <div style={{ display: 'grid', gridTemplateColumns: `minmax(0, 1fr) ${LINK_WIDTH}px minmax(0, 1fr)`, alignItems: 'start' }}>
        <Title headingLevel="h3" size="md">
          {kind === 'network' ? t('Source networks') : t('Source storage')}
        </Title>
        <span />
        <Title headingLevel="h3" size="md">
          {kind === 'network' ? t('Target networks') : t('Target storage classes')}
        </Title>

        <ul aria-label={t('Sources')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.sources.map((source) => {
            const own = pairs.map((p, i) => ({ p, i })).filter((x) => x.p.sourceId === source.id);
            const sourceIssues = issues.filter((i) => i.sourceId === source.id);
            const isSelected = selected === source.id;
            const mapped = own[0];
            return (
              <li
                key={source.id}
                draggable={!readOnly}
                onDragStart={(e) => {
                  e.dataTransfer.setData(DRAG_TYPE, source.id);
                  e.dataTransfer.setData('text/plain', source.id);
                  e.dataTransfer.effectAllowed = 'link';
                }}
                style={{
                  ...cell,
                  borderColor: isSelected ? 'var(--pf-t--global--border--color--clicked)' : sourceIssues.some((i) => i.severity === 'error') ? 'var(--pf-t--global--border--color--status--danger--default)' : undefined,
                  borderWidth: isSelected ? 2 : 1,
                }}
              >
                <CellButton
                  readOnly={readOnly}
                  aria-pressed={isSelected}
                  aria-label={t('Source {{name}}', { name: source.name })}
                  onClick={() => setSelected(isSelected ? undefined : source.id)}
                >
                  <span style={{ display: 'block', ...oneLine, color: 'var(--pf-t--global--text--color--regular)' }}>
                    {source.name}
                    {required.has(source.id) && <span style={subtle}> · {t('used by the selected VMs')}</span>}
                  </span>
                  <span style={{ display: 'block', ...oneLine, ...subtle }}>
                    {source.missing
                      ? t('not in the inventory')
                      : [source.label, source.vmCount !== undefined ? t('{{count}} VMs', { count: source.vmCount }) : undefined].filter(Boolean).join(' · ')}
                  </span>
                  <span style={{ display: 'block', ...oneLine, ...subtle }}>
                    {mapped
                      ? `→ ${targetName(mapped.p.targetId)}${mapped.p.volumeMode ? ` · ${mapped.p.volumeMode}` : ''}${mapped.p.accessMode ? ` · ${mapped.p.accessMode}` : ''}${mapped.p.offload ? ` · ${t('offload {{vendor}}', { vendor: mapped.p.offload.vendor })}` : ''}`
                      : t('Not mapped')}
                  </span>
                </CellButton>
                <div style={{ maxWidth: '45%', minWidth: 0 }}>
                  <IssueText issues={sourceIssues} kind={kind} nameOf={nameOf} compact />
                </div>
                {mapped && !readOnly && (
                  <Button
                    variant="plain"
                    size="sm"
                    icon={<TimesIcon />}
                    aria-label={t('Remove the mapping of {{name}}', { name: source.name })}
                    onClick={() => onChange(removeSourcePairs(pairs, source.id))}
                  />
                )}
              </li>
            );
          })}
        </ul>

        <svg width={LINK_WIDTH} height={height} aria-hidden="true" focusable="false" style={{ overflow: 'visible' }}>
          {rows.links.map(({ pairIndex, sourceRow, targetRow }) => {
            const severity = severityOf(pairIndex);
            const pair = pairs[pairIndex];
            return (
              <path
                key={pairIndex}
                data-testid="mapping-link"
                d={linkPath(sourceRow, targetRow)}
                fill="none"
                strokeWidth={selected === pair.sourceId ? 4 : 2}
                strokeDasharray={pair.targetId === IGNORED_TARGET ? '6 4' : undefined}
                stroke={
                  severity === 'error'
                    ? 'var(--pf-t--global--color--status--danger--default, #c9190b)'
                    : severity === 'warning'
                      ? 'var(--pf-t--global--color--status--warning--default, #f0ab00)'
                      : 'var(--pf-t--global--color--brand--default, #0066cc)'
                }
              />
            );
          })}
        </svg>

        <ul aria-label={t('Targets')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.targets.map((target) => {
            const users = pairs.filter((p) => p.targetId === target.id).length;
            return (
              <li
                key={target.id}
                onDragOver={(e) => {
                  if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
                }}
                onDrop={(e) => {
                  const sourceId = e.dataTransfer.getData(DRAG_TYPE);
                  if (sourceId) {
                    e.preventDefault();
                    connect(sourceId, target.id);
                  }
                }}
                style={{
                  ...cell,
                  borderStyle: selected ? 'dashed' : 'solid',
                  borderColor: target.missing ? 'var(--pf-t--global--border--color--status--danger--default)' : undefined,
                }}
              >
                <CellButton readOnly={readOnly} aria-label={t('Target {{name}}', { name: target.name })} onClick={() => selected && connect(selected, target.id)}>
                  <span style={{ display: 'block', ...oneLine, color: 'var(--pf-t--global--text--color--regular)' }}>
                    {target.name} {target.isDefault && <Label isCompact>{t('Default')}</Label>}
                  </span>
                  <span style={{ display: 'block', ...oneLine, ...subtle }}>
                    {target.missing
                      ? t('does not exist on the target cluster')
                      : [target.label, users ? t('{{count}} sources', { count: users }) : undefined].filter(Boolean).join(' · ')}
                  </span>
                </CellButton>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
};
