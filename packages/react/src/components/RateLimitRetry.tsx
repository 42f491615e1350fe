import { useWatch } from 'react-hook-form';
import type { CredentialForm } from '../flow/useCredentialForm';
import { maxAutoRetries } from '../flow/linkReducer';
import { useMessages } from '../flow/WidgetContext';
import { RetryCountdown } from './RetryCountdown';

interface RateLimitRetryProps {
  form: CredentialForm;
  /** When the provider said trying again makes sense. */
  seconds: number;
  /** Automatic retries already made in a row. */
  autoRetries: number;
  /** Whether the form still holds exactly what the person submitted. */
  matchesSubmitted: (values: unknown) => boolean;
  onAutoRetry: () => void;
  onTryAgain: () => void;
}

/**
 * What follows a rate limit: a countdown to an automatic retry of what the person submitted, at
 * most `maxAutoRetries` times in a row. Editing the key stops it at once (the new value waits for
 * the person's own click), and once the retries are spent the person tries again when ready.
 */
export function RateLimitRetry(props: RateLimitRetryProps) {
  const { form, seconds, autoRetries, matchesSubmitted, onAutoRetry, onTryAgain } = props;
  const messages = useMessages();
  // Watched only to re-render on every keystroke; the comparison reads the form itself.
  useWatch({ control: form.control });
  if (!matchesSubmitted(form.getValues())) {
    return <p className="kl-muted">{messages.retryPaused}</p>;
  }
  if (autoRetries >= maxAutoRetries) {
    return (
      <div className="kl-countdown">
        <p>{messages.retryStopped(autoRetries)}</p>
        <button type="button" className="kl-button kl-button-secondary" onClick={onTryAgain}>
          {messages.tryAgain}
        </button>
      </div>
    );
  }
  return (
    <RetryCountdown
      key={autoRetries}
      seconds={seconds}
      attempt={autoRetries + 1}
      max={maxAutoRetries}
      onRetry={onAutoRetry}
    />
  );
}
