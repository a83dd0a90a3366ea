/**
 * The frame every metrics figure shares: a titled card whose body is the
 * query's state (an error from Prometheus, loading, or a sentence when there
 * is nothing yet) until there is data, and a table with the chart's numbers.
 */
import * as React from 'react';
import { Alert, Card, CardBody, CardTitle, Spinner } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useForkliftTranslation } from '../utils/i18n';

export interface QueryStateProps {
  loaded: boolean;
  error?: string;
  empty: boolean;
  emptyText: string;
}

export const MetricsCard: React.FC<QueryStateProps & { title: string; children: React.ReactNode }> = ({ title, loaded, error, empty, emptyText, children }) => {
  const { t } = useForkliftTranslation();
  const body = error ? (
    <Alert isInline variant="danger" title={t('Prometheus answered with an error')}>
      {error}
    </Alert>
  ) : !loaded ? (
    <Spinner size="md" aria-label={t('Loading metrics')} />
  ) : empty ? (
    <p>{emptyText}</p>
  ) : (
    children
  );
  return (
    <Card aria-label={title}>
      <CardTitle>{title}</CardTitle>
      <CardBody>{body}</CardBody>
    </Card>
  );
};

/** A compact table of a chart's numbers: one header per column, each cell labelled with its column. */
export const FigureTable: React.FC<{ label: string; columns: readonly string[]; rows: readonly { key: string; cells: readonly React.ReactNode[] }[] }> = ({ label, columns, rows }) => (
  <Table aria-label={label} variant="compact">
    <Thead>
      <Tr>
        {columns.map((column) => (
          <Th key={column}>{column}</Th>
        ))}
      </Tr>
    </Thead>
    <Tbody>
      {rows.map((row) => (
        <Tr key={row.key}>
          {row.cells.map((cell, i) => (
            <Td key={columns[i]} dataLabel={columns[i]}>
              {cell}
            </Td>
          ))}
        </Tr>
      ))}
    </Tbody>
  </Table>
);
