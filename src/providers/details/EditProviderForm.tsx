/**
 * Edit a provider: URL, credentials (empty keeps the stored one), CA or skip
 * TLS, VDDK image and AIO buffers. Saves JSON patches of what changed, Secret
 * first, then Provider; a 409 is retried on the fresh object and said so.
 */
import * as React from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { ActionGroup, Alert, Button, ExpandableSection, Form, Spinner } from '@patternfly/react-core';
import { WritePreview } from '../../components/preview/WritePreview';
import { ProviderModel, SecretModel, gvkOf } from '../../k8s/models';
import type { V1beta1Provider } from '../../k8s/types';
import { toApiFailure, type ApiFailure } from '../../k8s/write/apiFailure';
import { applyJsonPatch } from '../../k8s/write/jsonPointer';
import { patchWithRetry } from '../../k8s/write/patch';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import type { ProviderSecret } from '../form/builders';
import { providerPatchCommand, providerPatches, secretPatches, valuesFromProvider } from '../form/edit';
import { ProviderFields } from '../form/ProviderFields';
import { providerResolver } from '../form/resolver';
import { fieldForCause } from '../form/serverErrors';
import type { ProviderFormValues } from '../form/values';
import { ProviderFollow } from '../create/ProviderFollow';

interface Props {
  provider: V1beta1Provider;
  onDone: () => void;
}

const EditForm: React.FC<Props & { secret: ProviderSecret | undefined }> = ({ provider, secret, onDone }) => {
  const { t } = useForkliftTranslation();
  // The form starts from what was stored when it opened; later changes by others are merged at save (409 retry).
  const [initial] = React.useState(() => valuesFromProvider(provider, secret));
  const form = useForm<ProviderFormValues>({ defaultValues: initial, resolver: providerResolver(() => ({ editing: true })), mode: 'onTouched' });
  const { control, handleSubmit, setError, formState } = form;
  const values = useWatch({ control }) as ProviderFormValues;
  const [failure, setFailure] = React.useState<{ what: string; failure: ApiFailure }>();
  const [conflicts, setConflicts] = React.useState(0);
  const [saved, setSaved] = React.useState(false);
  const [previewOpen, setPreviewOpen] = React.useState(false);

  const submit = handleSubmit(async (v) => {
    setFailure(undefined);
    setConflicts(0);
    if (secret) {
      try {
        await patchWithRetry({ model: SecretModel, resource: secret, build: (fresh) => secretPatches(fresh, v), onConflict: () => setConflicts((n) => n + 1) });
      } catch (e) {
        const f = toApiFailure(e);
        for (const c of f.causes) {
          const field = fieldForCause('Secret', c.field);
          if (field) setError(field, { type: 'server', message: c.message });
        }
        setFailure({ what: t('Saving the credentials failed'), failure: f });
        return;
      }
    }
    try {
      await patchWithRetry({ model: ProviderModel, resource: provider, build: (fresh) => providerPatches(fresh, v), onConflict: () => setConflicts((n) => n + 1) });
    } catch (e) {
      const f = toApiFailure(e);
      for (const c of f.causes) {
        const field = fieldForCause('Provider', c.field);
        if (field) setError(field, { type: 'server', message: c.message });
      }
      setFailure({ what: t('Saving the provider failed'), failure: f });
      return;
    }
    setSaved(true);
  });

  if (saved) {
    return (
      <>
        {conflicts > 0 && (
          <Alert isInline variant="info" title={t('The provider changed while you were editing; your changes were applied to the latest version.')} />
        )}
        <ProviderFollow name={provider.metadata?.name ?? ''} namespace={provider.metadata?.namespace ?? ''}>
          <Button variant="link" isInline onClick={onDone}>
            {t('Back to the provider')}
          </Button>
        </ProviderFollow>
      </>
    );
  }

  const previewObjects = [
    ...(secret ? [applyJsonPatch(secret, secretPatches(secret, values))] : []),
    applyJsonPatch(provider, providerPatches(provider, values)),
  ].map((o) => {
    const { managedFields: _m, ...metadata } = (o.metadata ?? {}) as Record<string, unknown>;
    return { ...o, metadata };
  });
  const unchanged = providerPatches(provider, values).length === 0 && (!secret || secretPatches(secret, values).length === 0);

  return (
    <Form onSubmit={(e) => void submit(e)} noValidate aria-label={t('Edit provider')}>
      <ProviderFields control={control} editing />
      <ExpandableSection toggleText={previewOpen ? t('Hide YAML and command') : t('Show YAML and command')} onToggle={(_e, open) => setPreviewOpen(open)} isExpanded={previewOpen}>
        {previewOpen && <WritePreview objects={previewObjects} commands={[providerPatchCommand(initial, values)]} idPrefix="provider-edit" />}
      </ExpandableSection>
      {failure && (
        <Alert isInline variant="danger" title={failure.what}>
          {failure.failure.code ? `${failure.failure.code} ${failure.failure.reason ?? ''}: ` : ''}
          {failure.failure.message}
          {conflicts > 0 ? ` ${t('(after {{n}} retries on a changed object)', { n: conflicts })}` : ''}
        </Alert>
      )}
      <ActionGroup>
        <Button type="submit" variant="primary" isLoading={formState.isSubmitting} isDisabled={formState.isSubmitting || unchanged}>
          {t('Save')}
        </Button>
        <Button variant="link" onClick={onDone}>
          {t('Cancel')}
        </Button>
      </ActionGroup>
    </Form>
  );
};

export const EditProviderForm: React.FC<Props> = ({ provider, onDone }) => {
  const { t } = useForkliftTranslation();
  const ref = provider.spec?.secret;
  const [secret, loaded, error] = useK8sWatchResource<ProviderSecret>(
    ref?.name ? { groupVersionKind: gvkOf(SecretModel), name: ref.name, namespace: ref.namespace ?? provider.metadata?.namespace } : null,
  );
  if (ref?.name && error) {
    return (
      <Alert isInline variant="danger" title={t('The credentials secret could not be read')}>
        {errorMessage(error)}
      </Alert>
    );
  }
  if (ref?.name && !loaded) return <Spinner aria-label={t('Loading credentials')} />;
  return <EditForm provider={provider} secret={ref?.name ? secret : undefined} onDone={onDone} />;
};
