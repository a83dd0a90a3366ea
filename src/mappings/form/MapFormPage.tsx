/**
 * Create and edit pages for NetworkMap and StorageMap: name, providers, the
 * mapping editor, the pair syntax, and a preview of the YAML and the
 * `kubectl mtv` command before anything is written. A failed write keeps the
 * form as typed and shows the server's reason (a taken name at the name
 * field); an edit is a JSON patch pinned to the resourceVersion it was made
 * from, retried on the fresh object after a 409 and said so.
 */
import * as React from 'react';
import { useK8sWatchResource, type K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  Breadcrumb,
  BreadcrumbItem,
  Bullseye,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  FormSection,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  PageSection,
  Spinner,
  TextInput,
  Title,
} from '@patternfly/react-core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { WritePreview } from '../../components/preview/WritePreview';
import { ProviderModel, SecretModel, gvkOf, listPath } from '../../k8s/models';
import type { V1beta1Map, V1beta1Provider } from '../../k8s/types';
import { causeAt, isCreatePlanError, patchWithRetry, toApiFailure, type ApiFailure } from '../../k8s/write';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import { withQueryClient } from '../../utils/queryClient';
import { zodFormResolver } from '../../utils/zodFormResolver';
import { isHostProvider, useTargetResources } from '../data/useTargetResources';
import { useSourceResources } from '../data/useSourceResources';
import { MappingEditor, PairSyntaxField, checkPairs, hasErrors, type MappingKind } from '../editor';
import { secretsInUse, toOffloadSecret, type NewOffloadSecret, type OffloadSupport } from '../offload/offloadForm';
import { createMapWithSecrets, editMapWithSecrets, secretsLeftBehind } from '../offload/writeOffload';
import { mapDetailsPath, mapModel } from '../paths';
import { formErrorMessage } from './formMessages';
import {
  createCommand,
  editPatch,
  editedMapObject,
  mapFormSchema,
  pairsOfMap,
  patchCommand,
  toMapObject,
  valuesOfMap,
  type MapFormValues,
} from './mapForm';

interface Props {
  kind: MappingKind;
  mode: 'create' | 'edit';
}

