import type {
  ConfirmResponse,
  LinkSession,
  LinkTarget,
  LinkWarning,
  Preview,
  Verification,
  VerifyResponse,
} from '@keylink/contract';
import type { LinkAccountError } from '../api/LinkAccountError';
import type { LinkAccountEndReason } from '../messages/LinkAccountMessages';

/**
 * The whole flow as one value: `step` says where the person is, and each step carries exactly
 * the data it needs. `visit` grows on every step change, so effects can tell a new visit from a
 * re-render (and StrictMode's second run) without booleans.
 */
export type LinkState = { visit: number } & (
  | { step: 'loading' }
  | { step: 'load_failed'; error: LinkAccountError }
  | { step: 'guide'; session: LinkSession; focusStep: number | null }
  | { step: 'form'; session: LinkSession; attempt: number; error: LinkAccountError | null }
  | { step: 'verifying'; session: LinkSession; attempt: number }
  | { step: 'preview'; session: LinkSession; attempt: number; result: VerifyResponse }
  | {
      step: 'confirm';
      session: LinkSession;
      attempt: number;
      verification: Verification;
      preview: Preview;
      /** What confirm does (create, or update which account), when the server said. */
      link: LinkTarget | null;
      /** What the person must acknowledge before confirming. */
      warnings: LinkWarning[];
      /** Whether they ticked the acknowledgement of the warnings. */
      acknowledged: boolean;
      idempotencyKey: string;
      submitting: boolean;
      error: LinkAccountError | null;
    }
  | { step: 'success'; session: LinkSession; account: ConfirmResponse }
  | {
      step: 'ended';
      reason: LinkAccountEndReason;
      session: LinkSession | null;
      /** The step the person was on when the session ended. */
      from: LinkStep;
    }
);

export type LinkAction =
  | { type: 'session_loaded'; session: LinkSession }
  | { type: 'session_failed'; error: LinkAccountError }
  | { type: 'retry_load' }
  | { type: 'show_form' }
  | { type: 'show_guide'; focusStep?: number }
  | { type: 'verify_started' }
  | { type: 'verify_cancelled'; attempt: number }
  | { type: 'verify_succeeded'; attempt: number; result: VerifyResponse }
  | { type: 'verify_failed'; attempt: number; error: LinkAccountError }
  | { type: 'review'; preview: Preview; idempotencyKey: string }
  | { type: 'back_to_preview' }
  | { type: 'acknowledge'; acknowledged: boolean }
  | { type: 'edit_key' }
  | { type: 'confirm_started' }
  | { type: 'confirm_succeeded'; account: ConfirmResponse }
  | { type: 'confirm_failed'; error: LinkAccountError }
  | { type: 'session_ended'; reason: LinkAccountEndReason };

export type LinkStep = LinkState['step'];

export const initialLinkState: LinkState = { visit: 0, step: 'loading' };

/** The codes after which the session cannot go on, whatever step the person is on. */
export function endReasonOf(error: LinkAccountError): LinkAccountEndReason | null {
  switch (error.code) {
    case 'session_expired':
    case 'session_used':
    case 'too_many_attempts':
    case 'unauthorized':
      return error.code;
    default:
      return null;
  }
}

function sessionOf(state: LinkState): LinkSession | null {
  return 'session' in state ? state.session : null;
}

/**
 * The transitions of the flow. An action that does not fit the current step (a late answer after
 * a cancel, a second click) leaves the state as it is.
 */
export function linkReducer(state: LinkState, action: LinkAction): LinkState {
  const visit = state.visit + 1;
  switch (action.type) {
    case 'session_loaded':
      return state.step === 'loading'
        ? { visit, step: 'guide', session: action.session, focusStep: null }
        : state;
    case 'session_failed': {
      if (state.step !== 'loading') return state;
      const reason = endReasonOf(action.error);
      return reason
        ? { visit, step: 'ended', reason, session: null, from: state.step }
        : { visit, step: 'load_failed', error: action.error };
    }
    case 'retry_load':
      return state.step === 'load_failed' ? { visit, step: 'loading' } : state;
    case 'show_form':
      return state.step === 'guide'
        ? { visit, step: 'form', session: state.session, attempt: 0, error: null }
        : state;
    case 'show_guide':
      return state.step === 'form'
        ? { visit, step: 'guide', session: state.session, focusStep: action.focusStep ?? null }
        : state;
    case 'verify_started':
      return state.step === 'form'
        ? { visit, step: 'verifying', session: state.session, attempt: state.attempt + 1 }
        : state;
    case 'verify_cancelled':
      return state.step === 'verifying' && state.attempt === action.attempt
        ? { visit, step: 'form', session: state.session, attempt: state.attempt, error: null }
        : state;
    case 'verify_succeeded':
      return state.step === 'verifying' && state.attempt === action.attempt
        ? {
            visit,
            step: 'preview',
            session: state.session,
            attempt: state.attempt,
            result: action.result,
          }
        : state;
    case 'verify_failed': {
      if (state.step !== 'verifying' || state.attempt !== action.attempt) return state;
      const reason = endReasonOf(action.error);
      if (reason) return { visit, step: 'ended', reason, session: state.session, from: state.step };
      return {
        visit,
        step: 'form',
        session: state.session,
        attempt: state.attempt,
        error: action.error,
      };
    }
    case 'review':
      return state.step === 'preview'
        ? {
            visit,
            step: 'confirm',
            session: state.session,
            attempt: state.attempt,
            verification: state.result.verification,
            preview: action.preview,
            link: state.result.link ?? null,
            warnings: state.result.warnings ?? [],
            acknowledged: false,
            idempotencyKey: action.idempotencyKey,
            submitting: false,
            error: null,
          }
        : state;
    case 'back_to_preview':
      return state.step === 'confirm' && !state.submitting
        ? {
            visit,
            step: 'preview',
            session: state.session,
            attempt: state.attempt,
            result: {
              verification: state.verification,
              preview: state.preview,
              ...(state.link === null ? {} : { link: state.link }),
              warnings: state.warnings,
            },
          }
        : state;
    case 'acknowledge':
      // Same step: the visit does not change.
      return state.step === 'confirm' && !state.submitting
        ? { ...state, acknowledged: action.acknowledged }
        : state;
    case 'edit_key':
      return state.step === 'preview' || (state.step === 'confirm' && !state.submitting)
        ? { visit, step: 'form', session: state.session, attempt: state.attempt, error: null }
        : state;
    case 'confirm_started':
      // Same step, so the visit does not change: no new step_viewed.
      return state.step === 'confirm' && !state.submitting
        ? { ...state, submitting: true, error: null }
        : state;
    case 'confirm_succeeded':
      return state.step === 'confirm'
        ? { visit, step: 'success', session: state.session, account: action.account }
        : state;
    case 'confirm_failed': {
      if (state.step !== 'confirm') return state;
      const reason = endReasonOf(action.error);
      if (reason) return { visit, step: 'ended', reason, session: state.session, from: state.step };
      if (action.error.code === 'session_not_verified') {
        return {
          visit,
          step: 'form',
          session: state.session,
          attempt: state.attempt,
          error: action.error,
        };
      }
      return { ...state, submitting: false, error: action.error };
    }
    case 'session_ended':
      return state.step === 'ended' || state.step === 'success'
        ? state
        : {
            visit,
            step: 'ended',
            reason: action.reason,
            session: sessionOf(state),
            from: state.step,
          };
  }
}
