/**
 * An editor on the console's Monaco (the SDK's `CodeEditor`) with a plain
 * stand-in: `fallback` covers the editor until it calls `onReady`, and takes
 * its place for good when it cannot be (an SDK without `CodeEditor`, a chunk
 * that fails to load: the error is caught here). The TSL and playbook editors
 * share it; the text is their caller's, so nothing typed is lost either way.
 */
import * as React from 'react';
import { CodeEditor } from '@openshift-console/dynamic-plugin-sdk';

class LoadBoundary extends React.Component<{ fallback: React.ReactNode; what: string; children: React.ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`The ${this.props.what} could not be loaded; using a plain text area`, error);
  }

  override render(): React.ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export const EditorWithFallback: React.FC<{
  fallback: React.ReactNode;
  /** Named in the console message when the editor fails. */
  what: string;
  editor: (onReady: () => void) => React.ReactNode;
}> = ({ fallback, what, editor }) => {
  const [ready, setReady] = React.useState(false);
  const onReady = React.useCallback(() => setReady(true), []);
  if (typeof CodeEditor === 'undefined' || !CodeEditor) return <>{fallback}</>;
  return (
    <LoadBoundary fallback={fallback} what={what}>
      <div style={{ position: 'relative' }}>
        {editor(onReady)}
        {!ready && <div style={{ position: 'absolute', inset: 0, zIndex: 1 }}>{fallback}</div>}
      </div>
    </LoadBoundary>
  );
};
