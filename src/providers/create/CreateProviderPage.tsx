/**
 * Create provider (`/k8s/ns/<ns>/forklift.konveyor.io~v1beta1~Provider/~new`):
 * pick a type, fill one form (inline checks at each field), see the YAML and
 * the kubectl mtv command, create Secret + Provider as one create plan, then
 * follow the provider live. A failed create removes what it wrote and keeps
 * everything typed.
 */
import * as React from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { useActiveNamespace, useK8sWatchResource, type K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  Breadcrumb,
  BreadcrumbItem,
  Button,
  ExpandableSection,
  Form,
  FormSection,
  FormSelect,
  FormSelectOption,
  PageSection,
  Title,
} from '@patternfly/react-core';
import { WritePreview } from '../../components/preview/WritePreview';
import { ALL_NAMESPACES, ProviderModel, gvkOf } from '../../k8s/models';
import type { ProviderType, V1beta1Provider } from '../../k8s/types';
import { isCreatePlanError, previewCreatePlan, runCreatePlan, type CreatePlanFailure } from '../../k8s/write/createPlan';
import { toApiFailure } from '../../k8s/write/apiFailure';
import { useForkliftTranslation } from '../../utils/i18n';
import { FormField } from '../form/fields';
import { ProviderFields } from '../form/ProviderFields';
import { commandCovers, providerCreateCommand, providerCreateSteps } from '../form/builders';
import { providerResolver } from '../form/resolver';
import { placeServerErrors } from '../form/serverErrors';
import { emptyProviderValues, type ProviderFormValues } from '../form/values';
import { providerListPath } from '../paths';
import { ProviderFollow } from './ProviderFollow';
import { ProviderTypeCards } from './ProviderTypeCards';
import { ServerFailureAlert } from './ServerFailureAlert';

interface Props {
  namespace?: string;
}

const ProviderCreateForm: React.FC<{ namespace: string; onCreated: (name: string) => void }> = ({ namespace, onCreated }) => {
  const { t } = useForkliftTranslation();
  const navigate = useNavigate();
  const [providers] = useK8sWatchResource<V1beta1Provider[]>({ groupVersionKind: gvkOf(ProviderModel), namespace, isList: true, namespaced: true });
  const takenNames = React.useMemo(() => new Set((providers ?? []).map((p) => p.metadata?.name ?? '')), [providers]);
  const taken = React.useRef(takenNames);
  taken.current = takenNames;
  const [chosen, setChosen] = React.useState<ProviderType | undefined>();
  const [failure, setFailure] = React.useState<CreatePlanFailure | undefined>();
  const [previewOpen, setPreviewOpen] = React.useState(false);

  const form = useForm<ProviderFormValues>({
    defaultValues: emptyProviderValues(namespace),
    resolver: providerResolver(() => ({ takenNames: taken.current })),
    mode: 'onTouched',
  });
  const { control, handleSubmit, setValue, setError, formState } = form;
  const values = useWatch({ control }) as ProviderFormValues;

  const choose = (type: ProviderType) => {
    setChosen(type);
    setValue('type', type);
    setFailure(undefined);
  };

  const submit = handleSubmit(async (v) => {
    setFailure(undefined);
    try {
      await runCreatePlan(providerCreateSteps(v));
      onCreated(v.name.trim());
    } catch (e) {
      const detail: CreatePlanFailure = isCreatePlanError(e)
        ? e.detail
        : { step: { id: 'provider', kind: 'Provider' }, action: 'create', failure: toApiFailure(e), rolledBack: [], leftBehind: [] };
      const placed = placeServerErrors(detail, t('A provider with this name already exists in this project.'));
      for (const [field, message] of Object.entries(placed.fields)) setError(field as keyof ProviderFormValues, { type: 'server', message }, { shouldFocus: true });
      setFailure(detail);
    }
  });

  const command = chosen ? providerCreateCommand(values) : undefined;
  return (
    <>
      <FormSection title={t('Provider type')} titleElement="h2">
        <ProviderTypeCards value={chosen} onChange={choose} />
      </FormSection>
      {chosen && (
        <Form onSubmit={(e) => void submit(e)} noValidate aria-label={t('Provider details')} style={{ marginTop: 'var(--pf-t--global--spacer--lg)' }}>
          <FormSection title={t('Provider details')} titleElement="h2">
            <FormField
              control={control}
              name="name"
              label={t('Provider name')}
              isRequired
              help={t('Unique in the project; lowercase letters, digits and "-".')}
            />
            <ProviderFields control={control} />
          </FormSection>
          <ExpandableSection
            toggleText={previewOpen ? t('Hide YAML and command') : t('Show YAML and command')}
            onToggle={(_e, open) => setPreviewOpen(open)}
            isExpanded={previewOpen}
          >
            {previewOpen && (
              <>
                <WritePreview objects={previewCreatePlan(providerCreateSteps(values))} commands={command ? [command] : []} idPrefix="provider-create" />
                {!commandCovers(values) && (
                  <Alert isInline isPlain variant="info" title={t('kubectl mtv has no flags for this OpenStack authentication; the command creates a provider with password authentication fields only.')} />
                )}
              </>
            )}
          </ExpandableSection>
          {failure && <ServerFailureAlert detail={failure} />}
          <ActionGroup>
            <Button type="submit" variant="primary" isLoading={formState.isSubmitting} isDisabled={formState.isSubmitting}>
              {t('Create provider')}
            </Button>
            <Button variant="link" onClick={() => navigate(providerListPath(namespace))}>
              {t('Cancel')}
            </Button>
          </ActionGroup>
        </Form>
      )}
    </>
  );
};

