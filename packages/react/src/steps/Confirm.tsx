import type {
  LinkSession,
  LinkTarget,
  LinkWarning,
  Preview,
  Verification,
} from '@keylink/contract';
import { useId } from 'react';
import type { LinkAccountError } from '../api/LinkAccountError';
import { ErrorNotice } from '../components/ErrorNotice';
import { StepHeading } from '../components/StepHeading';
import { useMessages } from '../flow/WidgetContext';

interface ConfirmProps {
  session: LinkSession;
  verification: Verification;
  preview: Preview;
  link: LinkTarget | null;
  warnings: LinkWarning[];
  acknowledged: boolean;
  onAcknowledge: (acknowledged: boolean) => void;
  submitting: boolean;
  error: LinkAccountError | null;
  onConfirm: () => void;
  onBack: () => void;
  onCancel: () => void;
}

/** What will sync, in one paragraph, and the button that links the account. */
export function Confirm(props: ConfirmProps) {
  const { session, verification, preview, link, warnings, submitting, error } = props;
  const { acknowledged, onAcknowledge, onConfirm, onBack, onCancel } = props;
  const messages = useMessages();
  const acknowledgeId = useId();
  const { provider } = session;
  // An account of the same company already linked by this owner is updated, not duplicated.
  const reconnect = session.mode === 'reconnect' || link?.mode === 'reconnect';
  const reduced = warnings.some((warning) => warning.code === 'access_reduced');
  const blocked = warnings.length > 0 && !acknowledged;
  const users = Object.values(preview.countsByStatus).reduce((sum, count) => sum + count, 0);
  const region = provider.regions.find((item) => item.id === verification.region);
  const who = verification.owner.name ?? verification.owner.email ?? messages.unnamedOwner;

  return (
    <div className="kl-step kl-confirm">
      <StepHeading>
        {reconnect ? messages.confirmHeadingReconnect : messages.confirmHeading}
      </StepHeading>
      <p>
        {messages.confirmSummary(
          users,
          preview.roles.length,
          provider.name,
          preview.status === 'complete',
        )}
      </p>
      <ul className="kl-summary">
        <li>{messages.keyOwner(who)}</li>
        {region ? <li>{messages.confirmRegion(region.label)}</li> : null}
        {provider.syncedData.map((item) => (
          <li key={item.id}>
            <strong>{item.label}</strong>: {item.description}
          </li>
        ))}
      </ul>
      {verification.access === 'partial' ? (
        <p className="kl-note">{messages.partialAccess(provider.name)}</p>
      ) : null}
      {reconnect ? <p className="kl-note">{messages.confirmReplace(provider.name)}</p> : null}
      {reduced ? (
        <div className="kl-warning">
          <p className="kl-alert-title">{messages.accessReducedHeading}</p>
          <p>{messages.accessReduced(provider.name)}</p>
          <p className="kl-checkbox">
            <input
              id={acknowledgeId}
              type="checkbox"
              checked={acknowledged}
              disabled={submitting}
              onChange={(event) => onAcknowledge(event.target.checked)}
            />
            <label htmlFor={acknowledgeId}>{messages.accessReducedAcknowledge}</label>
          </p>
        </div>
      ) : null}
      {error ? (
        <ErrorNotice error={error} provider={provider.name} support={provider.support} />
      ) : null}
      <div className="kl-actions">
        <button
          type="button"
          className="kl-button kl-button-primary"
          onClick={onConfirm}
          disabled={submitting || blocked}
          aria-busy={submitting || undefined}
        >
          {submitting
            ? messages.confirming
            : reconnect
              ? messages.confirmButtonReconnect
              : messages.confirmButton}
        </button>
        <button
          type="button"
          className="kl-button kl-button-ghost"
          onClick={onBack}
          disabled={submitting}
        >
          {messages.back}
        </button>
        <button
          type="button"
          className="kl-button kl-button-ghost"
          onClick={onCancel}
          disabled={submitting}
        >
          {messages.cancel}
        </button>
      </div>
    </div>
  );
}
