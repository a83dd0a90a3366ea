/**
 * The visual mapping editor: one component for network and storage maps, with
 * no knowledge of pages (the map pages and the plan wizard embed it).
 *
 * Props:
 *  - `kind`: 'network' | 'storage'
 *  - `sources`: MappingSource[] — `{id, name, label?, vmCount?}` of the source provider
 *  - `targets`: MappingTarget[] — `{id, name, label?, isDefault?}`; network ids are
 *    `pod`, `ignored` or `namespace/name` (a NAD); storage ids are StorageClass names
 *    (`isDefault` flags the default class). Shown in the given order.
 *  - `pairs`: MappingPair[] — `{sourceId, targetId, volumeMode?, accessMode?}`
 *  - `onChange(pairs)`: called with the whole new list on every edit
 *  - `requiredSourceIds?`: sources the chosen VMs use; each must be mapped (or ignored)
 *  - `sourcesLoaded?`, `targetsLoaded?` (default true): while false, nothing is
 *    reported missing
 *  - `ariaLabel?`: the name of the editor region
 *  - `readOnly?`: draw the pairs without editing controls or suggestions (details pages)
 *  - `offload?`: storage from vSphere: per-pair copy offload fields (Secrets to choose, new ones made in place)
 *  - `offloadAllowed?` (default true): false when the source cannot offload; an offload pasted there is an error
 *
 * Two views of the same pairs, both editable: a drawing (sources left, targets
 * right, a line per pair; click or drag a source onto a target) and a table for
 * keyboard and screen-reader users. Checks (checks.ts) are shown at the pair
 * they concern; suggestions (suggestions.ts) are listed and applied only when
 * accepted. The parent runs checkPairs itself to decide whether to save.
 */
import * as React from 'react';
import { ToggleGroup, ToggleGroupItem, Stack, StackItem } from '@patternfly/react-core';
import { useForkliftTranslation } from '../../utils/i18n';
import { checkPairs } from './checks';
import { MappingDiagram } from './MappingDiagram';
import { MappingTable } from './MappingTable';
import { SuggestionsPanel } from './SuggestionsPanel';
import type { OffloadSupport } from '../offload/offloadForm';
import type { MappingKind, MappingPair, MappingSource, MappingTarget } from './types';

export interface MappingEditorProps {
  kind: MappingKind;
  sources: MappingSource[];
  targets: MappingTarget[];
  pairs: MappingPair[];
  onChange: (pairs: MappingPair[]) => void;
  requiredSourceIds?: string[];
  sourcesLoaded?: boolean;
  targetsLoaded?: boolean;
  ariaLabel?: string;
  readOnly?: boolean;
  offload?: OffloadSupport;
  /** False for a source that cannot offload (not vSphere): a pair with an offload is an error. */
  offloadAllowed?: boolean;
}

export const MappingEditor: React.FC<MappingEditorProps> = ({
  kind,
  sources,
  targets,
  pairs,
  onChange,
  requiredSourceIds,
  sourcesLoaded = true,
  targetsLoaded = true,
  ariaLabel,
  readOnly,
  offload,
  offloadAllowed = true,
}) => {
  const { t } = useForkliftTranslation();
  const [view, setView] = React.useState<'visual' | 'table'>('visual');
  const issues = React.useMemo(
    () => checkPairs({ kind, pairs, sources, targets, requiredSourceIds, sourcesLoaded, targetsLoaded, offloadAllowed }),
    [kind, pairs, sources, targets, requiredSourceIds, sourcesLoaded, targetsLoaded, offloadAllowed],
  );
  const names = React.useMemo(() => new Map(sources.map((s) => [s.id, s.name])), [sources]);
  const nameOf = React.useCallback((id: string) => names.get(id) ?? id, [names]);
  const shared = { kind, sources, targets, pairs, onChange, issues, nameOf, requiredSourceIds: requiredSourceIds ?? [], readOnly, offload };

  return (
    <section aria-label={ariaLabel ?? (kind === 'network' ? t('Network mappings') : t('Storage mappings'))}>
      <Stack hasGutter>
        <StackItem>
          <ToggleGroup aria-label={t('Mapping view')}>
            <ToggleGroupItem text={t('Visual')} buttonId={`${kind}-view-visual`} isSelected={view === 'visual'} onChange={() => setView('visual')} />
            <ToggleGroupItem text={t('Table')} buttonId={`${kind}-view-table`} isSelected={view === 'table'} onChange={() => setView('table')} />
          </ToggleGroup>
        </StackItem>
        {sourcesLoaded && targetsLoaded && !readOnly && (
          <StackItem>
            <SuggestionsPanel kind={kind} sources={sources} targets={targets} pairs={pairs} onChange={onChange} nameOf={nameOf} />
          </StackItem>
        )}
        <StackItem>{view === 'visual' ? <MappingDiagram {...shared} /> : <MappingTable {...shared} />}</StackItem>
      </Stack>
    </section>
  );
};

export default MappingEditor;
