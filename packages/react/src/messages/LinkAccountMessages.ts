import type { AccountSummary, UserStatus } from '@keylink/contract';
import type { LinkAccountErrorCode } from '../api/LinkAccountError';

/** What an error message may mention: the provider, the guide step to revisit, a delay. */
export interface ErrorMessageContext {
  /** The provider's display name, from the descriptor. */
  provider: string;
  /** The 1-based guide step where the credential is created, when the descriptor says so. */
  guideStep: number | null;
  /** Whether the provider has regions (a key for another region is refused too). */
  hasRegions: boolean;
  /** Seconds until a retry makes sense, when the server said so. */
  retryAfterSeconds: number | null;
  /** With `account_mismatch`: the account the key was refused for, to name it. */
  account: AccountSummary | null;
}

/** Why the flow ended without linking: each has a heading and a line saying what to do. */
export type LinkAccountEndReason =
  'session_expired' | 'session_used' | 'too_many_attempts' | 'unauthorized';

/**
 * Every string the widget shows. Functions take the values a sentence needs, so each locale can
 * order words and make plurals its own way.
 */
export interface LinkAccountMessages {
  /** A count as the language writes it ("10,000", "10 000", "10.000"). */
  number: (value: number) => string;
  widgetLabel: string;
  loading: string;
  cancel: string;
  back: string;
  tryAgain: string;
  opensInNewTab: string;
  close: string;
  /** The widget's main heading. */
  title: (provider: string) => string;
  titleReconnect: (provider: string) => string;
  forOwner: (owner: string) => string;
  loadFailedHeading: string;

  guideHeading: string;
  prerequisitesHeading: string;
  noticeKinds: Record<'prerequisite' | 'warning', string>;
  stepsHeading: string;
  stepNumber: (step: number, total: number) => string;
  enlargeIllustration: (alt: string) => string;
  syncedDataHeading: string;
  helpHeading: string;
  contactSupport: (label: string) => string;
  guideContinue: string;
  guideContinueReconnect: string;
  /** The guide's first line, for someone who already has a key: "Already have a key?" */
  guideShortcut: string;
  /** The button beside it that goes straight to the field. */
  guidePasteIt: string;
  /** Opens the next step of the guide. */
  nextStep: string;

  formHeading: (provider: string) => string;
  formHeadingReconnect: (provider: string) => string;
  reconnectNote: string;
  regionLabel: string;
  /** The show/hide button's name; it contains the visible Show/Hide word (label in name). */
  showSecret: (label: string) => string;
  hideSecret: (label: string) => string;
  show: string;
  hide: string;
  fieldRequired: (label: string) => string;
  fieldTooLong: (label: string, max: number) => string;
  formatWarning: (label: string) => string;
  connect: string;
  connectReconnect: string;
  backToGuide: string;
  showGuideStep: (step: number) => string;

  verifyingHeading: (provider: string) => string;
  verifyingText: string;

  errorHeading: string;
  errors: Record<LinkAccountErrorCode, (context: ErrorMessageContext) => string>;
  /** The automatic retry's countdown: seconds left, which try this is, and how many there are. */
  retryingIn: (seconds: number, attempt: number, max: number) => string;
  retryNow: string;
  /** The automatic retries are spent: the person tries again when ready. */
  retryStopped: (tries: number) => string;
  /** The key was edited during the countdown, so nothing is sent until the person says so. */
  retryPaused: string;
  errorReference: (requestId: string) => string;

  previewHeading: string;
  keyOwner: (who: string) => string;
  unnamedOwner: string;
  adminBadge: string;
  partialAccess: (provider: string) => string;
  /**
   * The connection this key will update instead of adding a twin (same company, same owner):
   * the company as people know it, and whose key it holds now, each when known.
   */
  alreadyLinked: (provider: string, company: string | null, keyOwner: string | null) => string;
  /** The warning when the key reaches less of the company than the account does now. */
  accessReducedHeading: string;
  accessReduced: (provider: string) => string;
  /** The checkbox confirm needs ticked when access would be reduced. */
  accessReducedAcknowledge: string;
  previewFailed: string;
  /** The walk ended before the provider's list did: how many people were read, and what that means. */
  previewIncomplete: (usersSeen: number, provider: string) => string;
  previewRefreshFailed: string;
  progressLabel: string;
  progressText: (usersSeen: number, pagesRead: number) => string;
  statusHeading: string;
  totalUsers: (count: number) => string;
  statuses: Record<UserStatus, string>;
  sampleHeading: string;
  sampleColumns: { name: string; email: string; title: string; roles: string };
  emptyValue: string;
  rolesHeading: string;
  roleUsers: (count: number | null) => string;
  /** A role's count while the provider is still being read. */
  roleCounting: string;
  previewContinue: string;
  useDifferentKey: string;

  confirmHeading: string;
  confirmHeadingReconnect: string;
  confirmSummary: (users: number, roles: number, provider: string, final: boolean) => string;
  confirmReplace: (provider: string) => string;
  confirmRegion: (region: string) => string;
  confirmButton: string;
  confirmButtonReconnect: string;
  confirming: string;

  successHeading: string;
  successText: (provider: string) => string;
  successTextReconnect: (provider: string) => string;
  /** Whose account was linked: the host's name for the organisation, and the provider. */
  successLinkedFor: (organisation: string, provider: string) => string;
  /** Closes the dialog once the account is linked. */
  done: string;

  endHeadings: Record<LinkAccountEndReason, string>;
  endTexts: Record<LinkAccountEndReason, string>;
}

/**
 * Overrides a host may pass: any subset of the strings, and any subset of the per-code error and
 * per-reason end messages.
 */
export type LinkAccountMessageOverrides = Partial<
  Omit<
    LinkAccountMessages,
    'errors' | 'endHeadings' | 'endTexts' | 'statuses' | 'noticeKinds' | 'sampleColumns'
  >
> & {
  errors?: Partial<LinkAccountMessages['errors']>;
  endHeadings?: Partial<LinkAccountMessages['endHeadings']>;
  endTexts?: Partial<LinkAccountMessages['endTexts']>;
  statuses?: Partial<LinkAccountMessages['statuses']>;
  noticeKinds?: Partial<LinkAccountMessages['noticeKinds']>;
  sampleColumns?: Partial<LinkAccountMessages['sampleColumns']>;
};
