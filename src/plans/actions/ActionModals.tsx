import * as React from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  SearchInput,
  TextInput,
} from '@patternfly/react-core';
import { ModalActions } from '../../components/modal/ModalActions';
import type { PlanVmStatus, V1beta1Migration, V1beta1Plan } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { cancelVms, createDuplicate, setCutover } from './api';
import { dnsLabelProblem } from './planBuilders';
import { useActionRunner } from './useActionRunner';

interface ConfirmProps {
  title: string;
  body: React.ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/** Asks before an action that cannot be undone; keeps the modal open with the server's reason if it fails. */
export const ConfirmActionModal: React.FC<ConfirmProps> = ({ title, body, confirmLabel, danger, onConfirm, onClose }) => {
  const { t } = useForkliftTranslation();
  const { run, inFlight, error } = useActionRunner();
  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="confirm-action-title">
      <ModalHeader title={title} labelId="confirm-action-title" titleIconVariant={danger ? 'warning' : undefined} />
      <ModalBody>
        {body}
        {error ? (
          <Alert isInline variant="danger" title={t('The action failed')} className="pf-v6-u-mt-md">
            {error}
          </Alert>
        ) : null}
      </ModalBody>
      <ModalActions onCancel={onClose}>
        <Button
          variant={danger ? 'danger' : 'primary'}
          isLoading={inFlight}
          isDisabled={inFlight}
          onClick={async () => {
            if (await run(onConfirm)) onClose();
          }}
        >
          {confirmLabel}
        </Button>
      </ModalActions>
    </Modal>
  );
};

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYY-MM-DDTHH:mm` in local time, what a datetime-local input holds. */
export const toLocalInput = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** Schedule, move or clear the cutover of a running warm migration. */
export const CutoverModal: React.FC<{ migration: V1beta1Migration; onClose: () => void }> = ({ migration, onClose }) => {
  const { t } = useForkliftTranslation();
  const current = migration.spec?.cutover;
  const [value, setValue] = React.useState(() => toLocalInput(current ? new Date(current) : new Date(Date.now() + 3_600_000)));
  const { run, inFlight, error } = useActionRunner();
  const parsed = value ? new Date(value) : undefined;
  const invalid = !parsed || Number.isNaN(parsed.getTime());
  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="cutover-title">
      <ModalHeader title={current ? t('Change the cutover schedule') : t('Schedule the cutover')} labelId="cutover-title" />
      <ModalBody>
        <Form
          onSubmit={async (e) => {
            e.preventDefault();
            if (!invalid && (await run(() => setCutover(migration, parsed)))) onClose();
          }}
          id="cutover-form"
        >
          <p>
            {t('Precopies continue until the cutover; then the source VMs are shut down, the last changes are copied and the VMs are converted.')}
          </p>
          {current ? <p>{t('Scheduled now: {{time}}', { time: new Date(current).toLocaleString() })}</p> : null}
          <FormGroup label={t('Cutover date and time')} fieldId="cutover-at" isRequired>
            <TextInput id="cutover-at" type="datetime-local" value={value} onChange={(_e, v) => setValue(v)} validated={invalid ? 'error' : 'default'} />
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant={invalid ? 'error' : 'default'}>
                  {invalid ? t('Enter a date and time.') : t('Local time. A time in the past cuts over at once.')}
                </HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
          {error ? (
            <Alert isInline variant="danger" title={t('The cutover could not be scheduled')}>
              {error}
            </Alert>
          ) : null}
        </Form>
      </ModalBody>
      <ModalActions onCancel={onClose}>
        <Button type="submit" form="cutover-form" isDisabled={invalid || inFlight} isLoading={inFlight}>
          {t('Schedule cutover')}
        </Button>
        {current ? (
          <Button
            variant="secondary"
            isDisabled={inFlight}
            onClick={async () => {
              if (await run(() => setCutover(migration, undefined))) onClose();
            }}
          >
            {t('Clear schedule')}
          </Button>
        ) : null}
      </ModalActions>
    </Modal>
  );
};

/** A copy of the plan under a new name; not started. */
export const DuplicateModal: React.FC<{ plan: V1beta1Plan; suggested: string; onClose: () => void; onCreated?: (copy: V1beta1Plan) => void }> = ({
  plan,
  suggested,
  onClose,
  onCreated,
}) => {
  const { t } = useForkliftTranslation();
  const [name, setName] = React.useState(suggested);
  const { run, inFlight, error } = useActionRunner();
  const problem = name ? dnsLabelProblem(name) : 'empty';
  const message =
    problem === 'empty'
      ? t('Enter a name.')
      : problem === 'tooLong'
        ? t('At most 63 characters.')
        : problem
          ? t('Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.')
          : undefined;
  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="duplicate-title">
      <ModalHeader title={t('Duplicate plan {{name}}', { name: plan.metadata?.name })} labelId="duplicate-title" />
      <ModalBody>
        <Form
          id="duplicate-form"
          onSubmit={async (e) => {
            e.preventDefault();
            let created: V1beta1Plan | undefined;
            if (!problem && (await run(async () => (created = await createDuplicate(plan, name))))) {
              onClose();
              if (created) onCreated?.(created);
            }
          }}
        >
          <p>{t('The copy has the same VMs, maps and settings. It is not started.')}</p>
          <FormGroup label={t('Name of the copy')} fieldId="duplicate-name" isRequired>
            <TextInput id="duplicate-name" value={name} onChange={(_e, v) => setName(v)} validated={message ? 'error' : 'default'} />
            {message ? (
              <FormHelperText>
                <HelperText>
                  <HelperTextItem variant="error">{message}</HelperTextItem>
                </HelperText>
              </FormHelperText>
            ) : null}
          </FormGroup>
          {error ? (
            <Alert isInline variant="danger" title={t('The plan could not be duplicated')}>
              {error}
            </Alert>
          ) : null}
        </Form>
      </ModalBody>
      <ModalActions onCancel={onClose}>
        <Button type="submit" form="duplicate-form" isDisabled={!!problem || inFlight} isLoading={inFlight}>
          {t('Duplicate')}
        </Button>
      </ModalActions>
    </Modal>
  );
};

/** Cancel some of the VMs still migrating; their pods and volumes are removed by the controller. */
export const CancelVmsModal: React.FC<{ migration: V1beta1Migration; vms: PlanVmStatus[]; preselected?: readonly string[]; onClose: () => void }> = ({
  migration,
  vms,
  preselected,
  onClose,
}) => {
  const { t } = useForkliftTranslation();
  const [chosen, setChosen] = React.useState<ReadonlySet<string>>(() => new Set(preselected ?? []));
  const [filter, setFilter] = React.useState('');
  const { run, inFlight, error } = useActionRunner();
  const shown = vms.filter((vm) => (vm.name ?? vm.id ?? '').toLowerCase().includes(filter.trim().toLowerCase())).slice(0, 200);
  const keyOf = (vm: PlanVmStatus) => vm.id ?? vm.name ?? '';
  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="cancel-vms-title">
      <ModalHeader title={t('Cancel VM migrations')} labelId="cancel-vms-title" titleIconVariant="warning" />
      <ModalBody>
        <p>{t('Canceled VMs stop migrating; what was copied for them is removed. The source VMs are not changed. This cannot be undone, but a restart of the plan migrates them again.')}</p>
        <SearchInput aria-label={t('Filter VMs by name')} placeholder={t('Filter VMs by name')} value={filter} onChange={(_e, v) => setFilter(v)} onClear={() => setFilter('')} />
        <Checkbox
          id="cancel-all"
          label={t('All {{count}} unfinished VMs', { count: vms.length })}
          isChecked={vms.length > 0 && chosen.size === vms.length}
          onChange={(_e, on) => setChosen(on ? new Set(vms.map(keyOf)) : new Set())}
        />
        {shown.map((vm) => (
          <Checkbox
            key={keyOf(vm)}
            id={`cancel-${keyOf(vm)}`}
            label={`${vm.name ?? vm.id} (${vm.phase ?? ''})`}
            isChecked={chosen.has(keyOf(vm))}
            onChange={(_e, on) =>
              setChosen((prev) => {
                const next = new Set(prev);
                if (on) next.add(keyOf(vm));
                else next.delete(keyOf(vm));
                return next;
              })
            }
          />
        ))}
        {vms.length > shown.length ? <p>{t('Showing {{shown}} of {{total}}; filter to find others.', { shown: shown.length, total: vms.length })}</p> : null}
        {error ? (
          <Alert isInline variant="danger" title={t('The VMs could not be canceled')}>
            {error}
          </Alert>
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button
          variant="danger"
          isDisabled={chosen.size === 0 || inFlight}
          isLoading={inFlight}
          onClick={async () => {
            const refs = vms.filter((vm) => chosen.has(keyOf(vm))).map((vm) => ({ id: vm.id, name: vm.name }));
            if (await run(() => cancelVms(migration, refs))) onClose();
          }}
        >
          {t('Cancel {{count}} VMs', { count: chosen.size })}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Close')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
