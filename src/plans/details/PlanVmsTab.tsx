import * as React from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Alert, AlertActionCloseButton, Button, Checkbox, FormSelect, FormSelectOption, Label, Progress, SearchInput, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core';
import { AngleDownIcon, AngleRightIcon } from '@patternfly/react-icons';
import type { PlanVm, V1beta1Plan } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { CancelVmsModal, ConfirmActionModal } from '../actions/ActionModals';
import { editPlan } from '../actions/api';
import { planAvailability, unfinishedVms } from '../actions/availability';
import { removeVmsOps } from '../actions/planBuilders';
import { VM_OUTCOMES, currentStep, stepPercent, type VmOutcome } from '../progress/vmProgress';
import { AddVmsModal } from './AddVmsModal';
import type { PlanTabProps } from './tabProps';
import { VmCustomiseModal } from './VmCustomiseModal';
import type { HookJobRef } from './HookJobStatus';
import { VmPipeline } from './VmPipeline';
import { filterVmRows, vmRows, type VmRow } from './vmRows';

const OUTCOME_COLORS: Record<VmOutcome, 'green' | 'red' | 'blue' | 'orange' | 'grey' | 'purple'> = {
  succeeded: 'green',
  failed: 'red',
  running: 'blue',
  waitingCutover: 'purple',
  canceled: 'grey',
  pending: 'grey',
};

const useOutcomeNames = (): Record<VmOutcome, string> => {
  const { t } = useForkliftTranslation();
  return { succeeded: t('Succeeded'), failed: t('Failed'), running: t('Running'), waitingCutover: t('Waiting for cutover'), canceled: t('Canceled'), pending: t('Pending') };
};

interface RowProps {
  row: VmRow;
  expanded: boolean;
  onToggle: (key: string) => void;
  selectable: boolean;
  selected: boolean;
  onSelect: (key: string, on: boolean) => void;
  editable: boolean;
  onCustomise: (vm: PlanVm) => void;
  cutover?: string;
  hooks: HookJobRef;
}

/** One VM: memoised so a watch event re-renders only VMs whose status object changed. */
const VmRowView = React.memo(function VmRowView({ row, expanded, onToggle, selectable, selected, onSelect, editable, onCustomise, cutover, hooks }: RowProps) {
  const { t } = useForkliftTranslation();
  const names = useOutcomeNames();
  const step = row.status ? currentStep(row.status) : undefined;
  return (
    <div className="forklift-vm-row" style={{ borderBottom: '1px solid var(--pf-t--global--border--color--default)', padding: '6px 0' }}>
      <div style={{ display: 'grid', gridTemplateColumns: '32px 32px minmax(160px, 2fr) 120px 150px minmax(160px, 2fr) auto', alignItems: 'center', gap: 8 }}>
        <Button variant="plain" aria-label={t('Details of {{vm}}', { vm: row.name })} aria-expanded={expanded} onClick={() => onToggle(row.key)} isDisabled={!row.status}>
          {expanded ? <AngleDownIcon /> : <AngleRightIcon />}
        </Button>
        {selectable ? (
          <Checkbox id={`vm-select-${row.key}`} aria-label={t('Select {{vm}}', { vm: row.name })} isChecked={selected} onChange={(_e, on) => onSelect(row.key, on)} />
        ) : (
          <span />
        )}
        <strong>{row.name}</strong>
        <Label isCompact color={OUTCOME_COLORS[row.outcome]}>
          {names[row.outcome]}
        </Label>
        <span>{row.status?.phase ?? '–'}</span>
        <span>
          {step ? (
            <Progress
              size="sm"
              title={step.name}
              value={stepPercent(step)}
              variant={step.error ? 'danger' : undefined}
              aria-label={t('Current step of {{vm}}', { vm: row.name })}
            />
          ) : (
            '–'
          )}
        </span>
        <span>
          {editable && row.spec ? (
            <Button variant="secondary" size="sm" onClick={() => onCustomise(row.spec!)} aria-label={t('Settings of {{vm}}', { vm: row.name })}>
              {t('Settings')}
            </Button>
          ) : null}
        </span>
      </div>
      {expanded && row.status ? (
        <div style={{ padding: '8px 0 8px 72px' }}>
          <VmPipeline vm={row.status} cutover={cutover} hooks={hooks} />
        </div>
      ) : null}
    </div>
  );
});

