/**
 * A hook's Ansible playbook in the console's own Monaco (the SDK's
 * `CodeEditor`, YAML highlighting; the plugin bundles no Monaco), with the
 * playbook's problem (playbook.ts) marked at its line. A plain text area with
 * the same accessible name stands in until the editor is up, and for good
 * when it cannot be (an SDK without `CodeEditor`, a chunk that fails to
 * load), as the TSL editor does. The text is the caller's in both, so
 * nothing typed is lost when one replaces the other.
 */
import * as React from 'react';
import { CodeEditor } from '@openshift-console/dynamic-plugin-sdk';
import { TextArea } from '@patternfly/react-core';
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { playbookProblem, type PlaybookProblem } from './playbook';

type MonacoApi = typeof Monaco;
type Editor = Monaco.editor.IStandaloneCodeEditor;

export interface PlaybookEditorProps {
  /** Of the text area (the FormGroup's label points at it). */
  id: string;
  value: string;
  onChange: (value: string) => void;
  ariaLabel: string;
  /** The field's error text, if any: the frame turns red and the marker carries it. */
  error?: string;
  describedBy?: string;
  height?: number;
  /** The words for a problem, for the editor's marker at its line. */
  problemText: (problem: PlaybookProblem) => string;
}

const MARKER_OWNER = 'forklift-playbook';

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

class LoadBoundary extends React.Component<{ fallback: React.ReactNode; children: React.ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('The playbook editor could not be loaded; using a plain text area', error);
  }

  override render(): React.ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

const editorOptions = (ariaLabel: string): Monaco.editor.IStandaloneEditorConstructionOptions => ({
  ariaLabel,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  tabSize: 2,
  insertSpaces: true,
  // Never ask Monaco's editor worker for anything: in the console it is the console's.
  wordBasedSuggestions: 'off',
  links: false,
  // A real <textarea> with the accessible name, for screen readers and tests.
  editContext: false,
  tabFocusMode: true,
});

const MonacoPlaybook: React.FC<PlaybookEditorProps & { onReady: () => void }> = ({ value, onChange, ariaLabel, error, height = 240, onReady, problemText }) => {
  const ref = React.useRef<{ editor: Editor; monaco: MonacoApi } | null>(null);
  const latest = React.useRef({ onChange, onReady, problemText });
  latest.current = { onChange, onReady, problemText };
  const options = React.useMemo(() => editorOptions(ariaLabel), [ariaLabel]);

  const mark = React.useCallback(() => {
    const current = ref.current;
    const model = current?.editor.getModel();
    if (!current || !model) return;
    const problem = playbookProblem(model.getValue());
    current.monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      problem
        ? [
            {
              severity: current.monaco.MarkerSeverity.Error,
              message: latest.current.problemText(problem),
              startLineNumber: problem.line,
              startColumn: problem.column,
              endLineNumber: problem.line,
              endColumn: model.getLineMaxColumn(Math.min(problem.line, model.getLineCount())),
            },
          ]
        : [],
    );
  }, []);

  const mount = React.useCallback(
    (editor: Editor, monaco: MonacoApi) => {
      ref.current = { editor, monaco };
      const model = editor.getModel();
      if (model && model.getLanguageId() !== 'yaml') monaco.editor.setModelLanguage(model, 'yaml');
      editor.onDidDispose(() => {
        if (ref.current?.editor === editor) ref.current = null;
      });
      mark();
      latest.current.onReady();
    },
    [mark],
  );

  React.useEffect(mark, [value, mark]);

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
        onChange={(text: string) => latest.current.onChange(text)}
        onEditorDidMount={mount}
        height={`${height - 2}px`}
        minHeight={`${height - 2}px`}
        isMinimapVisible={false}
        options={options}
      />
    </div>
  );
};

export const PlaybookEditor: React.FC<PlaybookEditorProps> = (props) => {
  const [ready, setReady] = React.useState(false);
  const onReady = React.useCallback(() => setReady(true), []);
  if (typeof CodeEditor === 'undefined' || !CodeEditor) return <Fallback {...props} />;
  return (
    <LoadBoundary fallback={<Fallback {...props} />}>
      <div style={{ position: 'relative' }}>
        <MonacoPlaybook {...props} onReady={onReady} />
        {!ready && (
          <div style={{ position: 'absolute', inset: 0, zIndex: 1 }}>
            <Fallback {...props} />
          </div>
        )}
      </div>
    </LoadBoundary>
  );
};
