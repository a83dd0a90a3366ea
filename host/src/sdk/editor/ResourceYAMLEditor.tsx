/**
 * The SDK's `ResourceYAMLEditor` in the standalone host: a resource's YAML in
 * the host's CodeEditor with Save (Create in create mode), Reload and Cancel,
 * like the console's. Save updates the resource through the API (k8sUpdate;
 * k8sCreate in create mode) unless the caller passes `onSave`; the server's
 * error (409 conflict, 422 invalid, 403) is shown with its message and the
 * edited text is kept. A newer version on the server is announced, and
 * Reload fetches it.
 */
import * as React from 'react';
import { useNavigate } from 'react-router';
import { Alert, AlertActionCloseButton, Button, Title } from '@patternfly/react-core';
import type { K8sResourceCommon, K8sResourceKind } from '@openshift-console/dynamic-plugin-sdk';
import { k8sCreate, k8sGet, k8sUpdate } from '../k8s-crud';
import { useK8sWatchResource } from '../k8s-hooks';
import { getGroupVersionKindForResource, getReference } from '../refs';
import { discovery } from '../runtime';
import { CodeEditor } from './CodeEditor';
import { createdMessage, editableYaml, isStale, parseResourceYaml, savedMessage } from './resource-yaml';

export interface ResourceYAMLEditorProps {
  initialResource: K8sResourceKind | string;
  header?: string;
  onSave?: (content: string) => void;
  readOnly?: boolean;
  create?: boolean;
  onChange?: (content: string) => void;
  hideHeader?: boolean;
}

type Notice = { variant: 'success' | 'danger' | 'warning'; title: string; message?: string } | null;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const modelFor = async (resource: K8sResourceCommon) => {
  await discovery.load();
  const gvk = getGroupVersionKindForResource(resource);
  const model = discovery.find(getReference({ group: gvk.group, version: gvk.version, kind: gvk.kind }));
  if (!model) throw new Error(`The cluster does not serve ${resource.kind} in ${resource.apiVersion}.`);
  return model;
};

export const ResourceYAMLEditor: React.FC<ResourceYAMLEditorProps> = ({ initialResource, header, onSave, readOnly, create, onChange, hideHeader }) => {
  const navigate = useNavigate();
  // Used only for the first render, as in the console.
  const [initial] = React.useState(initialResource);
  const initialObject = typeof initial === 'string' ? parseResourceYaml(initial, create).resource : initial;
  const [text, setText] = React.useState(() => editableYaml(initial));
  const [editedVersion, setEditedVersion] = React.useState(initialObject?.metadata?.resourceVersion);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [busy, setBusy] = React.useState(false);

  const watched =
    !create && initialObject?.kind && initialObject.metadata?.name
      ? { groupVersionKind: getGroupVersionKindForResource(initialObject), name: initialObject.metadata.name, namespace: initialObject.metadata.namespace }
      : null;
  const [live] = useK8sWatchResource<K8sResourceCommon | undefined>(watched);
  const stale = isStale(editedVersion, live?.metadata?.resourceVersion);

  const change = (value: string) => {
    setText(value);
    onChange?.(value);
  };

  const save = async () => {
    const parsed = parseResourceYaml(text, create);
    if (parsed.error !== undefined) {
      setNotice({ variant: 'danger', title: 'The YAML is not valid', message: parsed.error });
      return;
    }
    if (onSave) {
      onSave(text);
      return;
    }
    setBusy(true);
    try {
      const model = await modelFor(parsed.resource);
      if (create) {
        const created = await k8sCreate({ model, data: parsed.resource });
        setNotice({ variant: 'success', title: createdMessage({ ...created, kind: created.kind ?? parsed.resource.kind }) });
      } else {
        const updated = await k8sUpdate({ model, data: parsed.resource });
        setText(editableYaml(updated));
        setEditedVersion(updated.metadata?.resourceVersion);
        setNotice({ variant: 'success', title: savedMessage(updated) });
      }
    } catch (error) {
      // The text stays as typed: the person fixes it and saves again.
      setNotice({ variant: 'danger', title: 'Error', message: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    if (create || !initialObject?.metadata?.name) {
      change(editableYaml(initial));
      setNotice(null);
      return;
    }
    setBusy(true);
    try {
      const model = await modelFor(initialObject);
      const latest = await k8sGet<K8sResourceCommon>({ model, name: initialObject.metadata.name, ns: initialObject.metadata.namespace });
      change(editableYaml(latest));
      setEditedVersion(latest.metadata?.resourceVersion);
      setNotice(null);
    } catch (error) {
      setNotice({ variant: 'danger', title: 'Error', message: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const options = React.useMemo(() => ({ ariaLabel: 'YAML editor', readOnly, tabSize: 2, insertSpaces: true }), [readOnly]);
  const title = header ?? (create ? `Create ${initialObject?.kind ?? 'resource'}` : undefined);
  return (
    <div className="forklift-host-yaml-editor" style={{ display: 'flex', flexDirection: 'column', gap: 12, height: '100%', minHeight: 400 }}>
      {!hideHeader && title && <Title headingLevel="h2">{title}</Title>}
      <CodeEditor
        value={text}
        language="yaml"
        onChange={(value) => change(value)}
        onSave={readOnly ? undefined : () => void save()}
        isReadOnly={readOnly}
        showShortcuts
        minHeight="300px"
        options={options}
      />
      {stale && (
        <Alert isInline variant="info" title="This object has been updated.">
          Click Reload to see the new version.
        </Alert>
      )}
      {notice && (
        <Alert isInline variant={notice.variant} title={notice.title} actionClose={<AlertActionCloseButton onClose={() => setNotice(null)} />}>
          {notice.message}
        </Alert>
      )}
      <div style={{ display: 'flex', gap: 8 }}>
        {!readOnly && (
          <Button variant="primary" onClick={() => void save()} isDisabled={busy} isLoading={busy}>
            {create ? 'Create' : 'Save'}
          </Button>
        )}
        <Button variant="secondary" onClick={() => void reload()} isDisabled={busy}>
          Reload
        </Button>
        <Button variant="link" onClick={() => navigate(-1)}>
          Cancel
        </Button>
      </div>
    </div>
  );
};
