import { StepHeading } from '../components/StepHeading';
import { useMessages } from '../flow/WidgetContext';

interface VerifyingProps {
  provider: string;
  onCancel: () => void;
}

/** The key is being checked with the provider; the person may cancel and go back to the form. */
export function Verifying({ provider, onCancel }: VerifyingProps) {
  const messages = useMessages();
  return (
    <div className="kl-step kl-verifying" aria-busy="true">
      <StepHeading>{messages.verifyingHeading(provider)}</StepHeading>
      <div className="kl-spinner" aria-hidden="true" />
      <p role="status">{messages.verifyingText}</p>
      <div className="kl-actions">
        <button type="button" className="kl-button kl-button-secondary" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    </div>
  );
}