const CreateProviderPage: React.FC<Props> = (props) => {
  const { t } = useForkliftTranslation();
  const params = useParams();
  const [activeNamespace] = useActiveNamespace();
  const fromRoute = props.namespace ?? params.ns;
  // All projects: the person picks one (Forklift's own project first).
  const [picked, setPicked] = React.useState<string | undefined>();
  const [namespaces] = useK8sWatchResource<K8sResourceCommon[]>(fromRoute ? null : { groupVersionKind: { version: 'v1', kind: 'Namespace' }, isList: true });
  const names = (namespaces ?? []).map((n) => n.metadata?.name ?? '').sort();
  const fallback = activeNamespace !== ALL_NAMESPACES ? activeNamespace : names.includes('openshift-mtv') ? 'openshift-mtv' : names.includes('konveyor-forklift') ? 'konveyor-forklift' : names[0] ?? 'default';
  const namespace = fromRoute && fromRoute !== ALL_NAMESPACES ? fromRoute : picked ?? fallback;
  const [created, setCreated] = React.useState<string | undefined>();
  const [attempt, setAttempt] = React.useState(0);
  return (
    <>
      <PageSection>
        <Breadcrumb>
          <BreadcrumbItem>
            <Link to={providerListPath(namespace)}>{t('Providers')}</Link>
          </BreadcrumbItem>
          <BreadcrumbItem isActive>{t('Create provider')}</BreadcrumbItem>
        </Breadcrumb>
        <Title headingLevel="h1">{t('Create provider')}</Title>
        {fromRoute && fromRoute !== ALL_NAMESPACES ? (
          <p>{t('Project: {{namespace}}', { namespace })}</p>
        ) : (
          <FormSelect id="provider-project" aria-label={t('Project')} value={namespace} onChange={(_e, v) => setPicked(v)} isDisabled={!!created} style={{ maxWidth: '20em' }}>
            {(names.length ? names : [namespace]).map((n) => (
              <FormSelectOption key={n} value={n} label={n} />
            ))}
          </FormSelect>
        )}
      </PageSection>
      <PageSection>
        {created ? (
          <ProviderFollow name={created} namespace={namespace}>
            <Button
              variant="link"
              isInline
              onClick={() => {
                setCreated(undefined);
                setAttempt((n) => n + 1);
              }}
            >
              {t('Create another provider')}
            </Button>
          </ProviderFollow>
        ) : (
          <ProviderCreateForm key={`${attempt}-${namespace}`} namespace={namespace} onCreated={setCreated} />
        )}
      </PageSection>
    </>
  );
};

export default CreateProviderPage;
