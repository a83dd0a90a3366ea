import * as React from 'react';
import { Link, useNavigate } from 'react-router';
import { Timestamp, useActiveNamespace, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { Button, Progress } from '@patternfly/react-core';
import { ResourceListPage, type ListFilter, type ResourceColumn } from '../components/ResourceListPage';
import { ALL_NAMESPACES, PlanModel, gvkOf } from '../k8s/models';
import type { V1beta1Plan } from '../k8s/types';
import { useForkliftTranslation } from '../utils/i18n';
import { ConfirmActionModal } from './actions/ActionModals';
import { setArchived } from './actions/api';
import { planAvailability } from './actions/availability';
import { PlanActionsMenu } from './actions/PlanActionsMenu';
import { PlanProgressCell } from './PlanProgressCell';
import { PlanStateLabel, usePlanStateNames } from './PlanStateLabel';
import { createPlanPath, planPath } from './paths';
import { PLAN_STATES, planProgress, planState } from './planState';
import { countByOutcome, percentDone } from './progress/vmProgress';
import { usePlanMigrations } from './usePlanMigrations';
import { planTypeOf, usePlanTypeLabel, usePlanTypeNames } from './usePlanTypeLabel';

/** Migration plans, watched: type, providers, state, progress by VM outcome, times and every action. */
const PlansListPage: React.FC<{ namespace?: string }> = ({ namespace: namespaceProp }) => {
  const { t } = useForkliftTranslation();
  const navigate = useNavigate();
  const [activeNamespace] = useActiveNamespace();
  const namespace = namespaceProp ?? activeNamespace;
  const { latestOf } = usePlanMigrations(namespace);
  // The list page watches plans itself; this second use shares the same watch and gives the names taken.
  const [plans] = useK8sWatchResource<V1beta1Plan[]>({
    groupVersionKind: gvkOf(PlanModel),
    namespace: !namespace || namespace === ALL_NAMESPACES ? undefined : namespace,
    isList: true,
  });
  const stateNames = usePlanStateNames();
  const typeNames = usePlanTypeNames();
  const typeLabel = usePlanTypeLabel();
  const [bulk, setBulk] = React.useState<{ plans: V1beta1Plan[]; clear: () => void }>();

  const columns = React.useMemo<ResourceColumn<V1beta1Plan>[]>(
    () => [
      { id: 'type', title: t('Type'), cell: typeLabel, sortValue: typeLabel },
      { id: 'source', title: t('Source provider'), cell: (p) => p.spec?.provider?.source?.name, sortValue: (p) => p.spec?.provider?.source?.name },
      { id: 'targetNamespace', title: t('Target namespace'), cell: (p) => p.spec?.targetNamespace, sortValue: (p) => p.spec?.targetNamespace },
      { id: 'state', title: t('Status'), cell: (p) => <PlanStateLabel state={planState(p)} />, sortValue: planState },
      {
        id: 'vms',
        title: t('VMs'),
        width: 25,
        cell: (p) => <PlanProgressCell plan={p} />,
        sortValue: (p) => percentDone(countByOutcome(p)),
      },
      {
        id: 'progress',
        title: t('Disk transfer'),
        width: 10,
        cell: (p) => {
          const { diskCompletedMb, diskTotalMb } = planProgress(p);
          if (!diskTotalMb) return '–';
          return (
            <Progress size="sm" value={Math.round((100 * diskCompletedMb) / diskTotalMb)} aria-label={t('Disk transfer of {{plan}}', { plan: p.metadata?.name })} />
          );
        },
      },
      {
        id: 'started',
        title: t('Started'),
        cell: (p) => (p.status?.migration?.started ? <Timestamp timestamp={p.status.migration.started} /> : '–'),
        sortValue: (p) => p.status?.migration?.started,
      },
      {
        id: 'completed',
        title: t('Completed'),
        cell: (p) => (p.status?.migration?.completed ? <Timestamp timestamp={p.status.migration.completed} /> : '–'),
        sortValue: (p) => p.status?.migration?.completed,
      },
    ],
    [t, typeLabel],
  );

  const filters = React.useMemo<ListFilter<V1beta1Plan>[]>(
    () => [
      { id: 'state', label: t('Filter by status'), allLabel: t('All statuses'), options: PLAN_STATES.map((s) => ({ value: s, label: stateNames[s] })), value: planState },
      {
        id: 'type',
        label: t('Filter by type'),
        allLabel: t('All types'),
        options: Object.entries(typeNames).map(([value, label]) => ({ value, label })),
        value: planTypeOf,
      },
    ],
    [t, stateNames, typeNames],
  );

  const nameCell = React.useCallback(
    (p: V1beta1Plan) => <Link to={planPath(p.metadata?.namespace, p.metadata?.name)}>{p.metadata?.name}</Link>,
    [],
  );
  const rowActions = (p: V1beta1Plan) => {
    const taken = new Set((plans ?? []).filter((o) => o.metadata?.namespace === p.metadata?.namespace).map((o) => o.metadata?.name ?? ''));
    return (
      <PlanActionsMenu
        plan={p}
        migration={latestOf(p)}
        takenNames={taken}
        onDuplicated={(copy) => navigate(planPath(copy.metadata?.namespace, copy.metadata?.name))}
      />
    );
  };

  return (
    <>
      <ResourceListPage
        model={PlanModel}
        title={t('Migration plans')}
        emptyText={t('A migration plan names the VMs to migrate, the providers and the maps to use.')}
        columns={columns}
        namespace={namespaceProp}
        nameCell={nameCell}
        rowActions={rowActions}
        filters={filters}
        actions={
          <Button variant="primary" component={(props: object) => <Link {...props} to={createPlanPath(namespace)} />}>
            {t('Create plan')}
          </Button>
        }
        bulkActions={(selected, clear) => {
          const archivable = selected.filter((p) => planAvailability(p, latestOf(p)).archive.enabled);
          return (
            <Button variant="secondary" isDisabled={archivable.length === 0} onClick={() => setBulk({ plans: archivable, clear })}>
              {t('Archive selected ({{count}})', { count: archivable.length })}
            </Button>
          );
        }}
      />
      {bulk ? (
        <ConfirmActionModal
          title={t('Archive {{count}} plans?', { count: bulk.plans.length })}
          body={t('Archived plans cannot be started; their leftover pods are removed. Plans: {{names}}', {
            names: bulk.plans.map((p) => p.metadata?.name).join(', '),
          })}
          confirmLabel={t('Archive')}
          onConfirm={async () => {
            // Each plan on its own: one refusal does not stop the others, and all reasons are reported.
            const results = await Promise.allSettled(bulk.plans.map((p) => setArchived(p, true)));
            const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [`${bulk.plans[i].metadata?.name}: ${String((r.reason as Error)?.message ?? r.reason)}`] : []));
            bulk.clear();
            if (failed.length) throw new Error(failed.join('; '));
          }}
          onClose={() => setBulk(undefined)}
        />
      ) : null}
    </>
  );
};

export default PlansListPage;
