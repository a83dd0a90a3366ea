/**
 * The Monaco editor for TSL queries. Loaded lazily (see LazyTslEditor) so
 * Monaco's ~3 MB live in their own chunk, fetched only when an editor shows.
 */
import * as React from 'react';
import { useForkliftTranslation } from '../utils/i18n';
import { markerFromError, tslMarkers, type TslMarker } from './markers';
import { forgetModel, monaco, registerTslLanguage, setModelSchema, setTslMarkers, TSL_THEME_DARK, TSL_THEME_LIGHT } from './registerTslLanguage';
import type { TslSchema } from './schema';
import { TSL_LANGUAGE_ID } from './tslMonarch';
import { TslError } from '../tsl/errors';

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
}

const MARKER_DELAY_MS = 150;

/** The console marks its dark theme with this class on <html>. */
const isDarkTheme = (): boolean => typeof document !== 'undefined' && document.documentElement.classList.contains('pf-v6-theme-dark');

const TslEditor: React.FC<TslEditorProps> = ({ value, onChange, onRun, schema, runError, ariaLabel, height = 96 }) => {
  const { t } = useForkliftTranslation();
  const container = React.useRef<HTMLDivElement>(null);
  const editorRef = React.useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  // Callbacks change every render; the editor's listeners read the latest through refs.
  const latest = React.useRef({ onChange, onRun, runError, schema });
  latest.current = { onChange, onRun, runError, schema };
  const label = ariaLabel ?? t('TSL query');

  const refreshMarkers = React.useCallback(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const markers: TslMarker[] = tslMarkers(model.getValue(), latest.current.schema);
    const runErr = latest.current.runError;
    if (runErr && markers.every((m) => m.severity !== 'error')) {
      markers.push(markerFromError(new TslError(runErr.message, runErr.offset, runErr.length, runErr.expected ?? [])));
    }
    setTslMarkers(model, markers);
  }, []);

  React.useEffect(() => {
    if (!container.current) return undefined;
    registerTslLanguage();
    const model = monaco.editor.createModel(value, TSL_LANGUAGE_ID);
    const editor = monaco.editor.create(container.current, {
      model,
      ariaLabel: label,
      theme: isDarkTheme() ? TSL_THEME_DARK : TSL_THEME_LIGHT,
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
      // Off so that the editor never asks Monaco's editor worker for anything
      // (see monacoEnvironment.ts: inside the console that worker is not ours).
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
    editorRef.current = editor;
    editor.addAction({
      id: 'tsl.run',
      label: t('Run query'),
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: (ed) => latest.current.onRun(ed.getValue()),
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changes = model.onDidChangeContent(() => {
      latest.current.onChange(model.getValue());
      clearTimeout(timer);
      timer = setTimeout(refreshMarkers, MARKER_DELAY_MS);
    });
    refreshMarkers();
    return () => {
      clearTimeout(timer);
      changes.dispose();
      forgetModel(model);
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The editor is created once; value, label and schema are synced by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new value from outside (history, a shared link): replace the text, keep undo.
  React.useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || model.getValue() === value) return;
    editor.executeEdits('external', [{ range: model.getFullModelRange(), text: value }]);
    editor.pushUndoStop();
  }, [value]);

  React.useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) setModelSchema(model, schema);
  }, [schema]);

  React.useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: label });
  }, [label]);

  React.useEffect(refreshMarkers, [runError, refreshMarkers]);

  return (
    <div
      ref={container}
      className="forklift-tsl-editor"
      data-testid="tsl-editor"
      style={{ height, border: '1px solid var(--pf-t--global--border--color--default, #c7c7c7)', borderRadius: 4 }}
    />
  );
};

export default TslEditor;
