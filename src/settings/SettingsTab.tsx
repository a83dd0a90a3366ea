import * as React from 'react';
import { Controller, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { k8sGet, k8sPatch, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  FormSection,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Spinner,
  TextInput,
} from '@patternfly/react-core';
import { ForkliftControllerModel } from '../k8s/models';
import type { V1beta1ForkliftController } from '../health/forkliftHealth';
import type { ForkliftInstallation } from '../health/useForkliftInstallation';
import { errorCode, errorMessage } from '../utils/errors';
import { useForkliftTranslation } from '../utils/i18n';
import { SETTING_FIELDS, type SettingField, type SettingsValues } from './settingsFields';
import { settingsPatch, settingsSchema, valuesFromSpec, type MessageCode } from './settingsSchema';
import { messageText, settingTexts, unitText } from './settingTexts';

type Outcome = { kind: 'saved'; conflict?: string } | { kind: 'error'; message: string; code?: number } | { kind: 'unchanged' };

/** zod issues as react-hook-form errors; the message stays a code, translated where shown. */
const resolver: Resolver<SettingsValues> = async (values) => {
  const result = settingsSchema.safeParse(values);
  if (result.success) return { values, errors: {} };
  const errors: FieldErrors<SettingsValues> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0]);
    if (!errors[key]) errors[key] = { type: 'validate', message: JSON.stringify({ code: issue.message, params: (issue as { params?: unknown }).params ?? {} }) };
  }
  return { values: {}, errors };
};

/**
 * The ForkliftController settings as a form: each with its default, unit,
 * range and help; saved as a JSON Patch of the changed keys only. A 409 (the
 * object changed meanwhile) is shown and the same changes are re-applied to
 * the fresh object. Users who may not patch it see the values read-only.
 */
const SettingsTab: React.FC<{ installation: ForkliftInstallation }> = ({ installation }) => {
  const { t } = useForkliftTranslation();
  const { controller, loaded, error } = installation;
  const [canPatch, checking] = useAccessReview({
    group: ForkliftControllerModel.apiGroup,
    resource: ForkliftControllerModel.plural,
    verb: 'patch',
    namespace: controller?.metadata?.namespace,
    name: controller?.metadata?.name,
  });
  if (error) {
    return (
      <Alert isInline variant="danger" title={t('The settings could not be loaded')}>
        {errorMessage(error)}
      </Alert>
    );
  }
  if (!loaded || checking) return <Spinner size="lg" aria-label={t('Loading settings')} />;
  if (!controller) {
    return <Alert isInline variant="warning" title={t('No ForkliftController found')}>{t('There are no settings to show without a ForkliftController.')}</Alert>;
  }
  return <SettingsForm controller={controller} readOnly={!canPatch} />;
};

