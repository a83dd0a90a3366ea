/**
 * The create-plan page (`/k8s/ns/<ns>/forklift.konveyor.io~v1beta1~Plan/~new`):
 * a PatternFly wizard over one react-hook-form state. Each step's zod schema
 * guards "Next"; "Create" checks every step again, then writes maps, hooks and
 * the plan in order. Every change is kept as a draft in localStorage, so a
 * reload, a failed create or going back and forth never loses anything.
 * `?provider=<name>&vms=<id,...>` (the inventory browser's "Create migration
 * plan") starts with that source and those VMs chosen.
 */
import * as React from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, AlertActionLink, Button, PageSection, Wizard, WizardFooter, WizardStep, useWizardContext } from '@patternfly/react-core';
import { listPath, PlanModel } from '../../k8s/models';
import { isCreatePlanError } from '../../k8s/write';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import { withQueryClient } from '../../utils/queryClient';
import type { SourceNames } from './builders';
import { CreatedPlan } from './CreatedPlan';
import { discardDraft, isDraftWorthKeeping, loadDraft, saveDraft } from './draftStore';
import { errorText } from './errorText';
import { GeneralStep } from './GeneralStep';
import { HooksStep } from './HooksStep';
import { MapStep } from './MapStep';
import { needsStorageMap } from './migrationTypes';
import { ReviewStep, type CreateFailure } from './ReviewStep';
import { validateStep, wizardSteps, type StepContext, type StepId } from './schemas';
import { SettingsStep } from './SettingsStep';
import type { StepProps } from './stepProps';
import { TypeStep } from './TypeStep';
import { useSourceVms } from './useSourceVms';
import { inventoryProviderOf, providerTypeOf, useInventoryLists, useWizardData } from './useWizardData';
import { defaultValues, type WizardValues } from './values';
import { vmDisks } from './vmResources';
import { HELPER_COLLECTIONS, SOURCE_COLLECTION, toSources } from '../../mappings/data/sourceResources';
import { useTargetResources } from '../../mappings/data/useTargetResources';
import type { MappingKind } from '../../mappings/editor';
import type { ProviderType } from '../../k8s/types';
import { VmsStep } from './VmsStep';
import { createPlanObjects } from './writePlan';

const DRAFT_DELAY_MS = 300;

/** The inventory collections that say which networks or storage a VM uses: the sources, then helpers. */
const collectionsFor = (type: ProviderType | undefined, kind: MappingKind): string[] =>
  type ? [SOURCE_COLLECTION[type][kind], ...(HELPER_COLLECTIONS[type]?.[kind] ?? [])] : [];

/** Initial values: the inventory browser's link, else the saved draft, else defaults. */
const initialValues = (namespace: string, params: URLSearchParams): { values: WizardValues; from: 'link' | 'draft' | 'new'; savedAt?: string } => {
  const provider = params.get('provider');
  if (provider) {
    const ids = (params.get('vms') ?? '').split(',').filter(Boolean);
    return { values: { ...defaultValues(namespace), sourceProvider: provider, vms: ids.map((id) => ({ id, name: '' })) }, from: 'link' };
  }
  const draft = loadDraft(namespace);
  return draft ? { values: draft.values, from: 'draft', savedAt: draft.savedAt } : { values: defaultValues(namespace), from: 'new' };
};

interface FooterProps {
  validate: (step: StepId) => boolean;
  steps: StepId[];
  onCreate: () => Promise<void>;
  creating: boolean;
  onCancel: () => void;
}

/** Next checks the step; on the review step it is "Create", which checks every step first. */
const PlanWizardFooter: React.FC<FooterProps> = ({ validate, steps, onCreate, creating, onCancel }) => {
  const { t } = useForkliftTranslation();
  const { activeStep, goToNextStep, goToPrevStep, goToStepById } = useWizardContext();
  const step = activeStep.id as StepId;
  const isReview = step === 'review';
  const next = async () => {
    if (!isReview) {
      if (validate(step)) await goToNextStep();
      return;
    }
    const failing = steps.find((s) => s !== 'review' && !validate(s));
    if (failing) goToStepById(failing);
    else await onCreate();
  };
  return (
    <WizardFooter
      activeStep={activeStep}
      onNext={next}
      onBack={goToPrevStep}
      onClose={onCancel}
      isBackDisabled={step === steps[0] || creating}
      isNextDisabled={creating}
      nextButtonText={isReview ? t('Create plan') : t('Next')}
      nextButtonProps={{ isLoading: creating }}
      backButtonText={t('Back')}
      cancelButtonText={t('Cancel')}
    />
  );
};

