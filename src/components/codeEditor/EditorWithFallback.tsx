/**
 * An editor on the console's Monaco (the SDK's `CodeEditor`) with a plain
 * stand-in that takes its place when it cannot be: an SDK without
 * `CodeEditor`, or an editor that fails to load (the error is caught here).
 * The text is the caller's, so nothing typed is lost when one replaces the other.
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
  children: React.ReactNode;
}> = ({ fallback, what, children }) =>
  typeof CodeEditor === 'undefined' || !CodeEditor ? (
    <>{fallback}</>
  ) : (
    <LoadBoundary fallback={fallback} what={what}>
      {children}
    </LoadBoundary>
  );
