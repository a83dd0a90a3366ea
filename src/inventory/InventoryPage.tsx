/**
 * The inventory browser: pick a provider and a collection, query it with TSL,
 * see the rows (or groups and a chart), open a row, export, and start a
 * migration plan with chosen VMs. The whole view lives in the URL
 * (?provider=ns/name&kind=vms&q=...), so a link reproduces it.
 */
import * as React from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  AlertActionLink,
  Bullseye,
  Button,
  EmptyState,
  EmptyStateBody,
  PageSection,
  Spinner,
  Stack,
  StackItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { TslError } from '../tsl/errors';
import { EMPTY_SCHEMA, LazyTslEditor, lineColumnAt } from '../tsl-editor';
import { errorMessage } from '../utils/errors';
import { inventoryProblem } from '../utils/loadState';
import { useForkliftTranslation } from '../utils/i18n';
import { withQueryClient } from '../utils/queryClient';
import type { InventoryProvider } from './api';
import { CollectionPicker, flattenProviders, providerId } from './CollectionPicker';
import { LoadProgressView } from './LoadProgressView';
import { expectedRows } from './loadProgress';
import { QueryLibrary } from './QueryLibrary';
import { isKindOf, type ResourceKindId } from './resourceKinds';
import { ResultsView } from './ResultsView';
import { engineClient, prefetchQueryResult, useCollection, useQueryResult, type CollectionRef } from './useInventoryEngine';
import { RESULT_WINDOW } from './useResultWindow';
import { useInventoryProviders } from './useInventoryProviders';
import { useQueryLists } from './useQueryLists';
import { parseInventoryUrl, toInventorySearch, type InventoryUrlState } from './urlState';

/** How long a run may take before the page shows it running (the previous rows, marked busy). */
const RUNNING_DELAY_MS = 120;
/** The query editor starts by then even if the first load has shown nothing yet (a slow network). */
const EDITOR_AT_LATEST_MS = 3000;

