/**
 * Copy offload of one storage pair as form fields: the offload plugin
 * (vSphere XCOPY or none), the storage vendor product, the Secret with the
 * array's credentials (an existing one, or one made here with the keys that
 * vendor's populator reads); dedicated ESXi hosts, set in the pair syntax, are kept. Saving hands
 * back the pair's offload (and the new Secret, written with the map); the
 * pair syntax shows the same offload at once.
 */
import * as React from 'react';
import {
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Modal,
  ModalBody,
  ModalHeader,
  TextInput,
} from '@patternfly/react-core';
import { ModalActions } from '../../components/modal/ModalActions';
import { useForkliftTranslation } from '../../utils/i18n';
import { OFFLOAD_VENDORS, type OffloadVendor, type StorageOffload } from '../editor/types';
import {
  newSecretProblems,
  offloadFormOf,
  offloadFormProblems,
  offloadFromForm,
  secretKeysFor,
  takesToken,
  type NewOffloadSecret,
  type OffloadFormValues,
  type SecretProblem,
} from './offloadForm';

/** The Secret choice that opens the fields of a new one (no Secret name can start with "!"). */
const NEW_SECRET = '!new';

export interface OffloadModalProps {
  sourceName: string;
  initial?: StorageOffload;
  /** Secrets already in the map's namespace. */
  existingSecrets: readonly string[];
  /** Secrets made in place earlier in this form (not written yet). */
  newSecrets: readonly NewOffloadSecret[];
  /** `undefined` removes the pair's offload. */
  onSave: (offload: StorageOffload | undefined, newSecret?: NewOffloadSecret) => void;
  onClose: () => void;
}

const Help: React.FC<{ error?: string; help?: string }> = ({ error, help }) =>
  error || help ? (
    <FormHelperText>
      <HelperText>
        <HelperTextItem variant={error ? 'error' : 'default'}>{error ?? help}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  ) : null;

