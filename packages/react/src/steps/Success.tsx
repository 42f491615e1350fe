import type { LinkSession } from '@keylink/contract';
import { StepHeading } from '../components/StepHeading';
import type { LinkedSummary } from '../flow/linkReducer';
import { useMessages } from '../flow/WidgetContext';

interface SuccessProps {
  session: LinkSession;
  /** Whose key was linked and what will sync, as the confirm step showed it. */
  linked: LinkedSummary;
  /** Given inside a dialog: "Done" closes it. */
  onDone?: (() => void) | undefined;
}

/** "You're all set": what was linked (for whom, whose key, how many users and roles), then Done. */
export function Success({ session, linked, onDone }: SuccessProps) {
  const messages = useMessages();
  const name = session.provider.name;
  const { owner } = linked;
  const who =
    [owner.name, owner.email ? `(${owner.email})` : null].filter(Boolean).join(' ') ||
    messages.unnamedOwner;

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
      <ul className="kl-summary">
        {session.originOwnerName ? (
          <li>{messages.successLinkedFor(session.originOwnerName, name)}</li>
        ) : null}
        <li>{messages.keyOwner(who)}</li>
        <li>{messages.confirmSummary(linked.users, linked.roles, name, linked.final)}</li>
      </ul>
      {onDone ? (
        <div className="kl-actions">
          <button type="button" className="kl-button kl-button-primary" onClick={onDone}>
            {messages.done}
          </button>
        </div>
      ) : null}
    </div>
  );
}