/** The plan's VMs, virtualized (a plan may hold hundreds), each expandable into its pipeline. */
export const PlanVmsTab: React.FC<PlanTabProps> = ({ obj: plan, customData }) => {
  const { t } = useForkliftTranslation();
  const names = useOutcomeNames();
  const migration = customData.latest;
  const available = planAvailability(plan, migration);
  const rows = React.useMemo(() => vmRows(plan), [plan]);
  const [text, setText] = React.useState('');
  const [outcome, setOutcome] = React.useState<VmOutcome | ''>('');
  const shown = React.useMemo(() => filterVmRows(rows, text, outcome), [rows, text, outcome]);
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = React.useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = React.useState<{ kind: 'cancel' } | { kind: 'remove' } | { kind: 'add' } | { kind: 'customise'; vm: PlanVm }>();
  const [added, setAdded] = React.useState<string>();
  const cutover = migration?.spec?.cutover;
  const planNamespace = plan.metadata?.namespace ?? '';
  const planUid = plan.metadata?.uid ?? '';
  const hooks = React.useMemo<HookJobRef>(() => ({ namespace: planNamespace, planUid }), [planNamespace, planUid]);
  const selectable = available.cancelVms.enabled || available.edit.enabled;

  const onToggle = React.useCallback((key: string) => setExpanded((prev) => toggleIn(prev, key, !prev.has(key))), []);
  const onSelect = React.useCallback((key: string, on: boolean) => setSelected((prev) => toggleIn(prev, key, on)), []);
  const onCustomise = React.useCallback((vm: PlanVm) => setDialog({ kind: 'customise', vm }), []);

  const scrollRef = React.useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 46,
    overscan: 8,
    getItemKey: (i) => shown[i].key,
  });

  const unfinished = unfinishedVms(plan);
  const chosenUnfinished = unfinished.filter((vm) => selected.has(vm.id ?? vm.name ?? ''));
  const chosenSpec = (plan.spec?.vms ?? []).filter((vm) => selected.has(vm.id ?? vm.name ?? ''));

  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <SearchInput aria-label={t('Filter VMs by name')} placeholder={t('Filter VMs by name')} value={text} onChange={(_e, v) => setText(v)} onClear={() => setText('')} />
          </ToolbarItem>
          <ToolbarItem>
            <FormSelect aria-label={t('Filter VMs by outcome')} value={outcome} onChange={(_e, v) => setOutcome(v as VmOutcome | '')}>
              <FormSelectOption value="" label={t('All outcomes')} />
              {VM_OUTCOMES.map((o) => (
                <FormSelectOption key={o} value={o} label={names[o]} />
              ))}
            </FormSelect>
          </ToolbarItem>
          {available.cancelVms.enabled ? (
            <ToolbarItem>
              <Button variant="danger" isDisabled={chosenUnfinished.length === 0} onClick={() => setDialog({ kind: 'cancel' })}>
                {t('Cancel selected VMs ({{count}})', { count: chosenUnfinished.length })}
              </Button>
            </ToolbarItem>
          ) : null}
          {available.edit.enabled ? (
            <ToolbarItem>
              <Button variant="primary" onClick={() => setDialog({ kind: 'add' })}>
                {t('Add virtual machines')}
              </Button>
            </ToolbarItem>
          ) : null}
          {available.edit.enabled ? (
            <ToolbarItem>
              <Button variant="secondary" isDisabled={chosenSpec.length === 0 || chosenSpec.length === (plan.spec?.vms?.length ?? 0)} onClick={() => setDialog({ kind: 'remove' })}>
                {t('Remove selected VMs from the plan ({{count}})', { count: chosenSpec.length })}
              </Button>
            </ToolbarItem>
          ) : null}
          <ToolbarItem align={{ default: 'alignEnd' }}>{t('{{shown}} of {{total}} VMs', { shown: shown.length, total: rows.length })}</ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {added ? <Alert isInline variant="success" title={added} actionClose={<AlertActionCloseButton onClose={() => setAdded(undefined)} />} /> : null}
      <div ref={scrollRef} style={{ height: '65vh', overflow: 'auto' }} role="list" aria-label={t('Virtual machines of the plan')}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = shown[item.index];
            return (
              <div
                key={item.key}
                role="listitem"
                aria-label={row.name}
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
              >
                <VmRowView
                  row={row}
                  expanded={expanded.has(row.key)}
                  onToggle={onToggle}
                  selectable={selectable && (available.edit.enabled || !!(row.status && row.outcome !== 'succeeded' && row.outcome !== 'failed' && row.outcome !== 'canceled'))}
                  selected={selected.has(row.key)}
                  onSelect={onSelect}
                  editable={available.edit.enabled}
                  onCustomise={onCustomise}
                  cutover={cutover}
                  hooks={hooks}
                />
              </div>
            );
          })}
        </div>
      </div>
      {dialog?.kind === 'cancel' && migration ? (
        <CancelVmsModal migration={migration} vms={unfinished} preselected={chosenUnfinished.map((vm) => vm.id ?? vm.name ?? '')} onClose={() => setDialog(undefined)} />
      ) : null}
      {dialog?.kind === 'remove' ? (
        <RemoveVmsModal plan={plan} vms={chosenSpec} onClose={() => setDialog(undefined)} onDone={() => setSelected(new Set())} />
      ) : null}
      {dialog?.kind === 'add' ? (
        <AddVmsModal
          plan={plan}
          onClose={() => setDialog(undefined)}
          onAdded={(count, retried) =>
            setAdded(
              retried
                ? t('{{count}} VMs added (the plan had changed meanwhile: they were added to its current version)', { count })
                : t('{{count}} VMs added', { count }),
            )
          }
        />
      ) : null}
      {dialog?.kind === 'customise' ? <VmCustomiseModal plan={plan} vm={dialog.vm} onClose={() => setDialog(undefined)} /> : null}
    </>
  );
};

const RemoveVmsModal: React.FC<{ plan: V1beta1Plan; vms: PlanVm[]; onClose: () => void; onDone: () => void }> = ({ plan, vms, onClose, onDone }) => {
  const { t } = useForkliftTranslation();
  return (
    <ConfirmActionModal
      title={t('Remove {{count}} VMs from the plan?', { count: vms.length })}
      body={t('They will not be migrated by this plan: {{names}}', { names: vms.map((v) => v.name ?? v.id).join(', ') })}
      confirmLabel={t('Remove')}
      onConfirm={async () => {
        await editPlan(plan, (current) => removeVmsOps(current, vms));
        onDone();
      }}
      onClose={onClose}
    />
  );
};

function toggleIn(set: ReadonlySet<string>, key: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}
