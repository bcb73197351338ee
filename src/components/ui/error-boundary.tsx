import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What to show instead of the children once they have failed. */
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
}

/** Keeps a failing part of the page from blanking the rest. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