const SettingsForm: React.FC<{ controller: V1beta1ForkliftController; readOnly: boolean }> = ({ controller, readOnly }) => {
  const { t } = useForkliftTranslation();
  const texts = settingTexts(t);
  const stored = React.useMemo(() => valuesFromSpec(controller.spec), [controller.spec]);
  const form = useForm<SettingsValues>({ defaultValues: stored, resolver, mode: 'onChange' });
  const { register, handleSubmit, formState, reset } = form;
  const [outcome, setOutcome] = React.useState<Outcome>();
  // Read every flag while rendering, unconditionally: react-hook-form's form state is a subscription
  // proxy, and a flag first read after the change that set it (e.g. isValid behind `!isDirty ||`)
  // stays stale; a single feature-gate choice would leave Save disabled.
  const { dirtyFields, isDirty, isValid, isSubmitting } = formState;

  // Someone else's change shows up live, unless the user is editing.
  React.useEffect(() => {
    if (!isDirty) reset(stored);
  }, [stored]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = async (values: SettingsValues) => {
    const changed = Object.keys(dirtyFields).filter((k) => dirtyFields[k]);
    const patchAgainst = (obj: V1beta1ForkliftController) => settingsPatch(obj.spec, values, changed, obj.metadata?.resourceVersion);
    const send = (obj: V1beta1ForkliftController, data: ReturnType<typeof patchAgainst>) =>
      k8sPatch({ model: ForkliftControllerModel, resource: obj, data }) as Promise<V1beta1ForkliftController>;
    const ops = patchAgainst(controller);
    if (ops.length === 0) {
      setOutcome({ kind: 'unchanged' });
      return;
    }
    try {
      let conflict: string | undefined;
      let saved: V1beta1ForkliftController;
      try {
        saved = await send(controller, ops);
      } catch (e) {
        if (errorCode(e) !== 409) throw e;
        // Changed meanwhile: apply the same edits to the object as it is now.
        conflict = errorMessage(e);
        const fresh = (await k8sGet({ model: ForkliftControllerModel, name: controller.metadata?.name, ns: controller.metadata?.namespace })) as V1beta1ForkliftController;
        const retry = patchAgainst(fresh);
        saved = retry.length ? await send(fresh, retry) : fresh;
      }
      reset(valuesFromSpec(saved.spec));
      setOutcome({ kind: 'saved', conflict });
    } catch (e) {
      // Nothing typed is lost: the form keeps the values.
      setOutcome({ kind: 'error', message: errorMessage(e), code: errorCode(e) });
    }
  };

  const groups = [
    { id: 'migration', title: t('Migrations') },
    { id: 'vmware', title: t('VMware') },
    { id: 'resources', title: t('virt-v2v conversion pods') },
    { id: 'hooks', title: t('Migration hook pods') },
    { id: 'features', title: t('Features') },
    { id: 'logging', title: t('Logging') },
  ] as const;
  const onOff = (value: string) => (value === 'true' ? t('enabled') : t('disabled'));
  /** What an empty field means, with the unit and range. */
  const usage = (field: SettingField) => {
    const unit = unitText(t, field.unit);
    if (field.kind === 'boolean') return field.defaultValue ? t('Default: {{value}}.', { value: onOff(field.defaultValue) }) : t('Not set: disabled.');
    if (field.min !== undefined && field.max !== undefined) {
      return t('Unit: {{unit}}, {{min}} to {{max}}; empty means the default, {{value}}.', { unit, min: field.min, max: field.max, value: field.defaultValue });
    }
    if (field.min !== undefined) {
      return field.defaultValue
        ? t('Unit: {{unit}}, at least {{min}}; empty means the default, {{value}}.', { unit, min: field.min, value: field.defaultValue })
        : t('Unit: {{unit}}, at least {{min}}; empty leaves it unset.', { unit, min: field.min });
    }
    // Fields without a unit or default say in their help what empty means.
    if (!unit) return field.defaultValue ? t('Empty means the default, {{value}}.', { value: field.defaultValue }) : '';
    return t('Unit: {{unit}}; empty means the default, {{value}}.', { unit, value: field.defaultValue });
  };

  return (
    <Form onSubmit={(e) => void handleSubmit(save)(e)} aria-label={t('Forklift settings')} isWidthLimited>
      {readOnly && (
        <Alert isInline variant="info" title={t('Read only')}>
          {t('You are not allowed to change the ForkliftController {{name}}; the settings are shown read-only.', { name: controller.metadata?.name })}
        </Alert>
      )}
      {groups.map((group) => (
        <FormSection key={group.id} title={group.title}>
          {SETTING_FIELDS.filter((f) => f.group === group.id).map((field) => {
            const id = `setting-${field.key}`;
            const fieldError = formState.errors[field.key]?.message;
            const parsed = fieldError ? (JSON.parse(fieldError) as { code: MessageCode; params: Record<string, unknown> }) : undefined;
            return (
              <FormGroup key={field.key} label={texts[field.key].label} fieldId={id}>
                {field.kind === 'boolean' ? (
                  // Controlled: PatternFly's FormSelect does not hand react-hook-form its <select>.
                  <Controller
                    name={field.key}
                    control={form.control}
                    render={({ field: f }) => (
                      <FormSelect
                        id={id}
                        value={f.value}
                        onChange={(_e, v) => f.onChange(v)}
                        onBlur={f.onBlur}
                        isDisabled={readOnly}
                        validated={parsed ? 'error' : 'default'}
                        aria-describedby={`${id}-help`}
                      >
                        <FormSelectOption value="" label={field.defaultValue ? t('Default ({{value}})', { value: onOff(field.defaultValue) }) : t('Not set (disabled)')} />
                        {/* A value the CRD would refuse stays visible until changed. */}
                        {f.value && f.value !== 'true' && f.value !== 'false' ? <FormSelectOption value={f.value} label={f.value} /> : null}
                        <FormSelectOption value="true" label={t('Enabled')} />
                        <FormSelectOption value="false" label={t('Disabled')} />
                      </FormSelect>
                    )}
                  />
                ) : (
                  <TextInput
                    id={id}
                    {...register(field.key)}
                    readOnlyVariant={readOnly ? 'default' : undefined}
                    validated={parsed ? 'error' : 'default'}
                    placeholder={field.defaultValue ? t('Default: {{value}}', { value: field.defaultValue }) : t('Not set')}
                    aria-describedby={`${id}-help`}
                  />
                )}
                <FormHelperText>
                  <HelperText id={`${id}-help`}>
                    {parsed ? (
                      <HelperTextItem variant="error">{messageText(t, parsed.code, parsed.params)}</HelperTextItem>
                    ) : (
                      <HelperTextItem>
                        {texts[field.key].help} {usage(field)}
                      </HelperTextItem>
                    )}
                  </HelperText>
                </FormHelperText>
              </FormGroup>
            );
          })}
        </FormSection>
      ))}
      {outcome?.kind === 'saved' && (
        <Alert isInline variant={outcome.conflict ? 'warning' : 'success'} title={outcome.conflict ? t('Saved on the latest version') : t('Settings saved')}>
          {outcome.conflict
            ? t('The ForkliftController changed while you were editing ({{reason}}). Your changes were applied to its latest version.', { reason: outcome.conflict })
            : t('The operator applies them to the Forklift controller.')}
        </Alert>
      )}
      {outcome?.kind === 'unchanged' && <Alert isInline variant="info" title={t('Nothing to save: the values are already set.')} />}
      {outcome?.kind === 'error' && (
        <Alert isInline variant="danger" title={t('The settings could not be saved')}>
          {outcome.code ? `${outcome.code}: ${outcome.message}` : outcome.message}
        </Alert>
      )}
      {!readOnly && (
        <ActionGroup>
          <Button type="submit" variant="primary" isDisabled={!isDirty || !isValid || isSubmitting} isLoading={isSubmitting}>
            {t('Save')}
          </Button>
          <Button variant="link" isDisabled={!isDirty || isSubmitting} onClick={() => reset(stored)}>
            {t('Reset')}
          </Button>
        </ActionGroup>
      )}
    </Form>
  );
};

export default SettingsTab;
