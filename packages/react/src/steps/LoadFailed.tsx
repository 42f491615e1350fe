import type { LinkAccountError } from '../api/LinkAccountError';
import { ErrorNotice } from '../components/ErrorNotice';
import { StepHeading } from '../components/StepHeading';
import { useMessages } from '../flow/WidgetContext';

interface LoadFailedProps {
  error: LinkAccountError;
  onRetry: () => void;
}

/** The session could not load for a reason that may pass (network, server trouble). */
export function LoadFailed({ error, onRetry }: LoadFailedProps) {
  const messages = useMessages();
  return (
    <div className="kl-step">
      <h2 className="kl-sr-only">{messages.widgetLabel}</h2>
      <StepHeading>{messages.loadFailedHeading}</StepHeading>
      <ErrorNotice error={error} provider={messages.widgetLabel}>
        <div className="kl-actions">
          <button type="button" className="kl-button kl-button-primary" onClick={onRetry}>
            {messages.tryAgain}
          </button>
        </div>
      </ErrorNotice>
    </div>
  );
}
