import * as React from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { HorizontalNav, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Breadcrumb, BreadcrumbItem, Bullseye, Flex, FlexItem, PageSection, Spinner, Title } from '@patternfly/react-core';
import { PlanModel, gvkOf, listPath } from '../../k8s/models';
import type { V1beta1Plan } from '../../k8s/types';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import { PlanActionsMenu } from '../actions/PlanActionsMenu';
import { PlanStateLabel } from '../PlanStateLabel';
import { planPath } from '../paths';
import { planState } from '../planState';
import { usePlanMigrations } from '../usePlanMigrations';
import { PlanMigrationsTab } from './PlanMigrationsTab';
import { PlanOverviewTab } from './PlanOverviewTab';
import { PlanResourcesTab } from './PlanResourcesTab';
import { PlanVmsTab } from './PlanVmsTab';
import { PlanYamlTab } from './PlanYamlTab';
import type { PlanTabProps } from './tabProps';

interface Props {
  name?: string;
  namespace?: string;
}

/** One plan: overview, VMs with their pipelines, migration history, target resources and events, YAML; all watched. */
const PlanDetailsPage: React.FC<Props> = (props) => {
  const { t } = useForkliftTranslation();
  const params = useParams();
  const navigate = useNavigate();
  const name = props.name ?? params.name ?? '';
  const namespace = props.namespace ?? params.ns ?? '';
  const [plan, loaded, error] = useK8sWatchResource<V1beta1Plan>({ groupVersionKind: gvkOf(PlanModel), name, namespace });
  const { migrations, latestOf } = usePlanMigrations(namespace);
  const [plans] = useK8sWatchResource<V1beta1Plan[]>({ groupVersionKind: gvkOf(PlanModel), namespace, isList: true });

  // Tab components are stable so HorizontalNav does not remount them on every watch event.
  // HorizontalNav types pages as taking no props; it hands them {obj, customData} (PlanTabProps).
  const pages = React.useMemo(
    () => [
      { href: '', name: t('Details'), component: PlanOverviewTab as React.ComponentType },
      { href: 'vms', name: t('Virtual machines'), component: PlanVmsTab as React.ComponentType },
      { href: 'migrations', name: t('Migrations'), component: PlanMigrationsTab as React.ComponentType },
      { href: 'resources', name: t('Resources and events'), component: PlanResourcesTab as React.ComponentType },
      { href: 'yaml', name: t('YAML'), component: PlanYamlTab as React.ComponentType },
    ],
    [t],
  );

  if (error) {
    return (
      <PageSection>
        <Alert isInline variant="danger" title={t('Plan could not be loaded')}>
          {errorMessage(error)}
        </Alert>
      </PageSection>
    );
  }
  if (!loaded || !plan) {
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading plan')} />
      </Bullseye>
    );
  }
  const latest = latestOf(plan);
  const customData: PlanTabProps['customData'] = { migrations, latest };
  const taken = new Set((plans ?? []).map((p) => p.metadata?.name ?? ''));

  return (
    <>
      <PageSection>
        <Breadcrumb>
          <BreadcrumbItem>
            <Link to={listPath(PlanModel, namespace)}>{t('Migration plans')}</Link>
          </BreadcrumbItem>
          <BreadcrumbItem isActive>{name}</BreadcrumbItem>
        </Breadcrumb>
        <Flex alignItems={{ default: 'alignItemsCenter' }}>
          <FlexItem>
            <Title headingLevel="h1">{name}</Title>
          </FlexItem>
          <FlexItem>
            <PlanStateLabel state={planState(plan)} />
          </FlexItem>
          <FlexItem align={{ default: 'alignRight' }}>
            <PlanActionsMenu
              plan={plan}
              migration={latest}
              takenNames={taken}
              variant="toggle"
              onDeleted={() => navigate(listPath(PlanModel, namespace))}
              onDuplicated={(copy) => navigate(planPath(copy.metadata?.namespace, copy.metadata?.name))}
            />
          </FlexItem>
        </Flex>
      </PageSection>
      <HorizontalNav pages={pages} resource={plan} customData={customData} />
    </>
  );
};

export default PlanDetailsPage;