const CreatePlanPage: React.FC = () => {
  const { t } = useForkliftTranslation();
  const params = useParams();
  const namespace = params.ns ?? 'default';
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const [initial] = React.useState(() => initialValues(namespace, searchParams));
  const [restored, setRestored] = React.useState(initial.from === 'draft');
  const form = useForm<WizardValues>({ defaultValues: initial.values });
  // The link's choice is now in the form (and soon the draft): drop it from the URL so a reload
  // restores the draft with whatever was typed since, instead of starting over from the link.
  React.useEffect(() => {
    if (initial.from === 'link') setSearchParams(new URLSearchParams(), { replace: true });
  }, [initial.from, setSearchParams]);
  const { control, setValue, reset } = form;
  const values = form.watch();
  const data = useWizardData(namespace);
  const [shown, setShown] = React.useState<ReadonlySet<StepId>>(new Set());
  const [creating, setCreating] = React.useState(false);
  const [failure, setFailure] = React.useState<CreateFailure>();
  const [created, setCreated] = React.useState<{ name: string }>();

  // The draft follows every change (a little later, so typing stays smooth).
  const serialized = JSON.stringify(values);
  React.useEffect(() => {
    if (created) return undefined;
    const timer = setTimeout(() => {
      const current = JSON.parse(serialized) as WizardValues;
      if (isDraftWorthKeeping(current)) saveDraft(current);
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [serialized, created]);

  // The host cluster is the usual target: pick it when nothing is chosen yet.
  React.useEffect(() => {
    if (values.targetProvider || !data.providersLoaded) return;
    const host = data.providers.find((p) => p.spec?.type === 'openshift' && !p.spec?.url);
    if (host?.metadata?.name && host.metadata.name !== values.sourceProvider) setValue('targetProvider', host.metadata.name);
  }, [data.providers, data.providersLoaded, values.targetProvider, values.sourceProvider, setValue]);

  const sourceType = providerTypeOf(data, values.sourceProvider);
  const targetType = providerTypeOf(data, values.targetProvider);
  const sourceInventory = inventoryProviderOf(data, namespace, values.sourceProvider);
  const source = useSourceVms(sourceInventory, values.vms);
  const networkCollections = React.useMemo(() => collectionsFor(sourceType, 'network'), [sourceType]);
  const storageCollections = React.useMemo(() => collectionsFor(sourceType, 'storage'), [sourceType]);
  const networkLists = useInventoryLists(sourceInventory, networkCollections);
  const storageLists = useInventoryLists(sourceInventory, storageCollections);
  const targetProvider = data.providers.find((p) => p.metadata?.name === values.targetProvider);
  const networkTargets = useTargetResources(targetProvider, 'network');
  const storageTargets = useTargetResources(targetProvider, 'storage');

  // Exactly the networks and storage the selected VMs use, with how many of them use each.
  const selected = source.selectedObjects;
  const usedSources = (kind: MappingKind, collections: string[], lists: typeof networkLists) => {
    if (!selected || !sourceType || lists.loading || !lists.lists[collections[0]]) return undefined;
    const helpers = Object.fromEntries(collections.slice(1).map((c) => [c, lists.lists[c] ?? []]));
    return toSources(sourceType, kind, { resources: lists.lists[collections[0]] ?? [], vms: selected, helpers }).filter((s) => (s.vmCount ?? 0) > 0);
  };
  const networkSources = React.useMemo(() => usedSources('network', networkCollections, networkLists), [selected, sourceType, networkCollections, networkLists]); // eslint-disable-line react-hooks/exhaustive-deps
  const storageSources = React.useMemo(() => usedSources('storage', storageCollections, storageLists), [selected, sourceType, storageCollections, storageLists]); // eslint-disable-line react-hooks/exhaustive-deps
  const names = React.useMemo(
    () => ({
      network: Object.fromEntries((networkSources ?? []).map((s) => [s.id, s.name])) as SourceNames,
      storage: Object.fromEntries((storageSources ?? []).map((s) => [s.id, s.name])) as SourceNames,
    }),
    [networkSources, storageSources],
  );
  const previewVms = React.useMemo(
    () => (selected && sourceType ? selected.map((vm) => ({ name: String(vm.name ?? ''), disks: vmDisks(sourceType, vm) })) : undefined),
    [selected, sourceType],
  );
  const nadIds = React.useMemo(() => networkTargets.targets.map((x) => x.id).filter((id) => id.includes('/')), [networkTargets.targets]);

  const ctx: StepContext = React.useMemo(
    () => ({
      planNames: new Set(data.plans.map((p) => p.metadata?.name ?? '')),
      mapNames: {
        network: new Set(data.networkMaps.map((m) => m.metadata?.name ?? '')),
        storage: new Set(data.storageMaps.map((m) => m.metadata?.name ?? '')),
      },
      sourceType,
      targetType,
      networkSources: networkSources?.map((s) => s.id),
      storageSources: storageSources?.map((s) => s.id),
    }),
    [data.plans, data.networkMaps, data.storageMaps, sourceType, targetType, networkSources, storageSources],
  );

  const steps = wizardSteps(values.type);
  const validate = (step: StepId): boolean => {
    setShown((current) => new Set(current).add(step));
    return Object.keys(validateStep(step, ctx, values)).length === 0;
  };
  const errorsOf = (step: StepId): Record<string, string | undefined> =>
    shown.has(step) ? Object.fromEntries(Object.entries(validateStep(step, ctx, values)).map(([k, v]) => [k, errorText(t, v)])) : {};

  const create = async () => {
    setCreating(true);
    setFailure(undefined);
    try {
      await createPlanObjects(values, names);
      discardDraft(namespace);
      setCreated({ name: values.name });
    } catch (e) {
      // Nothing is reset: the values stay in the form (and the draft) to fix and retry.
      setFailure(
        isCreatePlanError(e)
          ? {
              failed: { kind: e.detail.step.kind, name: e.detail.step.name },
              reason: e.detail.failure.message,
              leftBehind: e.detail.leftBehind.map((l) => ({ kind: l.step.kind, name: l.step.name, reason: l.failure.message })),
            }
          : { failed: { kind: 'Plan', name: values.name }, reason: errorMessage(e), leftBehind: [] },
      );
    } finally {
      setCreating(false);
    }
  };

  // Remounting the wizard returns it to its first step.
  const [wizardKey, setWizardKey] = React.useState(0);
  const discard = () => {
    discardDraft(namespace);
    setWizardKey((k) => k + 1);
    reset(defaultValues(namespace));
    setShown(new Set());
    setRestored(false);
    setFailure(undefined);
  };

  const stepProps = (step: StepId): StepProps => ({ control, values, setValue, errors: errorsOf(step), data });

  if (created) {
    return (
      <>
        <ListPageHeader title={t('Create migration plan')} />
        <PageSection>
          <CreatedPlan
            namespace={namespace}
            name={created.name}
            onAnother={() => {
              reset(defaultValues(namespace));
              setShown(new Set());
              setWizardKey((k) => k + 1);
              setCreated(undefined);
            }}
          />
        </PageSection>
      </>
    );
  }

  return (
    <>
      <ListPageHeader title={t('Create migration plan')}>
        <Button variant="link" onClick={discard} isDisabled={!isDraftWorthKeeping(values)}>
          {t('Discard draft')}
        </Button>
      </ListPageHeader>
      {restored && (
        <PageSection>
          <Alert
            isInline
            variant="info"
            title={t('Your draft was restored')}
            data-testid="plan-wizard-draft-restored"
            actionLinks={<AlertActionLink onClick={discard}>{t('Discard draft')}</AlertActionLink>}
          >
            {t('Saved {{when}}. Everything you type is kept in this browser until the plan is created.', { when: initial.savedAt ? new Date(initial.savedAt).toLocaleString() : '' })}
          </Alert>
        </PageSection>
      )}
      <PageSection isFilled>
        <Wizard
          key={wizardKey}
          aria-label={t('Create migration plan')}
          isVisitRequired
          height="calc(100vh - 220px)"
          footer={<PlanWizardFooter validate={validate} steps={steps} onCreate={create} creating={creating} onCancel={() => navigate(listPath(PlanModel, namespace))} />}
        >
          <WizardStep id="general" name={t('General')}>
            <GeneralStep {...stepProps('general')} />
          </WizardStep>
          <WizardStep id="vms" name={t('Virtual machines')}>
            <VmsStep {...stepProps('vms')} source={source} />
          </WizardStep>
          <WizardStep id="network" name={t('Network map')}>
            <MapStep
              {...stepProps('network')}
              kind="network"
              sources={networkSources}
              targets={networkTargets.targets}
              targetsLoaded={networkTargets.loaded}
            />
          </WizardStep>
          <WizardStep id="storage" name={t('Storage map')} isHidden={!needsStorageMap(values.type)}>
            <MapStep
              {...stepProps('storage')}
              kind="storage"
              sources={storageSources}
              targets={storageTargets.targets}
              targetsLoaded={storageTargets.loaded}
            />
          </WizardStep>
          <WizardStep id="type" name={t('Migration type')}>
            <TypeStep {...stepProps('type')} sourceType={sourceType} targetType={targetType} />
          </WizardStep>
          <WizardStep id="settings" name={t('Settings')}>
            <SettingsStep {...stepProps('settings')} sourceType={sourceType} nadIds={nadIds} previewVms={previewVms} />
          </WizardStep>
          <WizardStep id="hooks" name={t('Hooks')}>
            <HooksStep {...stepProps('hooks')} />
          </WizardStep>
          <WizardStep id="review" name={t('Review and create')}>
            <ReviewStep {...stepProps('review')} names={names} failure={failure} />
          </WizardStep>
        </Wizard>
      </PageSection>
    </>
  );
};

export default withQueryClient(CreatePlanPage);
