import * as React from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Breadcrumb, BreadcrumbItem, Bullseye, Flex, FlexItem, PageSection, Spinner, Tab, TabTitleText, Tabs, Title } from '@patternfly/react-core';
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

  // Tabs of our own, the tab in the URL after the plan's name (as the console's details pages do);
  // the host's HorizontalNav left its content section over the tab bar, so clicks missed the tabs.
  const pages: { href: string; name: string; component: React.ComponentType<PlanTabProps> }[] = [
    { href: '', name: t('Details'), component: PlanOverviewTab },
    { href: 'vms', name: t('Virtual machines'), component: PlanVmsTab },
    { href: 'migrations', name: t('Migrations'), component: PlanMigrationsTab },
    { href: 'resources', name: t('Resources and events'), component: PlanResourcesTab },
    { href: 'yaml', name: t('YAML'), component: PlanYamlTab },
  ];
  const location = useLocation();
  const rest = location.pathname.split(`/${name}`).slice(1).join(`/${name}`).replace(/^\//, '').split('/')[0] ?? '';
  const active = pages.find((p) => p.href === rest) ?? pages[0];

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

  // One section for header, tabs and content: the tab bar must not sit between sections (a following
  // section overlapped it in the standalone host and swallowed clicks).
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
            {/* A live region: the state changes as the migration runs, and tests find it by this name. */}
            <span role="status" aria-label={t('Plan status')}>
              <PlanStateLabel state={planState(plan)} />
            </span>
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
      <Tabs
        activeKey={active.href}
        onSelect={(_e, key) => navigate(planPath(namespace, name, String(key) || undefined))}
        aria-label={t('Plan tabs')}
        className="pf-v6-u-mt-md"
      >
        {pages.map((p) => (
          <Tab key={p.href} eventKey={p.href} title={<TabTitleText>{p.name}</TabTitleText>} />
        ))}
      </Tabs>
        <div className="pf-v6-u-mt-md">
          <active.component obj={plan} customData={customData} />
        </div>
      </PageSection>
    </>
  );
};

export default PlanDetailsPage;
