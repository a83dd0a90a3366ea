/**
 * The TSL editor as the page uses it: the Monaco editor on the console's
 * `CodeEditor`, with a plain text area (same accessible name) standing in
 * until the editor is up, and for good when it cannot be: an SDK without
 * `CodeEditor`, or an editor that fails to load (offline, a proxy or CSP in
 * the way). Queries still work there, without colours and completion.
 *
 * A page can hold the editor back (`startEditor={false}`) while it has more
 * urgent work: creating a Monaco editor is one long task (~100 ms on two
 * cores), and the inventory page shows its first rows first. Someone typing
 * in the text area when the editor takes over keeps the focus and the caret.
 */
import * as React from 'react';
import { TextArea } from '@patternfly/react-core';
import { EditorWithFallback } from '../components/codeEditor/EditorWithFallback';
import { useForkliftTranslation } from '../utils/i18n';
import TslEditor, { type TslEditorProps } from './TslEditor';

const Fallback: React.FC<TslEditorProps> = ({ value, onChange, onRun, ariaLabel, height = 96 }) => {
  const { t } = useForkliftTranslation();
  return (
    <TextArea
      aria-label={ariaLabel ?? t('TSL query')}
      value={value}
      onChange={(_event, text) => onChange(text)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          onRun(value);
        }
      }}
      style={{ height, fontFamily: 'var(--pf-t--global--font--family--mono, monospace)' }}
      data-testid="tsl-editor-loading"
    />
  );
};

/** The stand-in's focus and caret move to the editor taking its place. */
const takeOverFocus = (standIn: HTMLElement | null, editor: Parameters<NonNullable<TslEditorProps['onReady']>>[0]) => {
  if (!(standIn instanceof HTMLTextAreaElement) || standIn.ownerDocument.activeElement !== standIn) return;
  const model = editor.getModel();
  if (model) editor.setPosition(model.getPositionAt(standIn.selectionStart));
  editor.focus();
};

type Props = TslEditorProps & {
  /** False holds the Monaco editor back (the text area works meanwhile); it starts once this turns true. */
  startEditor?: boolean;
};

export const LazyTslEditor: React.FC<Props> = ({ startEditor = true, ...props }) => {
  const [ready, setReady] = React.useState(false);
  const [started, setStarted] = React.useState(startEditor);
  if (startEditor && !started) setStarted(true); // once started, it stays
  const standIn = React.useRef<HTMLDivElement>(null);
  const onReady = React.useCallback<NonNullable<TslEditorProps['onReady']>>((editor) => {
    takeOverFocus(standIn.current?.querySelector('textarea') ?? null, editor);
    setReady(true);
  }, []);
  return (
    <EditorWithFallback what="TSL editor" fallback={<Fallback {...props} />}>
      <div style={{ position: 'relative' }}>
        {/* Keyed, so the text area (and its focus) stays the same element when the editor joins it. */}
        {started && <TslEditor key="editor" {...props} onReady={onReady} />}
        {!ready && (
          <div key="stand-in" ref={standIn} style={started ? { position: 'absolute', inset: 0, zIndex: 1 } : undefined}>
            <Fallback {...props} />
          </div>
        )}
      </div>
    </EditorWithFallback>
  );
};
