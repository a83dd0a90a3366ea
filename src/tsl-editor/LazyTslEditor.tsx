/**
 * The TSL editor as the page uses it: the Monaco editor on the console's
 * `CodeEditor`, with a plain text area (same accessible name) standing in
 * until the editor is up, and for good when it cannot be: an SDK without
 * `CodeEditor`, or an editor that fails to load (offline, a proxy or CSP in
 * the way). Queries still work there, without colours and completion.
 */
import * as React from 'react';
import { TextArea } from '@patternfly/react-core';
import { CodeEditor } from '@openshift-console/dynamic-plugin-sdk';
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

class EditorLoadBoundary extends React.Component<{ fallback: React.ReactNode; children: React.ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('The TSL editor could not be loaded; using a plain text area', error);
  }

  override render(): React.ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export const LazyTslEditor: React.FC<TslEditorProps> = (props) => {
  const [ready, setReady] = React.useState(false);
  const onReady = React.useCallback(() => setReady(true), []);
  if (typeof CodeEditor === 'undefined' || !CodeEditor) return <Fallback {...props} />;
  return (
    <EditorLoadBoundary fallback={<Fallback {...props} />}>
      <div style={{ position: 'relative' }}>
        <TslEditor {...props} onReady={onReady} />
        {!ready && (
          <div style={{ position: 'absolute', inset: 0, zIndex: 1 }}>
            <Fallback {...props} />
          </div>
        )}
      </div>
    </EditorLoadBoundary>
  );
};
