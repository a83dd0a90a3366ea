import { Component, type ReactNode } from 'react';
import { Alert, PageSection } from '@patternfly/react-core';

/** Keeps one broken page from blanking the whole frame, and says what broke. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error('Page crashed', error, (error as { cause?: unknown }).cause);
  }

  override componentDidUpdate(prev: { resetKey?: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <PageSection>
        <Alert variant="danger" isInline title="This page failed to render">
          {this.state.error.message}
        </Alert>
      </PageSection>
    );
  }
}
