import { Component } from 'react';
import type { ReactNode } from 'react';
import { localError } from '../api/LinkAccountError';
import type { LinkAccountError } from '../api/LinkAccountError';

interface RenderFailureBoundaryProps {
  children: ReactNode;
  /** Told once per failure, with the error the person and the host are shown. */
  onFailure: (error: LinkAccountError) => void;
}

/**
 * Catches a step that throws while rendering (an answer missing a part the step reads, from a
 * proxy or a server of another version) and reports it as `unexpected_response`, so the host's
 * page never loses its tree to the widget. The flow then shows the load-failed step, whose
 * "Try again" loads the session afresh.
 */
export class RenderFailureBoundary extends Component<
  RenderFailureBoundaryProps,
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    this.props.onFailure(
      localError('unexpected_response', 'The widget could not show the server’s answer.'),
    );
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
