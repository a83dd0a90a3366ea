import * as React from 'react';
import { Link } from 'react-router';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Button, Card, CardBody, CardTitle, List, ListItem, Spinner, Stack, StackItem } from '@patternfly/react-core';
import { blockingConditions } from '../../k8s/conditions';
import { gvkOf, PlanModel, referenceFor } from '../../k8s/models';
import type { V1beta1Plan } from '../../k8s/types';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import { PlanStateLabel } from '../PlanStateLabel';
import { planProgress, planState } from '../planState';
import { startPlan } from '../actions';

/** After "Create": the plan's validation as the controller reports it, live, and "Start". */
export const CreatedPlan: React.FC<{ namespace: string; name: string; onAnother: () => void }> = ({ namespace, name, onAnother }) => {
  const { t } = useForkliftTranslation();
  const [plan, loaded, loadError] = useK8sWatchResource<V1beta1Plan>({ groupVersionKind: gvkOf(PlanModel), namespace, name });
  const [starting, setStarting] = React.useState(false);
  const [started, setStarted] = React.useState<string>();
  const [startError, setStartError] = React.useState<string>();
  const state = loaded && plan ? planState(plan) : undefined;
  const blocking = blockingConditions(plan?.status?.conditions);
  const progress = plan ? planProgress(plan) : undefined;
  const detailsHref = `/k8s/ns/${encodeURIComponent(namespace)}/${referenceFor(PlanModel)}/${encodeURIComponent(name)}`;

  const start = async () => {
    if (!plan) return;
    setStarting(true);
    setStartError(undefined);
    try {
      const migration = await startPlan(plan);
      setStarted(migration.metadata?.name);
    } catch (e) {
      setStartError(errorMessage(e));
    } finally {
      setStarting(false);
    }
  };

  return (
    <Card>
      <CardTitle>{t('Plan {{name}} created', { name })}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <StackItem>
            {loadError ? (
              <Alert isInline variant="danger" title={t('The plan could not be read')}>
                {errorMessage(loadError)}
              </Alert>
            ) : !state ? (
              <Spinner size="md" aria-label={t('Loading the plan')} />
            ) : (
              <span data-testid="plan-wizard-created-state">
                {t('Status')}: <PlanStateLabel state={state} />
                {state === 'Running' && progress ? ` ${t('{{finished}} of {{total}} VMs done', { finished: progress.finished, total: progress.total })}` : ''}
              </span>
            )}
          </StackItem>
          {state === 'Validating' && <StackItem>{t('The controller is validating the plan…')}</StackItem>}
          {blocking.length > 0 && (
            <StackItem>
              <Alert isInline variant="warning" title={t('The plan is not ready')} data-testid="plan-wizard-blocking">
                <List>
                  {blocking.map((c) => (
                    <ListItem key={c.type}>
                      <strong>{c.type}</strong>: {c.message}
                      {c.items?.length ? ` (${c.items.join(', ')})` : ''}
                      {c.suggestion ? ` ${c.suggestion}` : ''}
                    </ListItem>
                  ))}
                </List>
              </Alert>
            </StackItem>
          )}
          {startError && (
            <StackItem>
              <Alert isInline variant="danger" title={t('The migration could not be started')}>
                {startError}
              </Alert>
            </StackItem>
          )}
          {started && (
            <StackItem>
              <Alert isInline variant="success" title={t('Migration {{name}} started', { name: started })} />
            </StackItem>
          )}
          <StackItem>
            <Button variant="primary" onClick={() => void start()} isDisabled={state !== 'Ready' || starting || !!started} isLoading={starting}>
              {t('Start migration')}
            </Button>{' '}
            <Button variant="secondary" component={(props: object) => <Link {...props} to={detailsHref} />}>
              {t('View plan details')}
            </Button>{' '}
            <Button variant="link" onClick={onAnother}>
              {t('Create another plan')}
            </Button>
          </StackItem>
        </Stack>
      </CardBody>
    </Card>
  );
};
