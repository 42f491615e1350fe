import type { LinkSession, Preview as PreviewData, VerifyResponse } from '@keylink/contract';
import type { RefObject } from 'react';
import { StepHeading } from '../components/StepHeading';
import type { Emitter } from '../flow/createEmitter';
import { usePreviewPolling } from '../flow/usePreviewPolling';
import { useMessages } from '../flow/WidgetContext';
import type { LinkApi } from '../api/createLinkApi';
import type { LinkAccountEndReason } from '../messages/LinkAccountMessages';
import { PreviewDetails } from './PreviewDetails';

interface PreviewProps {
  api: LinkApi;
  session: LinkSession;
  attempt: number;
  result: VerifyResponse;
  emitter: Emitter;
  reportedRef: RefObject<string | null>;
  onContinue: (preview: PreviewData) => void;
  onEditKey: () => void;
  onSessionEnded: (reason: LinkAccountEndReason) => void;
  onCancel: () => void;
}

/** Whose key it is and what it will sync, filling in while the provider is read. */
export function Preview(props: PreviewProps) {
  const { session, result, onContinue, onEditKey, onCancel } = props;
  const messages = useMessages();
  const { preview, refreshFailed, refresh } = usePreviewPolling({
    api: props.api,
    attempt: props.attempt,
    initial: { preview: result.preview },
    emitter: props.emitter,
    onSessionEnded: props.onSessionEnded,
    reportedRef: props.reportedRef,
  });
  const { owner, access } = result.verification;
  const who =
    [owner.name, owner.email ? `(${owner.email})` : null].filter(Boolean).join(' ') ||
    messages.unnamedOwner;
  const provider = session.provider.name;

  return (
    <div className="kl-step kl-preview">
      <StepHeading>{messages.previewHeading}</StepHeading>
      <p>
        {messages.keyOwner(who)}{' '}
        {owner.isAdmin ? <span className="kl-badge">{messages.adminBadge}</span> : null}
      </p>
      {result.link?.reason === 'already_linked' && result.link.account !== null ? (
        <p className="kl-note">
          {messages.alreadyLinked(
            provider,
            result.link.account.tenantLabel,
            result.link.account.ownerName ?? result.link.account.ownerEmail,
          )}
        </p>
      ) : null}
      {result.warnings?.some((warning) => warning.code === 'access_reduced') ? (
        <div className="kl-warning" role="note">
          <p className="kl-alert-title">{messages.accessReducedHeading}</p>
          <p>{messages.accessReduced(provider)}</p>
        </div>
      ) : access === 'partial' ? (
        <p className="kl-note">{messages.partialAccess(provider)}</p>
      ) : null}
      {preview.status === 'running' ? (
        <div className="kl-progress">
          <progress className="kl-progress-bar" aria-label={messages.progressLabel} />
          <p className="kl-muted" role="status">
            {messages.progressText(preview.usersSeen, preview.pagesRead)}
          </p>
        </div>
      ) : null}
      {preview.status === 'failed' ? <p className="kl-note">{messages.previewFailed}</p> : null}
      {preview.status === 'incomplete' ? (
        <p className="kl-note">{messages.previewIncomplete(preview.usersSeen, provider)}</p>
      ) : null}
      {refreshFailed ? (
        <p className="kl-note">
          {messages.previewRefreshFailed}{' '}
          <button type="button" className="kl-button kl-button-secondary" onClick={refresh}>
            {messages.tryAgain}
          </button>
        </p>
      ) : null}
      <PreviewDetails preview={preview} roleLabels={session.provider.roles} />
      <div className="kl-actions">
        <button
          type="button"
          className="kl-button kl-button-primary"
          onClick={() => onContinue(preview)}
        >
          {messages.previewContinue}
        </button>
        <button type="button" className="kl-button kl-button-ghost" onClick={onEditKey}>
          {messages.useDifferentKey}
        </button>
        <button type="button" className="kl-button kl-button-ghost" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    </div>
  );
}
