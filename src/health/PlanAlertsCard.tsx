import * as React from 'react';
import { Link } from 'react-router';
import { PrometheusEndpoint, useK8sWatchResource, usePrometheusPoll } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Card, CardBody, CardTitle, Label, Spinner } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { PlanModel, gvkOf, listPath } from '../k8s/models';
import type { V1beta1Plan } from '../k8s/types';
import { prometheusError } from '../metrics/metricsQueries';
import { useForkliftTranslation } from '../utils/i18n';
import { planAlerts, type PlanAlert } from './planAlerts';

const POLL_MS = 30_000;

/** Forklift's migration alerts (upstream's PrometheusRule over `mtv_plan_alert_status`), each naming its plan. */
export const PlanAlertsCard: React.FC = () => {
  const { t } = useForkliftTranslation();
  const [response, loaded, error] = usePrometheusPoll({ endpoint: PrometheusEndpoint.QUERY, query: 'mtv_plan_alert_status', delay: POLL_MS });
  const [plans] = useK8sWatchResource<V1beta1Plan[]>({ groupVersionKind: gvkOf(PlanModel), isList: true });
  const alerts = React.useMemo(() => planAlerts(response), [response]);
  const failure = prometheusError(response, error);
  const planLink = (a: PlanAlert) => {
    const plan = plans?.find((p) => p.metadata?.uid === a.planUid);
    return plan?.metadata?.namespace ? <Link to={`${listPath(PlanModel, plan.metadata.namespace)}/${plan.metadata.name}`}>{a.planName}</Link> : a.planName;
  };
  const description = (a: PlanAlert) =>
    a.alertname === 'MigrationFailed'
      ? t('{{mode}} migration plan "{{plan}}" with {{provider}} provider failed on {{phase}} phase.', { mode: a.mode, plan: a.planName, provider: a.provider, phase: a.phase || '–' })
      : t('Migration plan "{{plan}}" succeeded.', { plan: a.planName });
  return (
    <Card aria-label={t('Migration alerts')}>
      <CardTitle>{t('Migration alerts')}</CardTitle>
      <CardBody>
        {failure ? (
          <Alert isInline variant="warning" title={t('Alerts could not be read from Prometheus')}>
            {failure}
          </Alert>
        ) : !loaded ? (
          <Spinner size="md" aria-label={t('Loading alerts')} />
        ) : alerts.length === 0 ? (
          t('No migration alert is firing.')
        ) : (
          <Table aria-label={t('Migration alerts')} variant="compact">
            <Thead>
              <Tr>
                <Th>{t('Alert')}</Th>
                <Th>{t('Severity')}</Th>
                <Th>{t('Plan')}</Th>
                <Th>{t('Description')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {alerts.map((a) => (
                <Tr key={`${a.alertname}-${a.planUid}`}>
                  <Td dataLabel={t('Alert')}>{a.alertname}</Td>
                  <Td dataLabel={t('Severity')}>
                    <Label isCompact color={a.severity === 'critical' ? 'red' : 'blue'}>
                      {a.severity === 'critical' ? t('Critical') : t('Info')}
                    </Label>
                  </Td>
                  <Td dataLabel={t('Plan')}>{planLink(a)}</Td>
                  <Td dataLabel={t('Description')}>{description(a)}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </CardBody>
    </Card>
  );
};
