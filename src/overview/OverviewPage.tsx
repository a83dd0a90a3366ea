import * as React from 'react';
import { Link } from 'react-router';
import { k8sListItems, useActiveNamespace, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Gallery,
  PageSection,
  Progress,
  Spinner,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ALL_NAMESPACES, PlanModel, ProviderModel, gvkOf, listPath } from '../k8s/models';
import type { V1beta1Plan, V1beta1Provider } from '../k8s/types';
import { PLAN_STATES, countBy, planProgress, planState } from '../plans/planState';
import { PlanStateLabel, usePlanStateNames } from '../plans/PlanStateLabel';
import { providerStatus } from '../providers/providerRows';
import { StaleDataAlert } from '../components/StaleDataAlert';
import { TruncatedName } from '../components/TruncatedName';
import { useLastGood } from '../components/useLastGood';
import { useForkliftTranslation } from '../utils/i18n';

/**
 * The first page of the Migration section: how many providers work, what
 * state the plans are in, and how far the running migrations have got —
 * all watched live. The first tab of ForkliftOverviewPage, which owns the header.
 */
const OverviewPage: React.FC = () => {
  const { t } = useForkliftTranslation();
  const [activeNamespace] = useActiveNamespace();
  const namespace = activeNamespace === ALL_NAMESPACES ? undefined : activeNamespace;
  const [watchedProviders, providersLoaded, providersError] = useK8sWatchResource<V1beta1Provider[]>({
    groupVersionKind: gvkOf(ProviderModel),
    namespace,
    isList: true,
  });
  const [watchedPlans, plansLoaded, plansError] = useK8sWatchResource<V1beta1Plan[]>({
    groupVersionKind: gvkOf(PlanModel),
    namespace,
    isList: true,
  });
  // Cards keep their last good numbers when a refresh fails (marked by the alert above them).
  const refetchProviders = React.useCallback(() => k8sListItems<V1beta1Provider>({ model: ProviderModel, queryParams: namespace ? { ns: namespace } : {} }), [namespace]);
  const refetchPlans = React.useCallback(() => k8sListItems<V1beta1Plan>({ model: PlanModel, queryParams: namespace ? { ns: namespace } : {} }), [namespace]);
  const providersShown = useLastGood(watchedProviders, providersLoaded, providersError, refetchProviders);
  const plansShown = useLastGood(watchedPlans, plansLoaded, plansError, refetchPlans);
  const providers = React.useMemo(() => providersShown.data ?? [], [providersShown.data]);
  const plans = React.useMemo(() => plansShown.data ?? [], [plansShown.data]);
  const stateNames = usePlanStateNames();

  const providerPhases = React.useMemo(() => countBy(providers ?? [], (p) => providerStatus(p).phase), [providers]);
  const failingProviders = React.useMemo(
    () => (providers ?? []).filter((p) => ['ConnectionFailed', 'ValidationFailed'].includes(providerStatus(p).phase)),
    [providers],
  );
  const planStates = React.useMemo(() => countBy(plans ?? [], planState), [plans]);
  const running = React.useMemo(() => (plans ?? []).filter((p) => planState(p) === 'Running'), [plans]);
  /** A card's body while it has nothing to show: a spinner only while loading, never after a failure. */
  const placeholder = (state: string, what: string, loadingLabel: string) =>
    state === 'failed' ? <span className="pf-v6-u-color-200">{t('{{what}} could not be loaded', { what })}</span> : <Spinner size="md" aria-label={loadingLabel} />;

  return (
    <>
      <PageSection>
        <StaleDataAlert state={providersShown.state} error={providersShown.error} what={t('Providers')} at={providersShown.at} onRetry={providersShown.retry} />
        <StaleDataAlert state={plansShown.state} error={plansShown.error} what={t('Migration plans')} at={plansShown.at} onRetry={plansShown.retry} />
        <Gallery hasGutter minWidths={{ default: '280px' }}>
          <Card isCompact aria-label={t('Providers summary')}>
            <CardTitle>
              <Link to={listPath(ProviderModel, activeNamespace)}>{t('Providers')}</Link>
            </CardTitle>
            <CardBody>
              {!providersShown.data ? (
                placeholder(providersShown.state, t('Providers'), t('Loading providers'))
              ) : (
                <DescriptionList isHorizontal isCompact>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{t('Total')}</DescriptionListTerm>
                    <DescriptionListDescription>{providers.length}</DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{t('Ready')}</DescriptionListTerm>
                    <DescriptionListDescription>{providerPhases.Ready ?? 0}</DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{t('Failing')}</DescriptionListTerm>
                    <DescriptionListDescription>
                      {failingProviders.length === 0
                        ? 0
                        : failingProviders.map((p) => (
                            <div key={p.metadata?.uid}>
                              <TruncatedName name={p.metadata?.name} maxWidthCh={30}>
                                <Link to={`${listPath(ProviderModel, p.metadata?.namespace)}/${p.metadata?.name}`}>{p.metadata?.name}</Link>
                              </TruncatedName>
                            </div>
                          ))}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                </DescriptionList>
              )}
            </CardBody>
          </Card>
          <Card isCompact aria-label={t('Migration plans summary')}>
            <CardTitle>
              <Link to={listPath(PlanModel, activeNamespace)}>{t('Migration plans')}</Link>
            </CardTitle>
            <CardBody>
              {!plansShown.data ? (
                placeholder(plansShown.state, t('Migration plans'), t('Loading migration plans'))
              ) : (
                <DescriptionList isHorizontal isCompact>
                  {PLAN_STATES.filter((state) => planStates[state]).map((state) => (
                    <DescriptionListGroup key={state}>
                      <DescriptionListTerm>{stateNames[state]}</DescriptionListTerm>
                      <DescriptionListDescription>{planStates[state]}</DescriptionListDescription>
                    </DescriptionListGroup>
                  ))}
                  {plans.length === 0 && t('No migration plans')}
                </DescriptionList>
              )}
            </CardBody>
          </Card>
        </Gallery>
      </PageSection>
      <PageSection>
        <Card aria-label={t('Running migrations')}>
          <CardTitle>{t('Running migrations')}</CardTitle>
          <CardBody>
            {!plansShown.data ? (
              placeholder(plansShown.state, t('Migration plans'), t('Loading migration plans'))
            ) : running.length === 0 ? (
              t('No migration is running.')
            ) : (
              <Table aria-label={t('Running migrations')} variant="compact">
                <Thead>
                  <Tr>
                    <Th>{t('Plan')}</Th>
                    <Th>{t('Type')}</Th>
                    <Th>{t('State')}</Th>
                    <Th>{t('VMs done')}</Th>
                    <Th width={40}>{t('Disk transfer')}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {running.map((plan) => {
                    const progress = planProgress(plan);
                    const percent = progress.diskTotalMb ? Math.round((100 * progress.diskCompletedMb) / progress.diskTotalMb) : 0;
                    return (
                      <Tr key={plan.metadata?.uid}>
                        <Td dataLabel={t('Plan')}>
                          <TruncatedName name={plan.metadata?.name} />
                          <div className="pf-v6-u-color-200">
                            <TruncatedName name={plan.metadata?.namespace} maxWidthCh={30} />
                          </div>
                        </Td>
                        <Td dataLabel={t('Type')}>{plan.spec?.type ?? (plan.spec?.warm ? 'warm' : 'cold')}</Td>
                        <Td dataLabel={t('State')}>
                          <PlanStateLabel state="Running" />
                        </Td>
                        <Td dataLabel={t('VMs done')}>
                          {t('{{finished}} of {{total}}', { finished: progress.finished, total: progress.total })}
                          {progress.failed > 0 && ` (${t('{{count}} failed', { count: progress.failed })})`}
                        </Td>
                        <Td dataLabel={t('Disk transfer')}>
                          <Progress
                            value={percent}
                            size="sm"
                            aria-label={t('Disk transfer of {{plan}}', { plan: plan.metadata?.name })}
                            label={t('{{done}} of {{total}} GB', {
                              done: (progress.diskCompletedMb / 1024).toFixed(1),
                              total: (progress.diskTotalMb / 1024).toFixed(1),
                            })}
                          />
                        </Td>
                      </Tr>
                    );
                  })}
                </Tbody>
              </Table>
            )}
          </CardBody>
        </Card>
      </PageSection>
    </>
  );
};

export default OverviewPage;
