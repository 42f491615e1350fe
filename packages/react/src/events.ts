import type { AccessLevel, LinkMode } from '@keylink/contract';
import type { LinkAccountError, LinkAccountErrorCode } from './api/LinkAccountError';
import type { LinkAccountEndReason } from './messages/LinkAccountMessages';

/** The steps of the flow, in the order a person meets them. */
export type LinkAccountStep =
  | 'loading'
  | 'load_failed'
  | 'guide'
  | 'form'
  | 'verifying'
  | 'preview'
  | 'confirm'
  | 'success'
  | 'ended';

/** Why the widget gave control back without linking: the person left, or the session ended. */
export type LinkAccountExitReason = 'cancelled' | LinkAccountEndReason;

/** What `onSuccess` receives: the linked account, never the credential. */
export interface LinkAccountSuccess {
  accountId: string;
  provider: string;
  mode: LinkMode;
}

/** What `onExit` receives. */
export interface LinkAccountExit {
  reason: LinkAccountExitReason;
  /** The step the person was on. */
  step: LinkAccountStep;
}

/**
 * Everything that happens in the widget, for analytics and logs. None carries a credential.
 */
export type LinkAccountEvent =
  | { type: 'opened' }
  | { type: 'step_viewed'; step: LinkAccountStep }
  | { type: 'key_submitted'; provider: string; region: string | null; attempt: number }
  | {
      type: 'verified';
      provider: string;
      access: AccessLevel;
      region: string | null;
      ownerIsAdmin: boolean;
    }
  | { type: 'verification_failed'; code: LinkAccountErrorCode; retryAfterSeconds: number | null }
  | { type: 'preview_progress'; usersSeen: number; pagesRead: number }
  | {
      type: 'preview_ready';
      status: 'complete' | 'incomplete' | 'failed';
      usersSeen: number;
      roles: number;
    }
  | { type: 'confirmed'; accountId: string; provider: string; mode: LinkMode }
  | { type: 'exited'; reason: LinkAccountExitReason; step: LinkAccountStep }
  | { type: 'error'; step: LinkAccountStep; error: LinkAccountError };

/** Called once the account is linked and the success screen shows. */
export type LinkAccountOnSuccess = (result: LinkAccountSuccess) => void;
/** Called when the flow ends without linking (cancelled, or a session that cannot go on). */
export type LinkAccountOnExit = (exit: LinkAccountExit) => void;
/** Called for every event, in order. */
export type LinkAccountOnEvent = (event: LinkAccountEvent) => void;
/** Called for every error the widget shows. */
export type LinkAccountOnError = (error: LinkAccountError) => void;
