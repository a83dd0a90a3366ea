import * as React from 'react';
import {
  Alert,
  AlertActionCloseButton,
  Bullseye,
  Button,
  Checkbox,
  Spinner,
  Stack,
  StackItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { downloadText } from '../../inventory/exportResults';
import { ResultsTable } from '../../inventory/ResultsTable';
import { arrayRowSource } from '../../inventory/rowSource';
import { sortOrder } from '../../inventory/sortRows';
import { useQueryResult } from '../../inventory/useInventoryEngine';
import { TslError } from '../../tsl/errors';
import { EMPTY_SCHEMA, LazyTslEditor, lineColumnAt } from '../../tsl-editor';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import { FieldHelp } from './fields';
import { formatPlanVms, parseVmList, resolveVmRefs } from './planVms';
import type { SourceVms } from './useSourceVms';
import { buildVmTable, withInPlanColumn } from './vmTable';
import type { WizardVm } from './values';

export interface VmPickerProps {
  /** Prefix of the ids of this picker's controls (two pickers never share ids). */
  idPrefix: string;
  /** The source provider's name (for messages). */
  providerName: string;
  source: SourceVms;
  /** The TSL query that was run (the editor's text may differ until it runs again). */
  query: string;
  onQuery: (query: string) => void;
  vms: readonly WizardVm[];
  onChange: (vms: WizardVm[]) => void;
  /** VM id (or name) → the other plans holding it, shown in their own column. */
  otherPlans: ReadonlyMap<string, readonly string[]>;
  /** VMs the plan already holds: shown checked in their own column, never added or removed here. */
  inPlan?: ReadonlySet<string>;
  /** File name of "Export selection". */
  exportName: string;
  error?: string;
  height?: number;
}

/**
 * The source's VMs, queried with TSL, selected many at a time, imported and
 * exported as files: the plan wizard's VM step and the plan details' "Add
 * virtual machines" both use it.
 */
export const VmPicker: React.FC<VmPickerProps> = ({ idPrefix, providerName, source, query, onQuery, vms, onChange, otherPlans, inPlan, exportName, error, height = 420 }) => {
  const { t } = useForkliftTranslation();
  const [draft, setDraft] = React.useState(query);
  const [criticalOnly, setCriticalOnly] = React.useState(false);
  const [sort, setSort] = React.useState<{ column: number; direction: 'asc' | 'desc' }>();
  const [notice, setNotice] = React.useState<{ variant: 'info' | 'warning' | 'danger'; text: string }>();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const { ref, collection, index } = source;
  const result = useQueryResult(ref, collection.data, collection.dataUpdatedAt, query);

  const view = React.useMemo(() => {
    if (!result.data || !index) return undefined;
    const table = buildVmTable(result.data, index, otherPlans, { criticalOnly, otherPlansColumn: t('In other plans') });
    return inPlan ? withInPlanColumn(table, inPlan, index, { title: t('In this plan'), yes: t('Yes') }) : table;
  }, [result.data, index, otherPlans, criticalOnly, inPlan, t]);
  React.useEffect(() => setSort(undefined), [view]);
  const order = React.useMemo(() => (view && sort ? sortOrder(view.rows, sort.column, sort.direction) : undefined), [view, sort]);
  const rowSource = React.useMemo(() => arrayRowSource(view?.rows ?? [], order), [view, order]);

  const selectedIds = React.useMemo(() => new Set(vms.map((v) => v.id)), [vms]);
  const isInPlan = React.useCallback((id: string) => !!inPlan && (inPlan.has(id) || inPlan.has(index?.name[index.bySourceId.get(id) ?? -1] ?? '')), [inPlan, index]);
  const selectedRows = React.useMemo(
    () => new Set((view?.ids ?? []).flatMap((id, row) => (selectedIds.has(id) || isInPlan(id) ? [row] : []))),
    [view, selectedIds, isInPlan],
  );

  const nameOf = (id: string) => (index ? index.name[index.bySourceId.get(id) ?? -1] ?? '' : '');
  const select = (ids: readonly string[], selecting: boolean) => {
    const free = ids.filter((id) => !isInPlan(id));
    if (selecting) {
      const add = free.filter((id) => !selectedIds.has(id)).map((id) => ({ id, name: nameOf(id) }));
      onChange([...vms, ...add]);
    } else {
      const drop = new Set(free);
      onChange(vms.filter((v) => !drop.has(v.id)));
    }
  };

  const run = (text: string) => {
    setDraft(text);
    onQuery(text);
    if (text === query) void result.refetch();
  };

  const importFile = async (file: File) => {
    try {
      const refs = parseVmList(await file.text());
      if (!index) return;
      const all = index.id.map((id, i) => ({ id, name: index.name[i] }));
      const { found, missing } = resolveVmRefs(refs, all);
      const add = found.filter((vm) => !selectedIds.has(vm.id) && !isInPlan(vm.id));
      onChange([...vms, ...add]);
      setNotice(
        missing.length
          ? {
              variant: 'warning',
              text: t('Imported {{count}} VMs from {{file}}; not found in the source: {{missing}}', {
                count: found.length,
                file: file.name,
                missing: missing.map((m) => m.name ?? m.id).join(', '),
              }),
            }
          : { variant: 'info', text: t('Imported {{count}} VMs from {{file}}', { count: found.length, file: file.name }) },
      );
    } catch (e) {
      setNotice({ variant: 'danger', text: t('{{file}} could not be read: {{reason}}', { file: file.name, reason: errorMessage(e) }) });
    }
  };

  if (!ref) {
    return (
      <Alert isInline variant="warning" title={t('The inventory has no provider {{name}} yet', { name: providerName })}>
        {t('Its inventory appears once the provider is Ready.')}
      </Alert>
    );
  }
  if (collection.isError) {
    return (
      <Alert isInline variant="danger" title={t('The inventory could not be loaded')}>
        {errorMessage(collection.error)}
      </Alert>
    );
  }

  const queryError = result.error instanceof TslError ? result.error : undefined;
  const errorAt = queryError ? lineColumnAt(query, queryError.offset) : undefined;

  return (
    <Stack hasGutter>
      <StackItem>
        <LazyTslEditor
          value={draft}
          onChange={setDraft}
          onRun={run}
          schema={collection.data?.schema ?? EMPTY_SCHEMA}
          runError={queryError && draft === query ? queryError : null}
          height={72}
        />
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <Button variant="secondary" onClick={() => run(draft)} isDisabled={!collection.data}>
                {t('Run query')}
              </Button>
            </ToolbarItem>
            <ToolbarItem alignSelf="center">
              <Checkbox id={`${idPrefix}-critical-only`} label={t('Only VMs with critical concerns')} isChecked={criticalOnly} onChange={(_e, v) => setCriticalOnly(v)} />
            </ToolbarItem>
            <ToolbarItem>
              <Button variant="link" onClick={() => view && select(view.ids, true)} isDisabled={!view || view.ids.length === 0}>
                {t('Select all {{count}} matching', { count: view?.ids.length ?? 0 })}
              </Button>
            </ToolbarItem>
            <ToolbarItem>
              <Button variant="link" onClick={() => onChange([])} isDisabled={vms.length === 0}>
                {t('Clear selection')}
              </Button>
            </ToolbarItem>
            <ToolbarItem>
              <Button variant="link" onClick={() => fileInput.current?.click()} isDisabled={!index}>
                {t('Import VM list')}
              </Button>
              <input
                ref={fileInput}
                type="file"
                accept=".yaml,.yml,.txt,text/plain,application/yaml"
                aria-label={t('VM list file')}
                style={{ display: 'none' }}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void importFile(file);
                }}
              />
            </ToolbarItem>
            <ToolbarItem>
              <Button
                variant="link"
                isDisabled={vms.length === 0}
                onClick={() => downloadText(formatPlanVms(vms), `${exportName}-vms.yaml`, 'application/yaml')}
              >
                {t('Export selection')}
              </Button>
            </ToolbarItem>
            <ToolbarItem alignSelf="center" align={{ default: 'alignEnd' }}>
              <strong data-testid={`${idPrefix}-selected-count`}>{t('{{count}} VMs selected', { count: vms.length })}</strong>
              {view && (
                <span style={{ marginLeft: 8 }} data-testid={`${idPrefix}-matching-count`}>
                  {t('{{shown}} of {{total}} VMs', { shown: view.ids.length, total: collection.data?.count ?? 0 })}
                </span>
              )}
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        <FieldHelp error={error} />
      </StackItem>
      {notice && (
        <StackItem>
          <Alert isInline variant={notice.variant} title={notice.text} actionClose={<AlertActionCloseButton onClose={() => setNotice(undefined)} />} />
        </StackItem>
      )}
      <StackItem isFilled>
        {queryError ? (
          <Alert isInline variant="danger" title={t('The query has an error')}>
            {t('Line {{line}}, column {{column}}: {{message}}', { line: errorAt!.line, column: errorAt!.column, message: queryError.message })}
          </Alert>
        ) : result.isError ? (
          <Alert isInline variant="danger" title={t('The query failed')}>
            {errorMessage(result.error)}
          </Alert>
        ) : !view ? (
          <Bullseye>
            <Spinner aria-label={t('Loading VMs')} />
          </Bullseye>
        ) : (
          <ResultsTable
            columns={view.columns}
            source={rowSource}
            sort={sort}
            onSort={(column, direction) => setSort({ column, direction })}
            selectable
            selected={selectedRows}
            onSelect={(rows, selecting) => select(rows.length === view.rows.length ? view.ids : rows.map((r) => view.ids[r]), selecting)}
            onOpen={(row) => select([view.ids[row]], !selectedRows.has(row))}
            height={height}
          />
        )}
      </StackItem>
    </Stack>
  );
};