const InventoryPage: React.FC = () => {
  const { t } = useForkliftTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const urlState = React.useMemo(() => parseInventoryUrl(searchParams), [searchParams]);
  const providersQuery = useInventoryProviders(30_000);
  const providers = React.useMemo(() => flattenProviders(providersQuery.data), [providersQuery.data]);
  const provider = urlState.provider ? providers.find((p) => providerId(p) === providerId(urlState.provider!)) : undefined;
  const kind: ResourceKindId | undefined = provider ? (isKindOf(provider.type, urlState.kind) ? urlState.kind : 'vms') : undefined;

  const ref = React.useMemo<CollectionRef | undefined>(
    () => (provider && kind ? { providerType: provider.type, providerUid: provider.uid, kind } : undefined),
    [provider?.type, provider?.uid, kind], // eslint-disable-line react-hooks/exhaustive-deps -- provider objects change on every refetch
  );
  // Start the query worker now: its script loads while the providers do.
  React.useEffect(() => void engineClient(), []);
  // The query on screen. A run shows at once through `ran` (a plain state update, rendered in one go),
  // while the URL catches up: routers apply location changes in a transition, which React renders in
  // 5 ms slices between other work, so the rows would land later. Once the URL moves, it rules again.
  const [ran, setRan] = React.useState<{ text: string; over: string }>();
  const query = ran && urlState.query === ran.over ? ran.text : urlState.query;
  React.useEffect(() => {
    if (ran && urlState.query !== ran.over) setRan(undefined);
  }, [ran, urlState.query]);
  const urlQuery = React.useRef(urlState.query);
  urlQuery.current = urlState.query;
  const collection = useCollection(ref, query);
  const result = useQueryResult(ref, collection.data, collection.dataUpdatedAt, query, RESULT_WINDOW, true);
  const lists = useQueryLists(provider?.type);
  const queryClient = useQueryClient();

  // The editor's text; it becomes the URL's query when run.
  const [draft, setDraft] = React.useState(urlState.query);
  React.useEffect(() => setDraft(urlState.query), [urlState.query]);

  // Counts runs and navigations: a run landing late must not undo a newer one.
  const lastRun = React.useRef(0);
  const navigateTo = (next: Partial<InventoryUrlState>) => {
    lastRun.current++;
    setSearchParams(new URLSearchParams(toInventorySearch({ ...urlState, ...next }, searchParams)));
  };
  // The latest navigateTo, for a run that lands later (the URL may have changed meanwhile).
  const navigateLatest = React.useRef(navigateTo);
  navigateLatest.current = navigateTo;

  const run = (text: string) => {
    setDraft(text);
    const runId = ++lastRun.current;
    if (text === query) {
      if (text.trim()) lists.remember(text);
      void result.refetch();
      return;
    }
    // The worker starts at once. The page moves to the new query (URL, "Running the query…" over the
    // previous rows) when the answer is in, or after RUNNING_DELAY_MS if it is not: a quick answer then
    // costs one render of the page instead of two, and the main thread stays free to take it.
    const answered = prefetchQueryResult(queryClient, collection.data, collection.dataUpdatedAt, text, RESULT_WINDOW);
    void Promise.race([answered, new Promise((resolve) => setTimeout(resolve, RUNNING_DELAY_MS))]).then(() => {
      if (lastRun.current !== runId) return; // a newer run (or a navigation) took over
      setRan({ text, over: urlQuery.current });
      navigateLatest.current({ query: text });
      if (text.trim()) lists.remember(text);
    });
  };

  // The first rows before the editor: creating Monaco's editor is one long task, which is kept out of
  // the first load's way. It starts once there is something to show (rows, an error, the load stopped
  // or waiting for the inventory), or after EDITOR_AT_LATEST_MS; the text area works meanwhile.
  const firstLoadSettled =
    !!result.data || !!result.error || !!collection.load.preview?.rows.length || collection.isError || collection.canceled || collection.collecting;
  const [editorWaitOver, setEditorWaitOver] = React.useState(false);
  React.useEffect(() => {
    const timer = setTimeout(() => setEditorWaitOver(true), EDITOR_AT_LATEST_MS);
    return () => clearTimeout(timer);
  }, []);

  const queryError = result.error instanceof TslError ? result.error : undefined;
  const errorAt = queryError ? lineColumnAt(query, queryError.offset) : undefined;
  // Markers from running belong to the text that ran; once edited, the editor's own markers take over.
  const runError = queryError && draft === query ? queryError : null;

  const renderBody = () => {
    if (providersQuery.isError) {
      return (
        <Alert
          isInline
          variant="danger"
          title={
            inventoryProblem(providersQuery.error).unreachable
              ? t('The inventory service is unreachable')
              : t('The inventory service answered HTTP {{code}}', { code: inventoryProblem(providersQuery.error).code })
          }
          data-testid="inventory-unreachable"
          actionLinks={<AlertActionLink onClick={() => void providersQuery.refetch()}>{t('Try again')}</AlertActionLink>}
        >
          {errorMessage(providersQuery.error)}
        </Alert>
      );
    }
    if (providersQuery.isPending) {
      return (
        <Bullseye>
          <Spinner aria-label={t('Loading providers')} />
        </Bullseye>
      );
    }
    if (providers.length === 0) {
      return (
        <EmptyState titleText={t('No providers in the inventory')} headingLevel="h2">
          <EmptyStateBody>{t('Add a provider; its inventory appears here once it is ready.')}</EmptyStateBody>
        </EmptyState>
      );
    }
    if (urlState.provider && !provider) {
      return (
        <EmptyState titleText={t('Provider not found')} headingLevel="h2" data-testid="inventory-provider-not-found">
          <EmptyStateBody>
            {t('The inventory has no provider {{name}}. Pick another one.', { name: providerId(urlState.provider) })}
          </EmptyStateBody>
        </EmptyState>
      );
    }
    if (!provider) {
      return (
        <EmptyState titleText={t('Pick a provider to browse its inventory')} headingLevel="h2" data-testid="inventory-pick-provider">
          <EmptyStateBody>{t('Then query it with TSL, for example')} <code>{"powerState = 'poweredOn' and memoryMB > 8Gi/1Mi"}</code></EmptyStateBody>
        </EmptyState>
      );
    }
    if (collection.isError) {
      return (
        <Alert
          isInline
          variant="danger"
          title={t('The inventory could not be loaded')}
          data-testid="inventory-load-error"
          actionLinks={<AlertActionLink onClick={() => void collection.refetch()}>{t('Try again')}</AlertActionLink>}
        >
          {errorMessage(collection.error)}
        </Alert>
      );
    }
    if (collection.canceled) {
      return (
        <EmptyState titleText={t('Loading canceled')} headingLevel="h2" data-testid="inventory-load-canceled">
          <EmptyStateBody>{t('The inventory of {{name}} was not loaded.', { name: provider.name })}</EmptyStateBody>
          <Button variant="primary" onClick={() => void collection.refetch()}>
            {t('Load again')}
          </Button>
        </EmptyState>
      );
    }
    if (collection.isPending) {
      return (
        <LoadProgressView
          providerName={provider.name}
          collecting={collection.collecting}
          progress={collection.load.progress}
          expected={expectedRows(provider, kind)}
          preview={collection.load.preview}
          onCancel={collection.cancel}
        />
      );
    }
    if (queryError) {
      return (
        <Alert isInline variant="danger" title={t('The query has an error')} data-testid="inventory-query-error">
          {t('Line {{line}}, column {{column}}: {{message}}', { line: errorAt!.line, column: errorAt!.column, message: queryError.message })}
        </Alert>
      );
    }
    if (result.isError) {
      return (
        <Alert isInline variant="danger" title={t('The query failed')} data-testid="inventory-query-error">
          {errorMessage(result.error)}
        </Alert>
      );
    }
    if (!result.data) {
      return (
        <Bullseye>
          <Spinner aria-label={t('Running the query')} />
        </Bullseye>
      );
    }
    return (
      <ResultsView
        result={result.data}
        running={result.isPlaceholderData}
        provider={provider}
        fileNameParts={[provider.name, kind ?? '']}
        canPlan={kind === 'vms'}
      />
    );
  };

  return (
    <>
      <ListPageHeader title={t('Inventory')} />
      <PageSection>
        <Stack hasGutter>
          <StackItem>
            <Toolbar>
              <ToolbarContent>
                <CollectionPicker
                  providers={providers}
                  provider={provider}
                  kind={kind}
                  isDisabled={providers.length === 0}
                  onProvider={(p: InventoryProvider) => navigateTo({ provider: { namespace: p.namespace, name: p.name }, kind: 'vms' })}
                  onKind={(k) => navigateTo({ kind: k })}
                />
                {provider && (
                  <ToolbarItem alignSelf="center">
                    <Button variant="link" isInline onClick={() => void collection.refetch()} isDisabled={collection.isFetching}>
                      {collection.isFetching ? t('Refreshing…') : t('Refresh')}
                    </Button>
                  </ToolbarItem>
                )}
              </ToolbarContent>
            </Toolbar>
          </StackItem>
          {provider && (
            <StackItem>
              <LazyTslEditor
                value={draft}
                onChange={setDraft}
                onRun={run}
                schema={collection.data?.schema ?? EMPTY_SCHEMA}
                runError={runError}
                startEditor={firstLoadSettled || editorWaitOver}
              />
              <Toolbar>
                <ToolbarContent>
                  <ToolbarItem>
                    <Button variant="primary" onClick={() => run(draft)} data-testid="inventory-run" isDisabled={!collection.data}>
                      {t('Run')}
                    </Button>
                  </ToolbarItem>
                  <ToolbarItem alignSelf="center">
                    <span style={{ color: 'var(--pf-t--global--text--color--subtle)' }}>{t('Ctrl+Enter runs the query')}</span>
                  </ToolbarItem>
                  <QueryLibrary
                    history={lists.history}
                    saved={lists.saved}
                    current={draft}
                    onPick={setDraft}
                    onSave={lists.save}
                    onRemove={lists.remove}
                  />
                </ToolbarContent>
              </Toolbar>
            </StackItem>
          )}
          <StackItem isFilled>{renderBody()}</StackItem>
        </Stack>
      </PageSection>
    </>
  );
};

export default withQueryClient(InventoryPage);
