import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ApiErrorAlert } from './api-error-alert';

interface ErrorBoundaryProps {
  /** What this section shows, for the error title: "Could not show the execution history". */
  title: string;
  onReset: () => void;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: unknown;
  hasError: boolean;
}

class SectionErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: undefined, hasError: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, hasError: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`${this.props.title}:`, error, info.componentStack);
  }

  private readonly handleRetry = () => {
    this.props.onReset();
    this.setState({ error: undefined, hasError: false });
  };

  render() {
    if (!this.state.hasError) return this.props.children;
    return <ApiErrorAlert error={this.state.error} title={this.props.title} onRetry={this.handleRetry} />;
  }
}

interface QueryBoundaryProps {
  title: string;
  children: ReactNode;
}

/**
 * Error boundary for one section of a page (a tab, a chart, a panel): a failure there shows an
 * inline ApiErrorAlert with Retry (which also resets failed queries below it) and the rest of the
 * page keeps working.
 */
export function QueryBoundary({ title, children }: QueryBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <SectionErrorBoundary title={title} onReset={reset}>
          {children}
        </SectionErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
