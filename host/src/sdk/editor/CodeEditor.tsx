/**
 * The SDK's `CodeEditor`, as the standalone host provides it: a Monaco editor
 * from the host's own lazily loaded chunk (load-monaco.ts). Like the
 * console's, its ref and `onEditorDidMount` give the editor and the Monaco
 * instance (`{ editor, monaco }`), so a plugin registers its languages on
 * that instance instead of bundling a Monaco of its own.
 *
 * Props follow the console (PatternFly's CodeEditor props plus `value`,
 * `minHeight`, `showShortcuts`, `toolbarLinks`, `onSave`). If the Monaco
 * chunk cannot load, rendering throws the load error so the caller's error
 * boundary can fall back (the TSL editor shows a text area).
 */
import * as React from 'react';
import { Button, Popover, Spinner } from '@patternfly/react-core';
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { afterNextFrame, observedSize, startMonacoServices } from './editor-startup';
import { loadMonaco, type MonacoApi } from './load-monaco';

type IStandaloneCodeEditor = Monaco.editor.IStandaloneCodeEditor;

export interface CodeEditorProps {
  value?: string;
  language?: string;
  /** Monaco construction options, applied over the defaults. */
  options?: Monaco.editor.IStandaloneEditorConstructionOptions;
  /** A CSS height, or `sizeToFit` to grow with the content. */
  height?: string;
  width?: string;
  minHeight?: string | number;
  isReadOnly?: boolean;
  isLineNumbersVisible?: boolean;
  isMinimapVisible?: boolean;
  isDarkTheme?: boolean;
  showShortcuts?: boolean;
  toolbarLinks?: React.ReactNode[];
  className?: string;
  onChange?: (value: string, event: Monaco.editor.IModelContentChangedEvent) => void;
  onEditorDidMount?: (editor: IStandaloneCodeEditor, monaco: MonacoApi) => void;
  /** Ctrl/Cmd+S. */
  onSave?: () => void;
}

export interface CodeEditorRef {
  editor: IStandaloneCodeEditor | undefined;
  monaco: MonacoApi | undefined;
}

/** The console marks its dark theme with this class on <html>. */
const pageIsDark = (): boolean => document.documentElement.classList.contains('pf-v6-theme-dark');

