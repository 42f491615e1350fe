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
  | {
      step: 'form';
      session: LinkSession;
      attempt: number;
      error: LinkAccountError | null;
      /** Automatic retries already made after rate limits, in a row (capped at maxAutoRetries). */
      autoRetries: number;
    }
  | {
      step: 'verifying';
      session: LinkSession;
      attempt: number;
      /** The failure this attempt retries, so an unchanged outcome keeps its reference. */
      retrying: LinkAccountError | null;
      autoRetries: number;
    }
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
  | { step: 'success'; session: LinkSession; account: ConfirmResponse; linked: LinkedSummary }
  | {
      step: 'ended';
      reason: LinkAccountEndReason;
      session: LinkSession | null;
      /** The step the person was on when the session ended. */
      from: LinkStep;
    }
);

/** What the success screen says was linked: whose key, how many users and roles. */
export interface LinkedSummary {
  owner: Verification['owner'];
  users: number;
  roles: number;
  final: boolean;
}

/** Automatic retries after a rate limit, before the person decides when to try again. */
export const maxAutoRetries = 3;

export type LinkAction =
  | { type: 'session_loaded'; session: LinkSession }
  /** The same session in another language (the widget's locale changed). */
  | { type: 'session_localized'; session: LinkSession }
  | { type: 'session_failed'; error: LinkAccountError }
  | { type: 'retry_load' }
  /** A step threw while rendering (see RenderFailureBoundary). */
  | { type: 'render_failed'; error: LinkAccountError }
  | { type: 'show_form' }
  | { type: 'show_guide'; focusStep?: number }
  /** `auto`: the widget retries after a rate limit, with the key the person submitted. */
  | { type: 'verify_started'; auto: boolean }
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

/** The steps that have the session (from the guide to success). */
export type SessionState = Extract<LinkState, { session: LinkSession }>;

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
 * The credential form, entered from any step: with the failure to show (if any) and the
 * automatic retries already made in a row (a fresh count unless a rate-limit retry goes on).
 */
function formStep(
  visit: number,
  session: LinkSession,
  attempt: number,
  error: LinkAccountError | null = null,
  autoRetries = 0,
): LinkState {
  return { visit, step: 'form', session, attempt, error, autoRetries };
}

/** The end of the flow without linking, remembering the step it ended on. */
function endedStep(
  visit: number,
  reason: LinkAccountEndReason,
  session: LinkSession | null,
  from: LinkStep,
): LinkState {
  return { visit, step: 'ended', reason, session, from };
}

/**
 * The transitions of the flow. An action that does not fit the current step (a late answer after
 * a cancel, a second click) leaves the state as it is.
 */
export function linkReducer(state: LinkState, action: LinkAction): LinkState {
  const visit = state.visit + 1;
  switch (action.type) {
    case 'session_loaded':
      if (state.step !== 'loading') return state;
      // A reconnect opens on the form: the person has done this before; the guide is one click away.
      return action.session.mode === 'reconnect'
        ? formStep(visit, action.session, 0)
        : { visit, step: 'guide', session: action.session, focusStep: null };
    case 'session_localized':
      // Same step, same visit: only the provider's words change.
      return state.step === 'loading' || state.step === 'load_failed'
        ? state
        : { ...state, session: action.session };
    case 'session_failed': {
      if (state.step !== 'loading') return state;
      const reason = endReasonOf(action.error);
      return reason
        ? endedStep(visit, reason, null, state.step)
        : { visit, step: 'load_failed', error: action.error };
    }
    case 'render_failed':
      return state.step === 'loading' || state.step === 'load_failed'
        ? state
        : { visit, step: 'load_failed', error: action.error };
    case 'retry_load':
      return state.step === 'load_failed' ? { visit, step: 'loading' } : state;
    case 'show_form':
      return state.step === 'guide' ? formStep(visit, state.session, 0) : state;
    case 'show_guide':
      return state.step === 'form'
        ? { visit, step: 'guide', session: state.session, focusStep: action.focusStep ?? null }
        : state;
    case 'verify_started':
      if (state.step !== 'form') return state;
      if (action.auto && state.autoRetries >= maxAutoRetries) return state;
      return {
        visit,
        step: 'verifying',
        session: state.session,
        attempt: state.attempt + 1,
        retrying: state.error,
        autoRetries: action.auto ? state.autoRetries + 1 : 0,
      };
    case 'verify_cancelled':
      return state.step === 'verifying' && state.attempt === action.attempt
        ? formStep(visit, state.session, state.attempt)
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
      if (reason) return endedStep(visit, reason, state.session, state.step);
      // One outcome, one reference: a retry that fails the same way keeps the first reference,
      // so support hears of one problem, not of each try.
      const previous = state.retrying;
      const error =
        previous?.code === action.error.code && previous.requestId !== null
          ? { ...action.error, requestId: previous.requestId }
          : action.error;
      return formStep(visit, state.session, state.attempt, error, state.autoRetries);
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
        ? formStep(visit, state.session, state.attempt)
        : state;
    case 'confirm_started':
      // Same step, so the visit does not change: no new step_viewed.
      return state.step === 'confirm' && !state.submitting
        ? { ...state, submitting: true, error: null }
        : state;
    case 'confirm_succeeded':
      return state.step === 'confirm'
        ? {
            visit,
            step: 'success',
            session: state.session,
            account: action.account,
            linked: {
              owner: state.verification.owner,
              users: Object.values(state.preview.countsByStatus).reduce((a, b) => a + b, 0),
              roles: state.preview.roles.length,
              final: state.preview.status === 'complete',
            },
          }
        : state;
    case 'confirm_failed': {
      if (state.step !== 'confirm') return state;
      const reason = endReasonOf(action.error);
      if (reason) return endedStep(visit, reason, state.session, state.step);
      if (action.error.code === 'session_not_verified') {
        return formStep(visit, state.session, state.attempt, action.error);
      }
      return { ...state, submitting: false, error: action.error };
    }
    case 'session_ended':
      return state.step === 'ended' || state.step === 'success'
        ? state
        : endedStep(visit, action.reason, sessionOf(state), state.step);
  }
}
