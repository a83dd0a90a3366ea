import * as React from 'react';
import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, Title } from '@patternfly/react-core';
import { ConditionsTable } from '../../components/ConditionsTable';
import { NetworkMapModel, ProviderModel, StorageMapModel, gvkOf } from '../../k8s/models';
import { useForkliftTranslation } from '../../utils/i18n';
import { planAvailability } from '../actions/availability';
import { PlanProgressCell } from '../PlanProgressCell';
import { usePlanTypeLabel } from '../usePlanTypeLabel';
import { looksLikeKarl } from '../placement/karl';
import { placementTextOf } from '../placement/placement';
import { PlanMapsEditor } from './PlanMapsEditor';
import { PlanPlacementEditor } from './PlanPlacementEditor';
import type { PlanTabProps } from './tabProps';

export const PlanOverviewTab: React.FC<PlanTabProps> = ({ obj: plan, customData }) => {
  const { t } = useForkliftTranslation();
  const ns = plan.metadata?.namespace;
  const spec = plan.spec ?? {};
  const typeLabel = usePlanTypeLabel();
  const editable = planAvailability(plan, customData.latest).edit.enabled;
  const placement = placementTextOf(spec);
  const placementSummary = (labels: string, nodeSelector: string, affinity: string): string =>
    [
      labels ? t('labels {{labels}}', { labels }) : '',
      nodeSelector ? t('node selector {{selector}}', { selector: nodeSelector }) : '',
      affinity ? (looksLikeKarl(affinity) ? t('affinity {{rule}}', { rule: affinity }) : t('affinity (see the YAML tab)')) : '',
    ]
      .filter(Boolean)
      .join('; ') || t('Default');
  const ref = (model: typeof ProviderModel, r?: { name: string; namespace?: string }) =>
    r?.name ? <ResourceLink groupVersionKind={gvkOf(model)} name={r.name} namespace={r.namespace ?? ns} /> : '–';
  const rows: [string, React.ReactNode][] = [
    [t('Type'), typeLabel(plan)],
    [t('Description'), spec.description || '–'],
    [t('Source provider'), ref(ProviderModel, spec.provider?.source)],
    [t('Target provider'), ref(ProviderModel, spec.provider?.destination)],
    [t('Target namespace'), spec.targetNamespace ?? '–'],
    [t('Network map'), ref(NetworkMapModel, spec.map?.network)],
    [t('Storage map'), ref(StorageMapModel, spec.map?.storage)],
    [t('Target power state'), spec.targetPowerState ?? t('auto (as the source)')],
    [t('Created'), plan.metadata?.creationTimestamp ? <Timestamp timestamp={plan.metadata.creationTimestamp} /> : '–'],
    [t('Started'), plan.status?.migration?.started ? <Timestamp timestamp={plan.status.migration.started} /> : '–'],
    [t('Completed'), plan.status?.migration?.completed ? <Timestamp timestamp={plan.status.migration.completed} /> : '–'],
    [t('Cutover'), customData.latest?.spec?.cutover ? <Timestamp timestamp={customData.latest.spec.cutover} /> : '–'],
    // Editable below until the plan starts; afterwards shown here.
    ...(editable
      ? []
      : ([
          [t('Target VM placement'), placementSummary(placement.targetLabels, placement.targetNodeSelector, placement.targetAffinity)],
          [t('Convertor pod placement'), placementSummary(placement.convertorLabels, placement.convertorNodeSelector, placement.convertorAffinity)],
        ] as [string, React.ReactNode][])),
  ];
  return (
    <>
      <Title headingLevel="h2">{t('Plan details')}</Title>
      <DescriptionList columnModifier={{ default: '2Col' }} aria-label={t('Plan details')}>
        {rows.map(([term, value]) => (
          <DescriptionListGroup key={term}>
            <DescriptionListTerm>{term}</DescriptionListTerm>
            <DescriptionListDescription>{value}</DescriptionListDescription>
          </DescriptionListGroup>
        ))}
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Progress')}</DescriptionListTerm>
          <DescriptionListDescription>
            <PlanProgressCell plan={plan} />
          </DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>
      {editable ? <PlanMapsEditor plan={plan} /> : null}
      {editable ? <PlanPlacementEditor plan={plan} /> : null}
      <Title headingLevel="h2" className="pf-v6-u-mt-lg">
        {t('Conditions')}
      </Title>
      <ConditionsTable conditions={plan.status?.conditions} />
    </>
  );
};
