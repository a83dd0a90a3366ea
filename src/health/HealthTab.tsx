import * as React from 'react';
import { Link } from 'react-router';
import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  Spinner,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ConditionsTable } from '../components/ConditionsTable';
import { ForkliftControllerModel, PodModel, listPath } from '../k8s/models';
import { errorMessage } from '../utils/errors';
import { useForkliftTranslation } from '../utils/i18n';
import { operatorVersion, podRow } from './forkliftHealth';
import { PlanAlertsCard } from './PlanAlertsCard';
import type { ForkliftInstallation } from './useForkliftInstallation';

/** ForkliftController conditions, operator version and the Forklift pods. */
const HealthTab: React.FC<{ installation: ForkliftInstallation }> = ({ installation }) => {
  const { t } = useForkliftTranslation();
  const { controller, pods, loaded, error, namespace } = installation;
  const rows = React.useMemo(() => pods.map(podRow), [pods]);
  if (error) {
    return (
      <Alert isInline variant="danger" title={t('Forklift health could not be loaded')}>
        {errorMessage(error)}
      </Alert>
    );
  }
  if (!loaded) return <Spinner size="lg" aria-label={t('Loading Forklift health')} />;
  if (!controller) {
    return (
      <Alert isInline variant="warning" title={t('No ForkliftController found')}>
        {t('The Forklift operator has no ForkliftController resource in any namespace you can see, so Forklift is not deployed or you cannot read it.')}
      </Alert>
    );
  }
  return (
    <Stack hasGutter>
      <StackItem>
        <Card aria-label={t('Forklift controller')}>
          <CardTitle>{t('Forklift controller')}</CardTitle>
          <CardBody>
            <DescriptionList isHorizontal isCompact>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Name')}</DescriptionListTerm>
                <DescriptionListDescription>
                  <Link to={`${listPath(ForkliftControllerModel, namespace)}/${controller.metadata?.name}`}>{controller.metadata?.name}</Link>
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Namespace')}</DescriptionListTerm>
                <DescriptionListDescription>{namespace}</DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Operator version')}</DescriptionListTerm>
                <DescriptionListDescription>{operatorVersion(pods) ?? t('Unknown')}</DescriptionListDescription>
              </DescriptionListGroup>
            </DescriptionList>
          </CardBody>
        </Card>
      </StackItem>
      <StackItem>
        <Card aria-label={t('ForkliftController conditions')}>
          <CardTitle>{t('Conditions')}</CardTitle>
          <CardBody>
            <ConditionsTable conditions={controller.status?.conditions} />
          </CardBody>
        </Card>
      </StackItem>
      <StackItem>
        <PlanAlertsCard />
      </StackItem>
      <StackItem>
        <Card>
          <CardTitle>{t('Forklift pods')}</CardTitle>
          <CardBody>
            {rows.length === 0 ? (
              t('No Forklift pods in {{namespace}}.', { namespace })
            ) : (
              <Table aria-label={t('Forklift pods')} variant="compact">
                <Thead>
                  <Tr>
                    <Th>{t('Pod')}</Th>
                    <Th>{t('Component')}</Th>
                    <Th>{t('Phase')}</Th>
                    <Th>{t('Ready')}</Th>
                    <Th>{t('Restarts')}</Th>
                    <Th>{t('Created')}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {rows.map((r) => (
                    <Tr key={r.name}>
                      <Td dataLabel={t('Pod')}>
                        <Link to={`${listPath(PodModel, r.namespace)}/${r.name}`}>{r.name}</Link>
                        {r.problem && <div className="pf-v6-u-color-200">{r.problem}</div>}
                      </Td>
                      <Td dataLabel={t('Component')}>{r.component}</Td>
                      <Td dataLabel={t('Phase')}>{r.phase}</Td>
                      <Td dataLabel={t('Ready')}>
                        <Label color={r.ready ? 'green' : 'red'} isCompact>
                          {r.ready ? t('Ready {{ready}}/{{total}}', { ready: r.readyContainers, total: r.containers }) : t('Not ready {{ready}}/{{total}}', { ready: r.readyContainers, total: r.containers })}
                        </Label>
                      </Td>
                      <Td dataLabel={t('Restarts')}>{r.restarts}</Td>
                      <Td dataLabel={t('Created')}>{r.created ? <Timestamp timestamp={r.created} /> : '–'}</Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </CardBody>
        </Card>
      </StackItem>
    </Stack>
  );
};

export default HealthTab;
