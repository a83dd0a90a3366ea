import * as React from 'react';
import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { isConditionTrue } from '../../k8s/conditions';
import type { V1beta1Migration } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { migrationsOf } from '../actions/migrationBuilders';
import type { PlanTabProps } from './tabProps';

const STATES = ['Succeeded', 'Failed', 'Canceled', 'Running', 'PlanNotReady', 'PlanNotValid'];
const stateOf = (m: V1beta1Migration): string => STATES.find((s) => isConditionTrue(m.status?.conditions, s)) ?? 'Pending';

/** Every Migration of the plan, oldest first: when it ran, how it ended, its cutover and cancellations. */
export const PlanMigrationsTab: React.FC<PlanTabProps> = ({ obj: plan, customData }) => {
  const { t } = useForkliftTranslation();
  const own = migrationsOf(plan, customData.migrations);
  if (own.length === 0) return <p>{t('The plan has not been started.')}</p>;
  return (
    <Table aria-label={t('Migrations')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Name')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Started')}</Th>
          <Th>{t('Completed')}</Th>
          <Th>{t('Cutover')}</Th>
          <Th>{t('VMs')}</Th>
          <Th>{t('Canceled VMs')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {own.map((m) => {
          const state = stateOf(m);
          const condition = m.status?.conditions?.find((c) => c.type === state);
          return (
            <Tr key={m.metadata?.uid ?? m.metadata?.name}>
              <Td dataLabel={t('Name')}>{m.metadata?.name}</Td>
              <Td dataLabel={t('Status')}>
                <Label isCompact color={state === 'Succeeded' ? 'green' : state === 'Failed' ? 'red' : state === 'Running' ? 'blue' : 'grey'}>
                  {state}
                </Label>{' '}
                {condition && state.startsWith('Plan') ? condition.message : null}
              </Td>
              <Td dataLabel={t('Started')}>{m.status?.started ? <Timestamp timestamp={m.status.started} /> : '–'}</Td>
              <Td dataLabel={t('Completed')}>{m.status?.completed ? <Timestamp timestamp={m.status.completed} /> : '–'}</Td>
              <Td dataLabel={t('Cutover')}>{m.spec?.cutover ? <Timestamp timestamp={m.spec.cutover} /> : '–'}</Td>
              <Td dataLabel={t('VMs')}>{m.status?.vms?.length ?? 0}</Td>
              <Td dataLabel={t('Canceled VMs')}>{m.spec?.cancel?.length ?? 0}</Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
