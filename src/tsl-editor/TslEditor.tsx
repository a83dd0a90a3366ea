/**
 * The TSL query editor on the console's own Monaco: the SDK's `CodeEditor`
 * (the console's in OpenShift, the host's in the standalone host) hands over
 * the editor and its Monaco instance, and the TSL language (tokens,
 * completion, hover, markers) is registered on that instance. The plugin
 * bundles no Monaco (bench/size checks it).
 */
import * as React from 'react';
import { CodeEditor } from '@openshift-console/dynamic-plugin-sdk';
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { useForkliftTranslation } from '../utils/i18n';
import { TslError } from '../tsl/errors';
import { markerFromError, tslMarkers, type TslMarker } from './markers';
import { forgetModel, registerTslLanguage, setModelSchema, setTslMarkers, type MonacoApi } from './registerTslLanguage';
import type { TslSchema } from './schema';
import { TSL_LANGUAGE_ID } from './tslMonarch';

export interface TslEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: (value: string) => void;
  schema: TslSchema;
  /** An error met running the query over the data (type errors): marked like a syntax error. */
  runError?: { message: string; offset: number; length: number; expected?: string[] } | null;
  /** Accessible name of the editor; defaults to "TSL query". */
  ariaLabel?: string;
  height?: number;
  /** Called once the editor is up (the lazy wrapper then drops its stand-in text area). */
  onReady?: (editor: Monaco.editor.IStandaloneCodeEditor) => void;
}

type Editor = Monaco.editor.IStandaloneCodeEditor;

const MARKER_DELAY_MS = 150;

const editorOptions = (ariaLabel: string): Monaco.editor.IStandaloneEditorConstructionOptions => ({
  ariaLabel,
  minimap: { enabled: false },
  lineNumbers: 'off',
  glyphMargin: false,
  folding: false,
  scrollBeyondLastLine: false,
  wordWrap: 'on',
  automaticLayout: true,
  fontSize: 14,
  renderLineHighlight: 'none',
  overviewRulerLanes: 0,
  fixedOverflowWidgets: true,
  quickSuggestions: { other: true, comments: false, strings: true },
  suggestOnTriggerCharacters: true,
  // Off so that the editor never asks Monaco's editor worker for anything:
  // inside the console that worker (and MonacoEnvironment) is the console's.
  wordBasedSuggestions: 'off',
  links: false,
  colorDecorators: false,
  defaultColorDecorators: 'never',
  unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
  // The textarea input path: a real <textarea> with the accessible name,
  // which screen readers and test tools know best.
  editContext: false,
  tabFocusMode: true,
});

const TslEditor: React.FC<TslEditorProps> = ({ value, onChange, onRun, schema, runError, ariaLabel, height = 96, onReady }) => {
  const { t } = useForkliftTranslation();
  const editorRef = React.useRef<{ editor: Editor; monaco: MonacoApi } | null>(null);
  // Callbacks change every render; the editor's listeners read the latest through refs.
  const latest = React.useRef({ onChange, onRun, runError, schema, onReady, runLabel: t('Run query') });
  latest.current = { onChange, onRun, runError, schema, onReady, runLabel: t('Run query') };
  const label = ariaLabel ?? t('TSL query');
  const options = React.useMemo(() => editorOptions(label), [label]);

  const refreshMarkers = React.useCallback(() => {
    const current = editorRef.current;
    const model = current?.editor.getModel();
    if (!current || !model) return;
    const markers: TslMarker[] = tslMarkers(model.getValue(), latest.current.schema);
    const runErr = latest.current.runError;
    if (runErr && markers.every((m) => m.severity !== 'error')) {
      markers.push(markerFromError(new TslError(runErr.message, runErr.offset, runErr.length, runErr.expected ?? [])));
    }
    setTslMarkers(current.monaco, model, markers);
  }, []);

  const mount = React.useCallback(
    (editor: Editor, monaco: MonacoApi) => {
      registerTslLanguage(monaco);
      const model = editor.getModel();
      if (!model) return;
      // The console creates the model before our language exists: switch it now.
      if (model.getLanguageId() !== TSL_LANGUAGE_ID) monaco.editor.setModelLanguage(model, TSL_LANGUAGE_ID);
      setModelSchema(model, latest.current.schema);
      editorRef.current = { editor, monaco };
      editor.addAction({
        id: 'tsl.run',
        label: latest.current.runLabel,
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
        run: (ed) => latest.current.onRun(ed.getValue()),
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const changes = model.onDidChangeContent(() => {
        clearTimeout(timer);
        timer = setTimeout(refreshMarkers, MARKER_DELAY_MS);
      });
      editor.onDidDispose(() => {
        clearTimeout(timer);
        changes.dispose();
        forgetModel(model);
        if (editorRef.current?.editor === editor) editorRef.current = null;
      });
      refreshMarkers();
      latest.current.onReady?.(editor);
    },
    [refreshMarkers],
  );

  React.useEffect(() => {
    const model = editorRef.current?.editor.getModel();
    if (model) setModelSchema(model, schema);
  }, [schema]);

  React.useEffect(refreshMarkers, [runError, schema, refreshMarkers]);

  return (
    <div
      className="forklift-tsl-editor"
      data-testid="tsl-editor"
      style={{ height, border: '1px solid var(--pf-t--global--border--color--default, #c7c7c7)', borderRadius: 4, display: 'flex', flexDirection: 'column' }}
    >
      <CodeEditor
        value={value}
        language={TSL_LANGUAGE_ID}
        onChange={(text: string) => latest.current.onChange(text)}
        onEditorDidMount={mount}
        height={`${height - 2}px`}
        minHeight={`${height - 2}px`}
        isLineNumbersVisible={false}
        isMinimapVisible={false}
        options={options}
      />
    </div>
  );
};

export default TslEditor;
