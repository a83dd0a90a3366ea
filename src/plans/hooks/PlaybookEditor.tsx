/**
 * A hook's Ansible playbook in the console's own Monaco (the SDK's
 * `CodeEditor`, YAML highlighting; the plugin bundles no Monaco); its problem
 * (playbook.ts) is shown under the field with its line. A plain text area with
 * the same accessible name takes its place when it cannot be (an SDK without
 * `CodeEditor`, a chunk that fails to load), as for the TSL editor.
 */
import * as React from 'react';
import { CodeEditor } from '@openshift-console/dynamic-plugin-sdk';
import { TextArea } from '@patternfly/react-core';
import { EditorWithFallback } from '../../components/codeEditor/EditorWithFallback';
import type * as Monaco from 'monaco-editor/editor/editor.api';

type MonacoApi = typeof Monaco;
type Editor = Monaco.editor.IStandaloneCodeEditor;

export interface PlaybookEditorProps {
  /** Of the text area (the FormGroup's label points at it). */
  id: string;
  value: string;
  onChange: (value: string) => void;
  ariaLabel: string;
  /** The field's error text, if any: the frame turns red (the text is under the field). */
  error?: string;
  describedBy?: string;
  height?: number;
}

const Fallback: React.FC<PlaybookEditorProps> = ({ id, value, onChange, ariaLabel, error, describedBy, height = 240 }) => (
  <TextArea
    id={id}
    aria-label={ariaLabel}
    value={value}
    onChange={(_event, text) => onChange(text)}
    validated={error ? 'error' : 'default'}
    aria-describedby={describedBy}
    resizeOrientation="vertical"
    style={{ height, fontFamily: 'var(--pf-t--global--font--family--mono, monospace)' }}
    data-testid="playbook-text-area"
  />
);

const editorOptions = (ariaLabel: string): Monaco.editor.IStandaloneEditorConstructionOptions => ({
  ariaLabel,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  // Never ask Monaco's editor worker for anything: in the console it is the console's.
  wordBasedSuggestions: 'off',
  links: false,
  // A real <textarea> with the accessible name, for screen readers and tests.
  editContext: false,
  tabFocusMode: true,
});

const MonacoPlaybook: React.FC<PlaybookEditorProps> = ({ value, onChange, ariaLabel, error, height = 240 }) => {
  const latest = React.useRef(onChange);
  latest.current = onChange;
  const options = React.useMemo(() => editorOptions(ariaLabel), [ariaLabel]);
  const mount = React.useCallback((editor: Editor, monaco: MonacoApi) => {
    const model = editor.getModel();
    // The console may create the model before it knows the language.
    if (model && model.getLanguageId() !== 'yaml') monaco.editor.setModelLanguage(model, 'yaml');
  }, []);

  return (
    <div
      data-testid="playbook-editor"
      style={{
        height,
        display: 'flex',
        flexDirection: 'column',
        borderRadius: 4,
        border: `1px solid ${error ? 'var(--pf-t--global--border--color--status--danger--default, #b1380b)' : 'var(--pf-t--global--border--color--default, #c7c7c7)'}`,
      }}
    >
      <CodeEditor
        value={value}
        language="yaml"
        onChange={(text: string) => latest.current(text)}
        onEditorDidMount={mount}
        height={`${height - 2}px`}
        minHeight={`${height - 2}px`}
        isMinimapVisible={false}
        options={options}
      />
    </div>
  );
};

export const PlaybookEditor: React.FC<PlaybookEditorProps> = (props) => (
  <EditorWithFallback what="playbook editor" fallback={<Fallback {...props} />}>
    <MonacoPlaybook {...props} />
  </EditorWithFallback>
);
