import * as React from 'react';
import { Dropdown, DropdownItem, DropdownList, Divider, MenuToggle } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import type { V1beta1Migration, V1beta1Plan } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { CancelVmsModal, ConfirmActionModal, CutoverModal, DuplicateModal } from './ActionModals';
import { deletePlan, setArchived, setCutover, startPlan } from './api';
import { planAvailability, unfinishedVms, type PlanAction } from './availability';
import { suggestCopyName } from './planBuilders';
import { useBlockerText } from './useBlockerText';

type Dialog = 'start' | 'restart' | 'cutoverNow' | 'schedule' | 'clearCutover' | 'cancelVms' | 'archive' | 'unarchive' | 'duplicate' | 'delete';

interface Props {
  plan: V1beta1Plan;
  /** The plan's latest Migration (what cutover and cancel act on). */
  migration?: V1beta1Migration;
  /** Names taken in the plan's namespace, to suggest a free name for a copy. */
  takenNames?: ReadonlySet<string>;
  /** 'kebab' in list rows, a labelled "Actions" toggle on the details page. */
  variant?: 'kebab' | 'toggle';
  onDeleted?: () => void;
  onDuplicated?: (copy: V1beta1Plan) => void;
}

/** Every lifecycle action of a plan, enabled or disabled with the reason, each confirmed when it cannot be undone. */
export const PlanActionsMenu: React.FC<Props> = ({ plan, migration, takenNames, variant = 'kebab', onDeleted, onDuplicated }) => {
  const { t } = useForkliftTranslation();
  const why = useBlockerText();
  const [open, setOpen] = React.useState(false);
  const [dialog, setDialog] = React.useState<Dialog>();
  const name = plan.metadata?.name ?? '';
  const available = planAvailability(plan, migration);
  const close = () => setDialog(undefined);

  const item = (action: PlanAction, dialogName: Dialog, label: string, danger = false) => {
    const a = available[action];
    return (
      <DropdownItem
        key={dialogName}
        isDisabled={!a.enabled}
        isDanger={danger}
        description={a.enabled ? undefined : why(a.reason)}
        onClick={() => {
          setOpen(false);
          setDialog(dialogName);
        }}
      >
        {label}
      </DropdownItem>
    );
  };
  const archived = available.unarchive.enabled;

  return (
    <>
      <Dropdown
        isOpen={open}
        onOpenChange={setOpen}
        popperProps={{ position: 'right' }}
        toggle={(ref) => (
          <MenuToggle
            ref={ref}
            variant={variant === 'kebab' ? 'plain' : 'default'}
            aria-label={variant === 'kebab' ? t('Actions for {{name}}', { name }) : undefined}
            onClick={() => setOpen((o) => !o)}
            isExpanded={open}
          >
            {variant === 'kebab' ? <EllipsisVIcon /> : t('Actions')}
          </MenuToggle>
        )}
      >
        <DropdownList>
          {item('start', 'start', t('Start'))}
          {item('restart', 'restart', t('Restart'))}
          {item('cutover', 'cutoverNow', t('Cut over now'))}
          {item('scheduleCutover', 'schedule', migration?.spec?.cutover ? t('Change cutover schedule') : t('Schedule cutover'))}
          {item('clearCutover', 'clearCutover', t('Clear cutover schedule'))}
          {item('cancelVms', 'cancelVms', t('Cancel VMs'))}
          <Divider component="li" key="d1" />
          {archived ? item('unarchive', 'unarchive', t('Unarchive')) : item('archive', 'archive', t('Archive'))}
          {item('duplicate', 'duplicate', t('Duplicate'))}
          {item('delete', 'delete', t('Delete'), true)}
        </DropdownList>
      </Dropdown>
      {dialog === 'start' || dialog === 'restart' ? (
        <ConfirmActionModal
          title={dialog === 'start' ? t('Start migration plan {{name}}?', { name }) : t('Restart migration plan {{name}}?', { name })}
          body={
            dialog === 'start'
              ? t('The {{count}} VMs of the plan are migrated to {{namespace}}. Cold migrations shut the source VMs down.', {
                  count: plan.spec?.vms?.length ?? 0,
                  namespace: plan.spec?.targetNamespace,
                })
              : t('VMs that did not succeed in the last run are migrated again; VMs that succeeded are left as they are.')
          }
          confirmLabel={dialog === 'start' ? t('Start') : t('Restart')}
          onConfirm={() => startPlan(plan)}
          onClose={close}
        />
      ) : null}
      {dialog === 'cutoverNow' && migration ? (
        <ConfirmActionModal
          title={t('Cut over {{name}} now?', { name })}
          body={t('The source VMs are shut down, the last changes are copied and the VMs start in the target. This cannot be undone.')}
          confirmLabel={t('Cut over')}
          danger
          onConfirm={() => setCutover(migration, new Date())}
          onClose={close}
        />
      ) : null}
      {dialog === 'schedule' && migration ? <CutoverModal migration={migration} onClose={close} /> : null}
      {dialog === 'clearCutover' && migration ? (
        <ConfirmActionModal
          title={t('Clear the cutover schedule of {{name}}?', { name })}
          body={t('Precopies continue until a cutover is started or scheduled again.')}
          confirmLabel={t('Clear schedule')}
          onConfirm={() => setCutover(migration, undefined)}
          onClose={close}
        />
      ) : null}
      {dialog === 'cancelVms' && migration ? <CancelVmsModal migration={migration} vms={unfinishedVms(plan)} onClose={close} /> : null}
      {dialog === 'archive' || dialog === 'unarchive' ? (
        <ConfirmActionModal
          title={dialog === 'archive' ? t('Archive plan {{name}}?', { name }) : t('Unarchive plan {{name}}?', { name })}
          body={
            dialog === 'archive'
              ? t('An archived plan cannot be started. Its leftover pods are removed; migrated VMs, volumes and the history stay.')
              : t('The plan can be started or restarted again.')
          }
          confirmLabel={dialog === 'archive' ? t('Archive') : t('Unarchive')}
          onConfirm={() => setArchived(plan, dialog === 'archive')}
          onClose={close}
        />
      ) : null}
      {dialog === 'duplicate' ? (
        <DuplicateModal plan={plan} suggested={suggestCopyName(name, takenNames ?? new Set([name]))} onClose={close} onCreated={onDuplicated} />
      ) : null}
      {dialog === 'delete' ? (
        <ConfirmActionModal
          title={t('Delete plan {{name}}?', { name })}
          body={t('The plan and its migrations are deleted. VMs already migrated stay in {{namespace}}. This cannot be undone.', {
            namespace: plan.spec?.targetNamespace,
          })}
          confirmLabel={t('Delete')}
          danger
          onConfirm={async () => {
            await deletePlan(plan);
            onDeleted?.();
          }}
          onClose={close}
        />
      ) : null}
    </>
  );
};