const useMonaco = (): MonacoApi | undefined => {
  const [state, setState] = React.useState<{ monaco?: MonacoApi; error?: unknown }>({});
  React.useEffect(() => {
    let live = true;
    loadMonaco().then(
      (monaco) => live && setState({ monaco }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, []);
  // Thrown during render so an error boundary around the editor can take over.
  if (state.error) throw state.error instanceof Error ? state.error : new Error(String(state.error));
  return state.monaco;
};

const SHORTCUTS: [string, string][] = [
  ['Ctrl/Cmd + Space', 'Show suggestions'],
  ['Ctrl/Cmd + F', 'Find'],
  ['Ctrl/Cmd + S', 'Save'],
  ['F1', 'Command palette'],
  ['Tab / Ctrl+M', 'Move focus out of the editor (after Ctrl+M)'],
];

export const CodeEditor = React.forwardRef<CodeEditorRef, CodeEditorProps>((props, ref) => {
  const { value = '', language = 'plaintext', options, height, width, minHeight, isReadOnly, isLineNumbersVisible = true } = props;
  const { isMinimapVisible = false, isDarkTheme, showShortcuts, toolbarLinks, className } = props;
  const monaco = useMonaco();
  const container = React.useRef<HTMLDivElement>(null);
  const editorRef = React.useRef<IStandaloneCodeEditor | undefined>(undefined);
  const monacoRef = React.useRef<MonacoApi | undefined>(undefined);
  const applyingValue = React.useRef(false);
  const [contentHeight, setContentHeight] = React.useState<number>();
  // The editor, once created (after the steps in editor-startup.ts): the effects below then apply the props.
  const [created, setCreated] = React.useState<IStandaloneCodeEditor>();
  // Callbacks change every render; the editor's listeners read the latest.
  const latest = React.useRef(props);
  latest.current = props;

  React.useImperativeHandle(
    ref,
    () => ({
      get editor() {
        return editorRef.current;
      },
      get monaco() {
        return monacoRef.current;
      },
    }),
    [],
  );

  React.useEffect(() => {
    const element = container.current;
    if (!monaco || !element) return undefined;
    let editor: IStandaloneCodeEditor | undefined;
    let disposables: { dispose: () => void }[] = [];
    let unmounted = false;
    const theme = isDarkTheme ?? pageIsDark() ? 'vs-dark' : 'vs';
    // In steps, each its own task (editor-startup.ts): one editor's creation is otherwise ~100 ms in one go.
    const create = async () => {
      await startMonacoServices(monaco, theme);
      const dimension = await observedSize(element);
      await afterNextFrame();
      if (unmounted) return;
      const now = latest.current;
      editor = monaco.editor.create(element, {
        value: now.value ?? '',
        language: now.language ?? 'plaintext',
        theme,
        automaticLayout: true,
        dimension,
        scrollBeyondLastLine: false,
        minimap: { enabled: now.isMinimapVisible ?? false },
        lineNumbers: now.isLineNumbersVisible ?? true ? 'on' : 'off',
        readOnly: now.isReadOnly,
        fixedOverflowWidgets: true,
        ...now.options,
      });
      const created = editor;
      editorRef.current = created;
      monacoRef.current = monaco;
      const model = created.getModel();
      disposables = [
        created.onDidChangeModelContent((event) => {
          if (!applyingValue.current) latest.current.onChange?.(created.getValue(), event);
        }),
        created.onDidContentSizeChange((e) => setContentHeight(e.contentHeight)),
        created,
        ...(model ? [model] : []),
      ];
      created.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => latest.current.onSave?.());
      setCreated(created);
      latest.current.onEditorDidMount?.(created, monaco);
    };
    void create();
    return () => {
      unmounted = true;
      for (const d of disposables) d.dispose();
      if (editorRef.current === editor) editorRef.current = undefined;
    };
    // Created once per Monaco; later prop changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [monaco]);

  // A new value from the caller replaces the text as one undoable edit (read-only editors too).
  React.useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || model.getValue() === value) return;
    applyingValue.current = true;
    try {
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
      model.pushStackElement();
    } finally {
      applyingValue.current = false;
    }
  }, [value, created]);

  React.useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && monaco && model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language);
  }, [language, monaco, created]);

  React.useEffect(() => {
    editorRef.current?.updateOptions({ readOnly: isReadOnly, lineNumbers: isLineNumbersVisible ? 'on' : 'off', minimap: { enabled: isMinimapVisible }, ...options });
  }, [isReadOnly, isLineNumbersVisible, isMinimapVisible, options, created]);

  const sized = height === 'sizeToFit' ? (contentHeight ? `${contentHeight}px` : undefined) : height;
  return (
    <div className={['forklift-host-code-editor', className].filter(Boolean).join(' ')} style={{ width, display: 'flex', flexDirection: 'column', flex: 1 }}>
      {(showShortcuts || (toolbarLinks && toolbarLinks.length > 0)) && (
        <div style={{ display: 'flex', gap: 16, alignItems: 'center', paddingBottom: 4 }}>
          {showShortcuts && (
            <Popover
              aria-label="Editor shortcuts"
              headerContent="Shortcuts"
              bodyContent={
                <dl>
                  {SHORTCUTS.map(([keys, what]) => (
                    <React.Fragment key={keys}>
                      <dt>
                        <kbd>{keys}</kbd>
                      </dt>
                      <dd>{what}</dd>
                    </React.Fragment>
                  ))}
                </dl>
              }
            >
              <Button variant="link" isInline>
                View shortcuts
              </Button>
            </Popover>
          )}
          {toolbarLinks?.map((link, i) => <React.Fragment key={i}>{link}</React.Fragment>)}
        </div>
      )}
      <div
        ref={container}
        data-testid="code-editor"
        style={{ height: sized ?? '100%', minHeight: minHeight ?? (sized ? undefined : '200px'), flex: sized ? undefined : 1, position: 'relative' }}
      >
        {!created && <Spinner size="md" aria-label="Loading the editor" />}
      </div>
    </div>
  );
});
CodeEditor.displayName = 'CodeEditor';
