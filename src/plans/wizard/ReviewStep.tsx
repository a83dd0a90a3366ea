import * as React from 'react';
import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { WritePreview } from '../../components/preview/WritePreview';
import { useForkliftTranslation } from '../../utils/i18n';
import { usePlanTypeNames } from '../usePlanTypeLabel';
import { enabledHookSteps, plannedObjects, type SourceNames } from './builders';
import { needsStorageMap } from './migrationTypes';
import { planCommands } from './planCommands';
import type { StepProps } from './stepProps';
import { objectNames } from './values';
import { WizardVmSettings } from './WizardVmSettings';
import { planWideHook } from './vmHooks';
import { looksLikeKarl } from '../placement/karl';

export interface CreateFailure {
  failed: { kind: string; name?: string };
  reason: string;
  leftBehind: { kind: string; name?: string; reason: string }[];
}

/** Step 8: what will be written, as a summary, as YAML and as kubectl mtv commands; each VM's own settings are set here. */
export const ReviewStep: React.FC<StepProps & { names: { network: SourceNames; storage: SourceNames }; failure?: CreateFailure }> = ({ values, setValue, names, failure }) => {
  const { t } = useForkliftTranslation();
  const objects = React.useMemo(() => plannedObjects(values, names), [values, names]);
  const commands = React.useMemo(() => planCommands(values, names), [values, names]);
  const objectNamesOf = objectNames(values.name);
  const typeNames = usePlanTypeNames();
  const mapText = (kind: 'networkMap' | 'storageMap') => {
    const choice = values[kind];
    return choice.mode === 'existing'
      ? t('Existing map {{name}}', { name: choice.existing })
      : t('New map {{name}} with {{count}} pairs', { name: objectNamesOf[kind], count: choice.pairs.length });
  };
  const hooks = enabledHookSteps(values);
  const vmNames = values.vms.map((v) => v.name || v.id);
  const placement = (labels: string, nodeSelector: string, affinity: string) => {
    const parts = [
      labels.trim() ? t('labels {{labels}}', { labels: labels.trim().replace(/\s*\n\s*/g, ', ') }) : '',
      nodeSelector.trim() ? t('node selector {{selector}}', { selector: nodeSelector.trim().replace(/\s*\n\s*/g, ', ') }) : '',
      affinity.trim() ? (looksLikeKarl(affinity) ? t('affinity {{rule}}', { rule: affinity.trim() }) : t('affinity from YAML')) : '',
    ].filter(Boolean);
    return parts.length ? parts.join('; ') : t('Default');
  };
  return (
    <Stack hasGutter>
      {failure && (
        <StackItem>
          <Alert isInline variant="danger" title={t('Creating {{kind}} {{name}} failed', failure.failed)} data-testid="plan-wizard-create-error">
            <p>{failure.reason}</p>
            {failure.leftBehind.length === 0 ? (
              <p>{t('Everything written before it was removed again; nothing you entered is lost.')}</p>
            ) : (
              <p>
                {t('These could not be removed; delete them by hand: {{objects}}', {
                  objects: failure.leftBehind.map((o) => `${o.kind} ${o.name} (${o.reason})`).join(', '),
                })}
              </p>
            )}
          </Alert>
        </StackItem>
      )}
      <StackItem>
        <DescriptionList isHorizontal isCompact aria-label={t('Plan summary')}>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Plan')}</DescriptionListTerm>
            <DescriptionListDescription>
              {values.namespace}/{values.name}
              {values.description ? ` — ${values.description}` : ''}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Providers')}</DescriptionListTerm>
            <DescriptionListDescription>
              {values.sourceProvider} → {values.targetProvider}, {t('target namespace {{namespace}}', { namespace: values.targetNamespace })}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Virtual machines')}</DescriptionListTerm>
            <DescriptionListDescription data-testid="plan-wizard-review-vms">
              {t('{{count}} VMs', { count: vmNames.length })}: {vmNames.slice(0, 10).join(', ')}
              {vmNames.length > 10 ? ` ${t('and {{count}} more', { count: vmNames.length - 10 })}` : ''}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Network map')}</DescriptionListTerm>
            <DescriptionListDescription>{mapText('networkMap')}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Storage map')}</DescriptionListTerm>
            <DescriptionListDescription>{needsStorageMap(values.type) ? mapText('storageMap') : t('None: conversion only')}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Migration type')}</DescriptionListTerm>
            <DescriptionListDescription>{typeNames[values.type]}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Target VM placement')}</DescriptionListTerm>
            <DescriptionListDescription data-testid="plan-wizard-review-target-placement">{placement(values.targetLabels, values.targetNodeSelector, values.targetAffinity)}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Convertor pod placement')}</DescriptionListTerm>
            <DescriptionListDescription data-testid="plan-wizard-review-convertor-placement">
              {placement(values.convertorLabels, values.convertorNodeSelector, values.convertorAffinity)}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Hooks')}</DescriptionListTerm>
            <DescriptionListDescription data-testid="plan-wizard-review-hooks">
              {hooks.length
                ? hooks
                    .map((step) => {
                      const key = step === 'PreHook' ? 'preHook' : 'postHook';
                      const name = objectNamesOf[key];
                      return planWideHook(values, key) ? t('{{name}} for every VM', { name }) : t('{{name}} for the VMs that pick it', { name });
                    })
                    .join(', ')
                : t('None')}
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </StackItem>
      <StackItem>
        <WizardVmSettings values={values} setValue={setValue} />
      </StackItem>
      <StackItem>
        <Title headingLevel="h3">{t('Objects to create, in order')}</Title>
        <WritePreview objects={objects.map((o) => o.data)} commands={commands} idPrefix="plan-wizard-preview" />
      </StackItem>
    </Stack>
  );
};
