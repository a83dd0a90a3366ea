/**
 * A collection on its way: "still being collected" (the inventory answered
 * 206, polled until ready), then a progress bar with bytes and rows received
 * and the indexing step, with Cancel; and, when the query allows it, its
 * first matching rows while the rest is still loading.
 */
import * as React from 'react';
import { Alert, Bullseye, Button, Progress, Spinner, Stack, StackItem } from '@patternfly/react-core';
import { useForkliftTranslation } from '../utils/i18n';
import type { QueryResult } from './engine/inventoryEngine';
import type { LoadProgress } from './engine/loadCollection';
import { formatBytes, progressPercent } from './loadProgress';
import { ResultsTable } from './ResultsTable';
import { arrayRowSource } from './rowSource';

interface Props {
  providerName: string;
  collecting: boolean;
  progress?: LoadProgress;
  expected?: number;
  preview?: QueryResult;
  onCancel: () => void;
}

const NO_SELECTION: ReadonlySet<number> = new Set();

export const LoadProgressView: React.FC<Props> = ({ providerName, collecting, progress, expected, preview, onCancel }) => {
  const { t } = useForkliftTranslation();
  const cancel = (
    <Button variant="secondary" onClick={onCancel} data-testid="inventory-load-cancel">
      {t('Cancel loading')}
    </Button>
  );
  if (collecting) {
    return (
      <Alert
        isInline
        variant="info"
        customIcon={<Spinner size="md" aria-hidden />}
        title={t('The inventory of {{name}} is still being collected', { name: providerName })}
        data-testid="inventory-collecting"
        actionLinks={cancel}
      >
        {t('The provider was added or the inventory service restarted recently. It loads as soon as the inventory is ready.')}
      </Alert>
    );
  }
  const rows = progress?.rows ?? 0;
  const status =
    !progress || progress.phase === 'waiting'
      ? t('Waiting for the inventory service…')
      : progress.phase === 'indexing'
        ? t('Indexing {{rows}} rows…', { rows: rows.toLocaleString() })
        : expected
          ? t('{{size}} received, {{rows}} of {{expected}} rows', { size: formatBytes(progress.bytes), rows: rows.toLocaleString(), expected: expected.toLocaleString() })
          : t('{{size}} received, {{rows}} rows', { size: formatBytes(progress.bytes), rows: rows.toLocaleString() });
  const percent = progressPercent(progress, expected);
  const title = t('Loading the inventory of {{name}}', { name: providerName });
  return (
    <Stack hasGutter>
      <StackItem>
        {percent !== undefined ? (
          <Progress value={percent} title={title} label={status} valueText={status} aria-label={title} data-testid="inventory-load-progress" />
        ) : (
          <Bullseye>
            <Spinner size="lg" aria-label={title} />
          </Bullseye>
        )}
        <div style={{ display: 'flex', gap: 16, alignItems: 'center', marginTop: 8 }}>
          <span data-testid="inventory-loading">{status}</span>
          {cancel}
        </div>
      </StackItem>
      {preview && preview.rows.length > 0 && (
        <StackItem data-testid="inventory-preview">
          <div style={{ marginBottom: 8 }}>
            {t('First {{shown}} matching rows of {{loaded}} loaded so far', { shown: preview.rows.length.toLocaleString(), loaded: preview.total.toLocaleString() })}
          </div>
          <ResultsTable
            columns={preview.columns}
            source={arrayRowSource(preview.rows)}
            onSort={() => undefined}
            selectable={false}
            selected={NO_SELECTION}
            onSelect={() => undefined}
            onOpen={() => undefined}
            height={360}
          />
        </StackItem>
      )}
    </Stack>
  );
};
