import * as React from 'react';
import { Alert, Form, FormGroup, Radio, Spinner } from '@patternfly/react-core';
import { MappingEditor, type MappingPair, type MappingSource, type MappingTarget } from '../../mappings/editor';
import { mapStatus } from '../../mappings/mapStatus';
import type { V1beta1Map } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { FieldHelp, SelectField } from './fields';
import { prefillNetworkPairs, prefillStoragePairs, samePairs } from './mapPrefill';
import type { StepProps } from './stepProps';
import { objectNames } from './values';

interface Props extends StepProps {
  kind: 'network' | 'storage';
  /** Sources the selected VMs use (with how many use each); undefined while they load. */
  sources?: MappingSource[];
  targets: MappingTarget[];
  targetsLoaded: boolean;
}

/** Steps 3 and 4: use an existing map, or build one in place (the mapping editor) pre-filled with what the selected VMs use. */
export const MapStep: React.FC<Props> = ({ kind, control, values, setValue, errors, data, sources, targets, targetsLoaded }) => {
  const { t } = useForkliftTranslation();
  const field = kind === 'network' ? 'networkMap' : 'storageMap';
  const choice = values[field];
  const maps: V1beta1Map[] = kind === 'network' ? data.networkMaps : data.storageMaps;
  const fitting = maps.filter(
    (m) => m.spec?.provider?.source?.name === values.sourceProvider && m.spec?.provider?.destination?.name === values.targetProvider,
  );
  const defaultClass = targets.find((x) => x.isDefault)?.id ?? targets[0]?.id;

  // Keep the pairs to exactly the sources in use, suggesting targets for new ones.
  React.useEffect(() => {
    if (choice.mode !== 'new' || !sources || !targetsLoaded) return;
    const next =
      kind === 'network'
        ? prefillNetworkPairs(sources, choice.pairs, targets.filter((x) => x.id.includes('/')).map((x) => x.id))
        : prefillStoragePairs(sources, choice.pairs, defaultClass);
    if (!samePairs(next, choice.pairs)) setValue(`${field}.pairs`, next);
  }, [choice.mode, choice.pairs, sources, targets, targetsLoaded, defaultClass, kind, field, setValue]);

  const requiredSourceIds = React.useMemo(() => (sources ?? []).map((s) => s.id), [sources]);
  const name = kind === 'network' ? objectNames(values.name).networkMap : objectNames(values.name).storageMap;
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup role="radiogroup" isInline fieldId={`plan-wizard-${field}-mode`} label={kind === 'network' ? t('Network map') : t('Storage map')}>
        <Radio
          id={`plan-wizard-${field}-new`}
          name={`${field}-mode`}
          label={kind === 'network' ? t('Create a network map') : t('Create a storage map')}
          description={t('Named {{name}}, created with the plan.', { name })}
          isChecked={choice.mode === 'new'}
          onChange={() => setValue(`${field}.mode`, 'new', { shouldDirty: true })}
        />
        <Radio
          id={`plan-wizard-${field}-existing`}
          name={`${field}-mode`}
          label={kind === 'network' ? t('Use an existing network map') : t('Use an existing storage map')}
          description={t('{{count}} maps between these providers', { count: fitting.length })}
          isChecked={choice.mode === 'existing'}
          onChange={() => setValue(`${field}.mode`, 'existing', { shouldDirty: true })}
        />
      </FormGroup>
      {choice.mode === 'existing' ? (
        <SelectField
          control={control}
          name={`${field}.existing`}
          label={kind === 'network' ? t('Existing network map') : t('Existing storage map')}
          placeholder={t('Select a map')}
          options={fitting.map((m) => {
            const status = mapStatus(m);
            return { value: m.metadata?.name ?? '', label: `${m.metadata?.name} (${status.ready ? t('Ready') : status.message ?? t('Not ready')})` };
          })}
          error={errors[`${field}.existing`]}
        />
      ) : !sources ? (
        <Spinner size="lg" aria-label={t('Loading what the selected VMs use')} />
      ) : sources.length === 0 ? (
        <Alert isInline variant="info" title={kind === 'network' ? t('The selected VMs use no networks') : t('The selected VMs use no storage')} />
      ) : (
        <>
          <MappingEditor
            kind={kind}
            sources={sources}
            targets={targets}
            pairs={choice.pairs as MappingPair[]}
            onChange={(pairs) => setValue(`${field}.pairs`, pairs, { shouldDirty: true })}
            requiredSourceIds={requiredSourceIds}
            targetsLoaded={targetsLoaded}
          />
          <FieldHelp
            error={errors[`${field}.pairs`]}
            help={kind === 'network' ? t('Every network the selected VMs use, with the VMs that use it.') : t('Every storage the selected VMs use, with the VMs that use it.')}
          />
        </>
      )}
    </Form>
  );
};
