import * as React from 'react';
import { Link } from 'react-router';
import { useActiveNamespace } from '@openshift-console/dynamic-plugin-sdk';
import { Button, Progress } from '@patternfly/react-core';
import { ResourceListPage, type ResourceColumn } from '../components/ResourceListPage';
import { ALL_NAMESPACES, PlanModel, referenceFor } from '../k8s/models';
import type { V1beta1Plan } from '../k8s/types';
import { useForkliftTranslation } from '../utils/i18n';
import { PlanStateLabel } from './PlanStateLabel';
import { planProgress, planState } from './planState';

const planType = (plan: V1beta1Plan): string => plan.spec?.type ?? (plan.spec?.warm ? 'warm' : 'cold');

/** Migration plans, watched: type, providers, state and how far each has got. */
const PlansListPage: React.FC<{ namespace?: string }> = ({ namespace }) => {
  const { t } = useForkliftTranslation();
  const [activeNamespace] = useActiveNamespace();
  const createNamespace = [namespace, activeNamespace].find((ns) => ns && ns !== ALL_NAMESPACES) ?? 'default';
  const createHref = `/k8s/ns/${encodeURIComponent(createNamespace)}/${referenceFor(PlanModel)}/~new`;
  const columns = React.useMemo<ResourceColumn<V1beta1Plan>[]>(
    () => [
      { id: 'type', title: t('Type'), cell: planType, sortValue: planType },
      { id: 'source', title: t('Source provider'), cell: (p) => p.spec?.provider?.source?.name, sortValue: (p) => p.spec?.provider?.source?.name },
      { id: 'target', title: t('Target provider'), cell: (p) => p.spec?.provider?.destination?.name, sortValue: (p) => p.spec?.provider?.destination?.name },
      { id: 'targetNamespace', title: t('Target namespace'), cell: (p) => p.spec?.targetNamespace, sortValue: (p) => p.spec?.targetNamespace },
      { id: 'state', title: t('Status'), cell: (p) => <PlanStateLabel state={planState(p)} />, sortValue: planState },
      {
        id: 'vms',
        title: t('VMs'),
        cell: (p) => {
          const progress = planProgress(p);
          return progress.finished > 0 || planState(p) === 'Running'
            ? t('{{finished}} of {{total}}', { finished: progress.finished, total: progress.total })
            : progress.total;
        },
        sortValue: (p) => planProgress(p).total,
      },
      {
        id: 'progress',
        title: t('Disk transfer'),
        width: 15,
        cell: (p) => {
          const { diskCompletedMb, diskTotalMb } = planProgress(p);
          if (!diskTotalMb) return '–';
          return (
            <Progress
              size="sm"
              value={Math.round((100 * diskCompletedMb) / diskTotalMb)}
              aria-label={t('Disk transfer of {{plan}}', { plan: p.metadata?.name })}
            />
          );
        },
      },
    ],
    [t],
  );
  return (
    <ResourceListPage
      model={PlanModel}
      title={t('Migration plans')}
      emptyText={t('A migration plan names the VMs to migrate, the providers and the maps to use.')}
      columns={columns}
      namespace={namespace}
      actions={
        <Button variant="primary" component={(props: object) => <Link {...props} to={createHref} />}>
          {t('Create plan')}
        </Button>
      }
    />
  );
};

export default PlansListPage;
