/**
 * A resource's YAML, editable in the console's own ResourceYAMLEditor (Save,
 * Reload, Cancel are the editor's). The plugin does the save itself (onSave)
 * so that what is sent and what a failure says are ours and the same in the
 * console and the standalone host: the text is read back first (a syntax
 * error or a changed name is reported at once and nothing is sent), then
 * written with k8sUpdate carrying the resourceVersion that was edited. A 409
 * (changed meanwhile), a 422 (invalid, with the server's causes) or a 403 is
 * shown with the server's reason, and the editor keeps what was typed. People
 * without `update` on the object see it read-only. A Secret is never shown
 * here in clear: it gets the masked, read-only preview instead.
 */
import * as React from 'react';
import { k8sUpdate, ResourceYAMLEditor, useAccessReview, type K8sModel, type K8sResourceCommon, type K8sResourceKind } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, AlertActionCloseButton, Bullseye, List, ListItem, Spinner, Stack, StackItem } from '@patternfly/react-core';
import { useForkliftTranslation } from '../../utils/i18n';
import { CopyableBlock } from '../preview/CopyableBlock';
import { isSecret, previewYaml } from '../preview/previewYaml';
import { editableObject, readEditedYaml, type EditedYamlProblem } from './editedResource';
import { toSaveFailure, type SaveFailure } from './saveFailure';

type Notice = { variant: 'success' | 'danger' | 'warning'; title: string; body?: React.ReactNode };

interface Props {
  obj: K8sResourceCommon;
  model: K8sModel;
  /** CSS height of the editor area (the editor fills it). */
  height?: string;
}

export const ResourceYamlTab: React.FC<Props> = ({ obj, model, height = '70vh' }) => {
  const { t } = useForkliftTranslation();
  const name = obj.metadata?.name;
  const namespace = obj.metadata?.namespace;
  const [canUpdate, checking] = useAccessReview({ group: model.apiGroup ?? '', resource: model.plural, verb: 'update', name, namespace });
  // The version in the editor: the watched object when the tab opened, then whatever a save returned.
  const [loaded, setLoaded] = React.useState(() => editableObject(obj));
  // A new key remounts the editor on the saved object (its text then carries the new resourceVersion).
  const [generation, setGeneration] = React.useState(0);
  const [notice, setNotice] = React.useState<Notice>();
  const saving = React.useRef(false);

  const problemText = (problem: EditedYamlProblem): string => {
    switch (problem.code) {
      case 'syntax':
        return problem.line
          ? t('Line {{line}}, column {{column}}: {{message}}', { line: problem.line, column: problem.column ?? 1, message: problem.message })
          : problem.message;
      case 'notObject':
        return t('The YAML must describe one object.');
      case 'changed':
        return t('{{field}} cannot be changed here (it was "{{was}}", it is now "{{now}}"). Create a new object instead.', problem);
    }
  };

  const failureNotice = (failure: SaveFailure): Notice => {
    const causes = failure.causes.length ? (
      <List aria-label={t('What the server refused')}>
        {failure.causes.map((c, i) => (
          <ListItem key={i}>{c.field ? `${c.field}: ${c.message}` : c.message}</ListItem>
        ))}
      </List>
    ) : null;
    const body = (
      <>
        <p>{failure.message}</p>
        {causes}
        {failure.kind === 'conflict' ? (
          <p>{t('Your edits are kept below. Reload to start again from the current version (your edits are then lost), or copy them first.')}</p>
        ) : (
          <p>{t('Your edits are kept below.')}</p>
        )}
      </>
    );
    switch (failure.kind) {
      case 'conflict':
        return { variant: 'warning', title: t('Not saved: {{name}} was changed by someone else since you loaded it', { name }), body };
      case 'invalid':
        return { variant: 'danger', title: t('Not saved: the server found the object invalid'), body };
      case 'forbidden':
        return { variant: 'danger', title: t('Not saved: you are not allowed to update {{name}}', { name }), body };
      default:
        return { variant: 'danger', title: t('Not saved'), body };
    }
  };

  const save = async (content: string) => {
    if (saving.current) return;
    const read = readEditedYaml(content, loaded);
    if (read.problem) {
      setNotice({ variant: 'danger', title: t('Not saved: the YAML is not valid'), body: problemText(read.problem) });
      return;
    }
    saving.current = true;
    setNotice(undefined);
    try {
      const updated = await k8sUpdate<K8sResourceCommon>({ model, data: read.resource });
      setLoaded(editableObject(updated));
      setGeneration((g) => g + 1);
      setNotice({ variant: 'success', title: t('{{name}} saved (version {{version}})', { name, version: updated.metadata?.resourceVersion ?? '' }) });
    } catch (error) {
      setNotice(failureNotice(toSaveFailure(error)));
    } finally {
      saving.current = false;
    }
  };

  if (isSecret(obj)) {
    return <CopyableBlock id="secret-yaml" label={t('YAML of {{object}}', { object: `Secret/${name}` })} text={previewYaml(editableObject(obj))} />;
  }
  if (checking) {
    return (
      <Bullseye>
        <Spinner size="lg" aria-label={t('Checking your permissions')} />
      </Bullseye>
    );
  }
  return (
    <Stack hasGutter>
      {!canUpdate && (
        <StackItem>
          <Alert isInline isPlain variant="info" title={t('View only: you are not allowed to update {{name}}', { name })} />
        </StackItem>
      )}
      {notice && (
        <StackItem>
          <Alert
            isInline
            variant={notice.variant}
            title={notice.title}
            aria-live="polite"
            data-testid="yaml-save-notice"
            actionClose={<AlertActionCloseButton onClose={() => setNotice(undefined)} />}
          >
            {notice.body}
          </Alert>
        </StackItem>
      )}
      <StackItem style={{ height }} aria-label={t('YAML of {{object}}', { object: `${obj.kind ?? model.kind}/${name}` })} role="region">
        <ResourceYAMLEditor
          key={generation}
          initialResource={loaded as K8sResourceKind}
          readOnly={!canUpdate}
          onSave={canUpdate ? (content) => void save(content) : undefined}
          hideHeader
        />
      </StackItem>
    </Stack>
  );
};
