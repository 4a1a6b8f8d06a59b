import { Component, type ErrorInfo, type ReactNode } from 'react';
import { AuthMessage } from './auth-screens';

interface Props {
  fallback: ReactNode;
  children: ReactNode;
}

/** The sign-in module is a separate download; if it fails (offline, a new deploy) say so instead of a blank page. */
export class AuthLoadBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Sign-in failed to load', error, info.componentStack);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function AuthLoadFailed() {
  return (
    <AuthMessage
      severity="error"
      title="Sign-in could not start"
      message="The sign-in module did not load. Check your connection and reload the page."
      action={{ label: 'Reload', onClick: () => window.location.reload() }}
    />
  );
}
