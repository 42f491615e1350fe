import type { LinkSession } from '@keylink/contract';
import { ProviderHeader } from '../components/ProviderHeader';
import { StepHeading } from '../components/StepHeading';
import { useMessages } from '../flow/WidgetContext';
import { SupportContact } from '../components/SupportContact';
import type { LinkAccountEndReason } from '../messages/LinkAccountMessages';

interface EndStateProps {
  reason: LinkAccountEndReason;
  session: LinkSession | null;
}

/** The session cannot go on (expired, used, locked, not valid): say so and what to do. */
export function EndState({ reason, session }: EndStateProps) {
  const messages = useMessages();
  return (
    <>
      {session ? (
        <ProviderHeader session={session} />
      ) : (
        <h2 className="kl-sr-only">{messages.widgetLabel}</h2>
      )}
      <div className="kl-step kl-end">
        <StepHeading>{messages.endHeadings[reason]}</StepHeading>
        <p role="status">{messages.endTexts[reason]}</p>
        {session ? (
          <p className="kl-muted">
            <SupportContact support={session.provider.support} />
          </p>
        ) : null}
      </div>
    </>
  );
}
