import type { LinkSession } from '@keylink/contract';
import { StepHeading } from '../components/StepHeading';
import { useMessages } from '../flow/WidgetContext';

/** "You're all set": the account is linked (or its key replaced). */
export function Success({ session }: { session: LinkSession }) {
  const messages = useMessages();
  const name = session.provider.name;
  return (
    <div className="kl-step kl-success">
      <div className="kl-success-mark" aria-hidden="true">
        ✓
      </div>
      <StepHeading>{messages.successHeading}</StepHeading>
      <p role="status">
        {session.mode === 'reconnect'
          ? messages.successTextReconnect(name)
          : messages.successText(name)}
      </p>
    </div>
  );
}
