import * as React from 'react';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { Alert, Button, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, TextArea, Title } from '@patternfly/react-core';
import type { V1beta1Plan } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { editPlan } from '../actions/api';
import { useActionRunner } from '../actions/useActionRunner';
import { AffinityPreview } from '../placement/AffinityPreview';
import { canonicalJson } from '../placement/karl';
import { placementOps, placementSchema, placementTextOf, type PlacementField, type PlacementText } from '../placement/placement';
import { errorText } from '../wizard/errorText';

/** react-hook-form resolver over the pure zod schema; messages stay keys until shown. */
const resolver: Resolver<PlacementText> = async (values) => {
  const parsed = placementSchema.safeParse(values);
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= { type: 'validate', message: issue.message };
  return { values: {}, errors };
};

/**
 * Where a plan not yet started runs its VMs and its convertor pods: the six
 * placement fields, in the wizard's text forms, saved as one JSON patch of
 * what changed. A failed save keeps what was typed and shows the server's
 * reason (a 409 is re-applied once on the fresh plan, and said so).
 */
export const PlanPlacementEditor: React.FC<{ plan: V1beta1Plan }> = ({ plan }) => {
  const { t } = useForkliftTranslation();
  const current = React.useMemo(() => placementTextOf(plan.spec), [plan.spec]);
  const { control, handleSubmit, formState, reset, watch } = useForm<PlacementText>({ defaultValues: current, resolver, mode: 'onChange' });
  const { run, inFlight, error } = useActionRunner();
  const [retried, setRetried] = React.useState(false);
  const typed = watch();
  const changed = placementOps(plan, { ...current, ...typed }).length > 0;

  // The plan changed on the cluster (after a save, or by someone else): show it, unless the form holds an edit.
  const currentKey = canonicalJson(current);
  React.useEffect(() => {
    if (!formState.isDirty) reset(current);
  }, [currentKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const onSubmit = handleSubmit(async (values) => {
    setRetried(false);
    await run(async () => {
      const result = await editPlan(plan, (fresh) => placementOps(fresh, values));
      setRetried(result.retried);
      reset(placementTextOf(result.plan.spec));
    });
  });

  const field = (name: PlacementField, label: string, help: string, monospace = false) => {
    const message = errorText(t, formState.errors[name]?.message);
    const id = `plan-placement-${name}`;
    return (
      <FormGroup label={label} fieldId={id}>
        <Controller
          control={control}
          name={name}
          render={({ field: f }) => (
            <TextArea
              id={id}
              value={f.value}
              onChange={(_e, v) => f.onChange(v)}
              onBlur={f.onBlur}
              rows={2}
              resizeOrientation="vertical"
              validated={message ? 'error' : 'default'}
              aria-describedby={`${id}-help`}
              style={monospace ? { fontFamily: 'var(--pf-t--global--font--family--mono, monospace)' } : undefined}
            />
          )}
        />
        <FormHelperText>
          <HelperText id={`${id}-help`}>
            <HelperTextItem variant={message ? 'error' : 'default'}>{message ?? help}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
    );
  };
  const labelsHelp = t('key=value, one a line or comma separated.');
  const affinityHelp = t('A rule such as REQUIRE pods(app=database) on node, or the YAML of an affinity; empty for none.');

  return (
    <Form className="pf-v6-u-mt-lg" onSubmit={onSubmit} aria-label={t('Placement')}>
      <Title headingLevel="h2">{t('Placement')}</Title>
      {field('targetLabels', t('Target labels'), labelsHelp)}
      {field('targetNodeSelector', t('Target node selector'), labelsHelp)}
      {field('targetAffinity', t('Target affinity'), affinityHelp, true)}
      <AffinityPreview text={typed.targetAffinity ?? ''} id="plan-placement-target-affinity-yaml" />
      {field('convertorLabels', t('Convertor labels'), labelsHelp)}
      {field('convertorNodeSelector', t('Convertor node selector'), labelsHelp)}
      {field('convertorAffinity', t('Convertor affinity'), affinityHelp, true)}
      <AffinityPreview text={typed.convertorAffinity ?? ''} id="plan-placement-convertor-affinity-yaml" />
      {retried ? (
        <Alert isInline variant="info" title={t('The plan had changed meanwhile (409 Conflict); your change was applied to its latest version.')} />
      ) : null}
      {error ? (
        <Alert isInline variant="danger" title={t('The placement could not be saved')}>
          {error}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" variant="secondary" isDisabled={!changed || inFlight || !formState.isValid} isLoading={inFlight}>
          {t('Save placement')}
        </Button>
      </div>
    </Form>
  );
};