export const OffloadModal: React.FC<OffloadModalProps> = ({ sourceName, initial, existingSecrets, newSecrets, onSave, onClose }) => {
  const { t } = useForkliftTranslation();
  const [enabled, setEnabled] = React.useState(true);
  const [form, setForm] = React.useState<OffloadFormValues>(() => offloadFormOf(initial));
  const [secretChoice, setSecretChoice] = React.useState(initial?.secret ?? '');
  const [secret, setSecret] = React.useState<{ name: string; values: Record<string, string> }>({ name: '', values: {} });
  const [tried, setTried] = React.useState(false);

  const creating = secretChoice === NEW_SECRET;
  const values: OffloadFormValues = { ...form, secret: creating ? secret.name : secretChoice };
  const formProblems = offloadFormProblems(values);
  const taken = new Set([...existingSecrets, ...newSecrets.map((s) => s.name)]);
  const newSecret: NewOffloadSecret | undefined = creating && form.vendor ? { name: secret.name, vendor: form.vendor, values: secret.values } : undefined;
  const secretProblems = newSecret ? newSecretProblems(newSecret, taken) : {};
  const valid = !enabled || (Object.keys(formProblems).length === 0 && Object.keys(secretProblems).length === 0);

  const secretText = (p: SecretProblem | undefined): string | undefined => {
    switch (p) {
      case 'required':
        return t('Required');
      case 'badName':
        return t('Lowercase letters, digits, "-" and "."; starts and ends with a letter or digit');
      case 'taken':
        return t('A Secret with this name exists; choose it above.');
      case 'userAndPassword':
        return t('Both a user and a password, or neither');
      case 'port':
        return t('A port number (1-65535)');
      case 'choice':
        return t('Pick one of the values offered');
      default:
        return undefined;
    }
  };
  const shown = <T,>(p: T | undefined) => (tried ? p : undefined);
  const vendorError = shown(formProblems.vendor) ? t('Pick the storage vendor product') : undefined;
  const secretError = creating ? undefined : shown(formProblems.secret) ? t('Pick a Secret, or create one') : undefined;

  const save = () => {
    setTried(true);
    if (!valid) return;
    if (!enabled) onSave(undefined);
    else onSave(offloadFromForm(values), newSecret ? { ...newSecret, name: newSecret.name.trim() } : undefined);
    onClose();
  };

  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="offload-modal-title">
      <ModalHeader title={t('Copy offload for {{name}}', { name: sourceName })} labelId="offload-modal-title" />
      <ModalBody>
        <Form
          id="offload-form"
          onSubmit={(e) => {
            e.preventDefault();
            // React bubbles the submit through the portal into the map page's own form: keep it here.
            e.stopPropagation();
            save();
          }}
        >
          <FormGroup label={t('Offload plugin')} fieldId="offload-plugin">
            <FormSelect id="offload-plugin" value={enabled ? 'vsphere' : ''} onChange={(_e, v) => setEnabled(v === 'vsphere')}>
              <FormSelectOption value="" label={t('None')} />
              <FormSelectOption value="vsphere" label={t('vSphere XCOPY (vsphere)')} />
            </FormSelect>
            <Help help={t('The datastore and the storage class must be on the same array.')} />
          </FormGroup>
          {enabled && (
            <>
              <FormGroup label={t('Storage vendor product')} isRequired fieldId="offload-vendor">
                <FormSelect
                  id="offload-vendor"
                  value={form.vendor}
                  onChange={(_e, v) => setForm({ ...form, vendor: v as OffloadVendor | '' })}
                  validated={vendorError ? 'error' : 'default'}
                >
                  <FormSelectOption value="" label={t('Choose a vendor product')} isPlaceholder />
                  {OFFLOAD_VENDORS.map((v) => (
                    <FormSelectOption key={v} value={v} label={v} />
                  ))}
                </FormSelect>
                <Help error={vendorError} />
              </FormGroup>
              <FormGroup label={t('Storage credentials Secret')} isRequired fieldId="offload-secret">
                <FormSelect id="offload-secret" value={secretChoice} onChange={(_e, v) => setSecretChoice(v)} validated={secretError ? 'error' : 'default'}>
                  <FormSelectOption value="" label={t('Choose a Secret')} isPlaceholder />
                  {secretChoice && secretChoice !== NEW_SECRET && !taken.has(secretChoice) && <FormSelectOption value={secretChoice} label={secretChoice} />}
                  {newSecrets.map((s) => (
                    <FormSelectOption key={`new-${s.name}`} value={s.name} label={t('{{name}} (new, written with the map)', { name: s.name })} />
                  ))}
                  {existingSecrets.map((s) => (
                    <FormSelectOption key={s} value={s} label={s} />
                  ))}
                  <FormSelectOption value={NEW_SECRET} label={t('Create a new Secret…')} />
                </FormSelect>
                <Help error={secretError} help={t('In the map’s namespace.')} />
              </FormGroup>
              {creating && !form.vendor && <Help help={t('Pick the vendor product first.')} />}
              {creating && form.vendor && (
                <>
                  <FormGroup label={t('New Secret name')} isRequired fieldId="offload-secret-name">
                    <TextInput
                      id="offload-secret-name"
                      value={secret.name}
                      onChange={(_e, v) => setSecret({ ...secret, name: v })}
                      validated={shown(secretProblems.name) ? 'error' : 'default'}
                    />
                    <Help error={secretText(shown(secretProblems.name))} />
                  </FormGroup>
                  {secretKeysFor(form.vendor).map((k) => {
                    const value = secret.values[k.key] ?? '';
                    const set = (v: string) => setSecret({ ...secret, values: { ...secret.values, [k.key]: v } });
                    const error = secretText(shown(secretProblems[k.key]));
                    const id = `offload-secret-${k.key}`;
                    if (k.input === 'checkbox') {
                      return <Checkbox key={k.key} id={id} label={k.key} isChecked={value === 'true'} onChange={(_e, c) => set(c ? 'true' : '')} />;
                    }
                    const required = k.required === true || (k.required === 'auth' && !takesToken(form.vendor as OffloadVendor));
                    return (
                      <FormGroup key={k.key} label={k.key} isRequired={required} fieldId={id}>
                        {k.input === 'select' ? (
                          <FormSelect id={id} value={value} onChange={(_e, v) => set(v)} validated={error ? 'error' : 'default'}>
                            <FormSelectOption value="" label={t('Default')} />
                            {(k.options ?? []).map((o) => (
                              <FormSelectOption key={o} value={o} label={o} />
                            ))}
                          </FormSelect>
                        ) : (
                          <TextInput id={id} type={k.input === 'password' ? 'password' : 'text'} value={value} onChange={(_e, v) => set(v)} validated={error ? 'error' : 'default'} />
                        )}
                        <Help error={error} help={k.key === 'STORAGE_TOKEN' ? t('Or a user and a password') : undefined} />
                      </FormGroup>
                    );
                  })}
                </>
              )}
            </>
          )}
        </Form>
      </ModalBody>
      <ModalActions onCancel={onClose}>
        <Button type="submit" form="offload-form" isDisabled={tried && !valid}>
          {t('Save')}
        </Button>
      </ModalActions>
    </Modal>
  );
};
