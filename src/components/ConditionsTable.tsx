import * as React from 'react';
import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { Condition } from '../k8s/types';
import { useForkliftTranslation } from '../utils/i18n';

/** The conditions of any Forklift resource, as the console shows them. */
export const ConditionsTable: React.FC<{ conditions: readonly Condition[] | undefined }> = ({ conditions }) => {
  const { t } = useForkliftTranslation();
  if (!conditions?.length) return <p>{t('No conditions')}</p>;
  return (
    <Table aria-label={t('Conditions')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Type')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Category')}</Th>
          <Th>{t('Reason')}</Th>
          <Th>{t('Message')}</Th>
          <Th>{t('Updated')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {conditions.map((c) => (
          <Tr key={c.type}>
            <Td dataLabel={t('Type')}>{c.type}</Td>
            <Td dataLabel={t('Status')}>{c.status}</Td>
            <Td dataLabel={t('Category')}>{c.category ?? '–'}</Td>
            <Td dataLabel={t('Reason')}>{c.reason ?? '–'}</Td>
            <Td dataLabel={t('Message')}>
              {c.message}
              {c.suggestion ? ` ${c.suggestion}` : ''}
            </Td>
            <Td dataLabel={t('Updated')}>{c.lastTransitionTime ? <Timestamp timestamp={c.lastTransitionTime} /> : '–'}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
