import * as React from 'react';
import { Link } from 'react-router';
import { Timestamp, useActiveNamespace, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, FormSelect, FormSelectOption, Label, Spinner, ToggleGroup, ToggleGroupItem, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ALL_NAMESPACES, MigrationModel, PlanModel, gvkOf, listPath } from '../k8s/models';
import type { V1beta1Migration } from '../k8s/types';
import { errorMessage } from '../utils/errors';
import { useForkliftTranslation } from '../utils/i18n';
import { MIGRATION_OUTCOMES, formatDuration, migrationHistory, type MigrationOutcome, type TimeRange } from './migrationHistory';

const OUTCOME_COLOR: Record<MigrationOutcome, 'green' | 'red' | 'grey' | 'blue' | 'orange'> = { Succeeded: 'green', Failed: 'red', Canceled: 'grey', Running: 'blue', Pending: 'orange' };

/** Every Migration of every plan (in the active project), newest first. */
const HistoryTab: React.FC = () => {
  const { t } = useForkliftTranslation();
  const [activeNamespace] = useActiveNamespace();
  const namespace = activeNamespace === ALL_NAMESPACES ? undefined : activeNamespace;
  const [migrations, loaded, error] = useK8sWatchResource<V1beta1Migration[]>({ groupVersionKind: gvkOf(MigrationModel), namespace, isList: true });
  const [outcomes, setOutcomes] = React.useState<MigrationOutcome[]>([]);
  const [range, setRange] = React.useState<TimeRange>('all');
  const rows = React.useMemo(() => migrationHistory(migrations ?? [], { outcomes, range }, Date.now()), [migrations, outcomes, range]);
  const outcomeNames: Record<MigrationOutcome, string> = {
    Running: t('Running'),
    Succeeded: t('Succeeded'),
    Failed: t('Failed'),
    Canceled: t('Canceled'),
    Pending: t('Not started'),
  };
  const toggle = (o: MigrationOutcome) => setOutcomes((current) => (current.includes(o) ? current.filter((x) => x !== o) : [...current, o]));

  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <ToggleGroup aria-label={t('Filter by outcome')}>
              {MIGRATION_OUTCOMES.map((o) => (
                <ToggleGroupItem key={o} text={outcomeNames[o]} buttonId={`history-outcome-${o}`} isSelected={outcomes.includes(o)} onChange={() => toggle(o)} />
              ))}
            </ToggleGroup>
          </ToolbarItem>
          <ToolbarItem>
            <FormSelect value={range} onChange={(_e, v) => setRange(v as TimeRange)} aria-label={t('Time range')}>
              <FormSelectOption value="all" label={t('Any time')} />
              <FormSelectOption value="24h" label={t('Last 24 hours')} />
              <FormSelectOption value="7d" label={t('Last 7 days')} />
              <FormSelectOption value="30d" label={t('Last 30 days')} />
            </FormSelect>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {error && (
        <Alert isInline variant="danger" title={t('Migrations could not be loaded')}>
          {errorMessage(error)}
        </Alert>
      )}
      {!loaded ? (
        <Spinner size="lg" aria-label={t('Loading migrations')} />
      ) : rows.length === 0 ? (
        <p>{migrations?.length ? t('No migration matches the filters.') : t('No migration has run yet.')}</p>
      ) : (
        <Table aria-label={t('Migration history')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Migration')}</Th>
              <Th>{t('Plan')}</Th>
              <Th>{t('Outcome')}</Th>
              <Th>{t('Started')}</Th>
              <Th>{t('Completed')}</Th>
              <Th>{t('Duration')}</Th>
              <Th>{t('VMs')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((r) => (
              <Tr key={r.uid}>
                <Td dataLabel={t('Migration')}>
                  {r.name}
                  <div className="pf-v6-u-color-200">{r.namespace}</div>
                </Td>
                <Td dataLabel={t('Plan')}>{r.plan ? <Link to={`${listPath(PlanModel, r.plan.namespace)}/${r.plan.name}`}>{r.plan.name}</Link> : '–'}</Td>
                <Td dataLabel={t('Outcome')}>
                  <Label color={OUTCOME_COLOR[r.outcome]} isCompact>
                    {outcomeNames[r.outcome]}
                  </Label>
                  {r.reason && <div className="pf-v6-u-color-200">{r.reason}</div>}
                </Td>
                <Td dataLabel={t('Started')}>{r.started ? <Timestamp timestamp={new Date(r.started).toISOString()} /> : '–'}</Td>
                <Td dataLabel={t('Completed')}>{r.completed ? <Timestamp timestamp={new Date(r.completed).toISOString()} /> : '–'}</Td>
                <Td dataLabel={t('Duration')}>{formatDuration(r.durationMs)}</Td>
                <Td dataLabel={t('VMs')}>
                  {[
                    r.vms.succeeded && t('{{count}} succeeded', { count: r.vms.succeeded }),
                    r.vms.failed && t('{{count}} failed', { count: r.vms.failed }),
                    r.vms.canceled && t('{{count}} canceled', { count: r.vms.canceled }),
                    r.vms.running && t('{{count}} running', { count: r.vms.running }),
                    r.vms.pending && t('{{count}} waiting', { count: r.vms.pending }),
                  ]
                    .filter(Boolean)
                    .join(', ') || '–'}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </>
  );
};

export default HistoryTab;