const MapFormPage: React.FC<Props> = ({ kind, mode }) => {
  const { t } = useForkliftTranslation();
  const params = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const namespace = params.ns ?? 'default';
  const editName = mode === 'edit' ? (params.name ?? '') : undefined;
  const model = mapModel(kind);
  const title = kind === 'network' ? t('Network map') : t('Storage map');

  const [providers, providersLoaded, providersError] = useK8sWatchResource<V1beta1Provider[]>({
    groupVersionKind: gvkOf(ProviderModel),
    namespace,
    isList: true,
  });
  const [maps] = useK8sWatchResource<V1beta1Map[]>({ groupVersionKind: gvkOf(model), namespace, isList: true });
  const [current, currentLoaded, currentError] = useK8sWatchResource<V1beta1Map>(
    editName ? { groupVersionKind: gvkOf(model), namespace, name: editName } : null,
  );

  const form = useForm<MapFormValues>({
    resolver: zodFormResolver(mapFormSchema),
    defaultValues: { name: '', sourceProvider: search.get('sourceProvider') ?? '', targetProvider: '', pairs: [] },
    mode: 'onTouched',
  });
  const { control, handleSubmit, setValue, getValues, setError, formState, reset } = form;
  const values = useWatch({ control }) as MapFormValues;

  // The object the edit started from: its pairs are the "before" of the kubectl mtv patch command.
  const [base, setBase] = React.useState<V1beta1Map | undefined>();
  React.useEffect(() => {
    if (mode === 'edit' && currentLoaded && current?.metadata && !base) {
      setBase(current);
      reset(valuesOfMap(kind, current));
    }
  }, [mode, currentLoaded, current, base, kind, reset]);

  // Target defaults to the host cluster's OpenShift provider once the providers are known.
  const hostProvider = (providers ?? []).find(isHostProvider);
  React.useEffect(() => {
    if (mode === 'create' && hostProvider && !getValues('targetProvider')) setValue('targetProvider', hostProvider.metadata?.name ?? '');
  }, [mode, hostProvider, getValues, setValue]);

  const sourceProvider = (providers ?? []).find((p) => p.metadata?.name === values.sourceProvider);
  const targetProvider = (providers ?? []).find((p) => p.metadata?.name === values.targetProvider);
  const source = useSourceResources(sourceProvider, kind);
  const target = useTargetResources(targetProvider, kind);
  const pairs = React.useMemo(() => values.pairs ?? [], [values.pairs]);
  const issues = React.useMemo(
    () =>
      checkPairs({
        kind,
        pairs,
        sources: source.sources,
        targets: target.targets,
        sourcesLoaded: source.loaded,
        targetsLoaded: target.loaded,
        offloadAllowed: kind === 'network' || !sourceProvider || sourceProvider.spec?.type === 'vsphere',
      }),
    [kind, pairs, source.sources, source.loaded, target.targets, target.loaded, sourceProvider],
  );

  // Copy offload (vSphere XCOPY) fields are offered for storage from vSphere only.
  const offloadSource = kind === 'storage' && sourceProvider?.spec?.type === 'vsphere';
  const [secrets] = useK8sWatchResource<K8sResourceCommon[]>(offloadSource ? { groupVersionKind: gvkOf(SecretModel), namespace, isList: true } : null);
  const [newSecrets, setNewSecrets] = React.useState<NewOffloadSecret[]>([]);
  const secretsToWrite = React.useMemo(() => secretsInUse(newSecrets, pairs), [newSecrets, pairs]);
  const offload = React.useMemo<OffloadSupport | undefined>(
    () =>
      offloadSource
        ? {
            existingSecrets: (secrets ?? []).map((x) => x.metadata?.name ?? '').filter(Boolean).sort(),
            newSecrets: secretsToWrite,
            onNewSecret: (secret) => setNewSecrets((list) => [...list.filter((x) => x.name !== secret.name), secret]),
          }
        : undefined,
    [offloadSource, secrets, secretsToWrite],
  );
  const offloadAllowed = kind === 'network' || !sourceProvider || offloadSource;

  const [failure, setFailure] = React.useState<ApiFailure | undefined>();
  const [leftBehind, setLeftBehind] = React.useState<string[]>([]);
  const [notice, setNotice] = React.useState<string | undefined>();
  const [blocked, setBlocked] = React.useState(false);

  const object: V1beta1Map | undefined =
    mode === 'create' ? toMapObject(kind, { ...values, pairs }, namespace, source.sources) : base && editedMapObject(kind, current ?? base, pairs, source.sources);
  const command =
    mode === 'create'
      ? createCommand(kind, { ...values, pairs }, namespace, source.sources)
      : base
        ? patchCommand(kind, base.metadata?.name ?? '', namespace, pairsOfMap(kind, base), pairs, source.sources)
        : undefined;

  const onSubmit = async (v: MapFormValues) => {
    setFailure(undefined);
    setLeftBehind([]);
    setNotice(undefined);
    if (hasErrors(issues)) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    try {
      if (mode === 'create') {
        if ((maps ?? []).some((m) => m.metadata?.name === v.name)) {
          setError('name', { type: 'taken', message: t('A map with this name already exists in {{namespace}}.', { namespace }) });
          return;
        }
        await createMapWithSecrets(model, toMapObject(kind, v, namespace, source.sources), secretsInUse(newSecrets, v.pairs), namespace);
        navigate(mapDetailsPath(kind, namespace, v.name));
      } else if (base) {
        await editMapWithSecrets(model, current ?? base, secretsInUse(newSecrets, v.pairs), namespace, () =>
          patchWithRetry<V1beta1Map>({
            model,
            resource: current ?? base,
            build: (fresh) => editPatch(kind, fresh, v.pairs, source.sources),
            onConflict: () => setNotice(t('The map changed on the server while you edited it; your mappings were applied to the latest version.')),
          }),
        );
        navigate(mapDetailsPath(kind, namespace, base.metadata?.name ?? ''));
      }
    } catch (e) {
      // A Secret refused, or the map refused after its Secrets: the failing write's reason, and what could not be removed.
      setLeftBehind(isCreatePlanError(e) ? e.detail.leftBehind.map((x) => x.step.name ?? '') : secretsLeftBehind(e));
      const f = isCreatePlanError(e) ? e.detail.failure : toApiFailure(e);
      setFailure(f);
      if (isCreatePlanError(e) && e.detail.step.kind === 'Secret') return;
      if (f.reason === 'AlreadyExists') setError('name', { type: 'server', message: f.message });
      else if (causeAt(f, 'metadata.name')) setError('name', { type: 'server', message: causeAt(f, 'metadata.name')!.message });
    }
  };

  const fieldError = (code?: string) => formErrorMessage(t, code);
  const nameError = formState.errors.name?.type === 'taken' || formState.errors.name?.type === 'server' ? formState.errors.name.message : fieldError(formState.errors.name?.message);
  const pairsError = fieldError(
    (formState.errors.pairs as { message?: string } | undefined)?.message ??
      (Array.isArray(formState.errors.pairs) ? formState.errors.pairs.find(Boolean)?.targetId?.message : undefined),
  );

  if (mode === 'edit' && (currentError || (currentLoaded && !current?.metadata))) {
    return (
      <PageSection>
        <Alert variant="danger" isInline title={t('{{kind}} {{name}} could not be loaded', { kind: title, name: editName })}>
          {currentError ? errorMessage(currentError) : t('Not found.')}
        </Alert>
      </PageSection>
    );
  }
  if (mode === 'edit' && !base) {
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  }

  const providerOptions = (list: V1beta1Provider[]) =>
    list.map((p) => (
      <FormSelectOption key={p.metadata?.uid ?? p.metadata?.name} value={p.metadata?.name} label={`${p.metadata?.name} (${p.spec?.type ?? '?'})`} />
    ));
  const openshiftProviders = (providers ?? []).filter((p) => p.spec?.type === 'openshift');

  return (
    <>
      <PageSection>
        <Breadcrumb>
          <BreadcrumbItem>
            <Link to={listPath(model, namespace)}>{kind === 'network' ? t('Network maps') : t('Storage maps')}</Link>
          </BreadcrumbItem>
          <BreadcrumbItem isActive>{mode === 'create' ? t('Create') : base?.metadata?.name}</BreadcrumbItem>
        </Breadcrumb>
        <Title headingLevel="h1">
          {mode === 'create'
            ? kind === 'network'
              ? t('Create network map')
              : t('Create storage map')
            : kind === 'network'
              ? t('Edit network map {{name}}', { name: base?.metadata?.name })
              : t('Edit storage map {{name}}', { name: base?.metadata?.name })}
        </Title>
      </PageSection>
      <PageSection>
        <Form onSubmit={handleSubmit(onSubmit)} noValidate aria-label={title}>
          {providersError && (
            <Alert variant="danger" isInline title={t('Providers could not be loaded')}>
              {errorMessage(providersError)}
            </Alert>
          )}
          <FormSection title={t('Name and providers')} titleElement="h2">
            <Controller
              control={control}
              name="name"
              render={({ field }) => (
                <FormGroup label={t('Name')} isRequired fieldId="map-name">
                  <TextInput
                    id="map-name"
                    {...field}
                    isDisabled={mode === 'edit'}
                    onChange={(_e, value) => field.onChange(value)}
                    validated={nameError ? 'error' : 'default'}
                    aria-invalid={!!nameError}
                  />
                  <FormHelperText>
                    <HelperText>
                      {nameError ? <HelperTextItem variant="error">{nameError}</HelperTextItem> : <HelperTextItem>{t('Namespace: {{namespace}}', { namespace })}</HelperTextItem>}
                    </HelperText>
                  </FormHelperText>
                </FormGroup>
              )}
            />
            <Controller
              control={control}
              name="sourceProvider"
              render={({ field, fieldState }) => (
                <FormGroup label={t('Source provider')} isRequired fieldId="map-source-provider">
                  <FormSelect
                    id="map-source-provider"
                    value={field.value}
                    onChange={(_e, value) => field.onChange(value)}
                    onBlur={field.onBlur}
                    isDisabled={mode === 'edit'}
                    validated={fieldState.error ? 'error' : 'default'}
                  >
                    <FormSelectOption value="" label={providersLoaded ? t('Select a provider') : t('Loading providers...')} isPlaceholder />
                    {providerOptions((providers ?? []).filter((p) => !isHostProvider(p)))}
                  </FormSelect>
                  <FormHelperText>
                    <HelperText>
                      {fieldState.error ? (
                        <HelperTextItem variant="error">{fieldError(fieldState.error.message)}</HelperTextItem>
                      ) : source.error ? (
                        <HelperTextItem variant="error">{t('The inventory could not be read: {{reason}}', { reason: errorMessage(source.error) })}</HelperTextItem>
                      ) : sourceProvider && !source.loaded ? (
                        <HelperTextItem>{t('Reading the inventory...')}</HelperTextItem>
                      ) : null}
                    </HelperText>
                  </FormHelperText>
                </FormGroup>
              )}
            />
            <Controller
              control={control}
              name="targetProvider"
              render={({ field, fieldState }) => (
                <FormGroup label={t('Target provider')} isRequired fieldId="map-target-provider">
                  <FormSelect
                    id="map-target-provider"
                    value={field.value}
                    onChange={(_e, value) => field.onChange(value)}
                    onBlur={field.onBlur}
                    isDisabled={mode === 'edit'}
                    validated={fieldState.error ? 'error' : 'default'}
                  >
                    <FormSelectOption value="" label={t('Select a provider')} isPlaceholder />
                    {providerOptions(openshiftProviders)}
                  </FormSelect>
                  <FormHelperText>
                    <HelperText>
                      {fieldState.error ? (
                        <HelperTextItem variant="error">{fieldError(fieldState.error.message)}</HelperTextItem>
                      ) : target.error ? (
                        <HelperTextItem variant="error">{t('The target cluster could not be read: {{reason}}', { reason: errorMessage(target.error) })}</HelperTextItem>
                      ) : (
                        <HelperTextItem>{t('An OpenShift provider; the host cluster is the one without a URL.')}</HelperTextItem>
                      )}
                    </HelperText>
                  </FormHelperText>
                </FormGroup>
              )}
            />
          </FormSection>

          <FormSection title={t('Mappings')} titleElement="h2">
            {!sourceProvider ? (
              <HelperText>
                <HelperTextItem>{t('Pick the source provider to list its networks or storage.')}</HelperTextItem>
              </HelperText>
            ) : (
              <Controller
                control={control}
                name="pairs"
                render={({ field }) => (
                  <>
                    <MappingEditor
                      kind={kind}
                      sources={source.sources}
                      targets={target.targets}
                      pairs={field.value ?? []}
                      onChange={(next) => {
                        field.onChange(next);
                        setBlocked(false);
                      }}
                      sourcesLoaded={source.loaded}
                      targetsLoaded={target.loaded}
                      offload={offload}
                      offloadAllowed={offloadAllowed}
                    />
                    {pairsError && (
                      <HelperText>
                        <HelperTextItem variant="error">{pairsError}</HelperTextItem>
                      </HelperText>
                    )}
                    <PairSyntaxField kind={kind} sources={source.sources} pairs={field.value ?? []} namespace={namespace} onApply={(next) => field.onChange(next)} />
                  </>
                )}
              />
            )}
          </FormSection>

          <FormSection title={t('Review')} titleElement="h2">
            {object && command && (
              <WritePreview
                idPrefix={`${kind}-map`}
                objects={[...secretsToWrite.map((x) => toOffloadSecret(x, namespace)), object as K8sResourceCommon]}
                commands={mode === 'edit' && 'empty' in command && command.empty ? [] : [command.command]}
              />
            )}
            {command && command.skipped.length > 0 && (
              <HelperText>
                <HelperTextItem variant="warning">{t('The command leaves out sources whose names the pair syntax cannot carry; the YAML has them.')}</HelperTextItem>
              </HelperText>
            )}
          </FormSection>

          {blocked && hasErrors(issues) && (
            <Alert variant="danger" isInline title={t('Fix the problems marked in the mappings first.')} />
          )}
          {notice && <Alert variant="info" isInline title={notice} />}
          {failure && (
            <Alert variant="danger" isInline title={mode === 'create' ? t('The map was not created') : t('The map was not saved')}>
              {[failure.code, failure.reason].filter(Boolean).join(' ')}
              {failure.code || failure.reason ? ': ' : ''}
              {failure.message}
              {leftBehind.length > 0 && <p>{t('These could not be removed; delete them by hand: {{objects}}', { objects: leftBehind.join(', ') })}</p>}
            </Alert>
          )}
          <ActionGroup>
            <Button type="submit" variant="primary" isLoading={formState.isSubmitting} isDisabled={formState.isSubmitting}>
              {mode === 'create' ? t('Create') : t('Save')}
            </Button>
            <Button variant="link" onClick={() => navigate(mode === 'edit' && base ? mapDetailsPath(kind, namespace, base.metadata?.name ?? '') : listPath(model, namespace))}>
              {t('Cancel')}
            </Button>
          </ActionGroup>
        </Form>
      </PageSection>
    </>
  );
};

const page = (kind: MappingKind, mode: 'create' | 'edit') => {
  const Page: React.FC = () => <MapFormPage kind={kind} mode={mode} />;
  Page.displayName = `${kind}-map-${mode}`;
  return withQueryClient(Page);
};

export const NetworkMapCreatePage = page('network', 'create');
export const StorageMapCreatePage = page('storage', 'create');
export const NetworkMapEditPage = page('network', 'edit');
export const StorageMapEditPage = page('storage', 'edit');
export default NetworkMapCreatePage;
