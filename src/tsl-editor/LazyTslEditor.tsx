/**
 * The TSL editor behind React.lazy: Monaco is downloaded only when an editor
 * is on screen. Until then a plain text area with the same accessible name
 * keeps the query editable (and shows it) instead of an empty box.
 */
import * as React from 'react';
import { TextArea } from '@patternfly/react-core';
import { useForkliftTranslation } from '../utils/i18n';
import { preservingMonacoEnvironment } from './monacoEnvironment';
import type { TslEditorProps } from './TslEditor';

const TslEditor = React.lazy(() => preservingMonacoEnvironment(() => import(/* webpackChunkName: "tsl-editor" */ './TslEditor')));

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

/**
 * If the editor chunk cannot load (offline, a proxy or CSP in the way), the
 * plain text area stays: queries still work, without colours and completion.
 */
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

export const LazyTslEditor: React.FC<TslEditorProps> = (props) => (
  <EditorLoadBoundary fallback={<Fallback {...props} />}>
    <React.Suspense fallback={<Fallback {...props} />}>
      <TslEditor {...props} />
    </React.Suspense>
  </EditorLoadBoundary>
);
