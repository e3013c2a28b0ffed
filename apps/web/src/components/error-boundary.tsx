import { Component, type ErrorInfo, type ReactNode } from "react";
import { ErrorView } from "./error-view";

interface State {
  failed: boolean;
  error: unknown;
}

/** Last line of defence for render errors outside the router (which has its own error screens). */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false, error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error("Unhandled render error", error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorView
        error={this.state.error}
        onRetry={() => this.setState({ failed: false, error: undefined })}
      />
    );
  }
}
