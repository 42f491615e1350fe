export { LinkAccount } from './LinkAccount';
export type { LinkAccountProps } from './LinkAccount';
export { LinkAccountDialog } from './LinkAccountDialog';
export type { LinkAccountDialogProps } from './LinkAccountDialog';
export { useLinkAccount } from './useLinkAccount';
export type { UseLinkAccountResult } from './useLinkAccount';
export type {
  LinkAccountEvent,
  LinkAccountExit,
  LinkAccountExitReason,
  LinkAccountOnError,
  LinkAccountOnEvent,
  LinkAccountOnExit,
  LinkAccountOnSuccess,
  LinkAccountStep,
  LinkAccountSuccess,
} from './events';
export type { LinkAccountError, LinkAccountErrorCode } from './api/LinkAccountError';
export type { LinkAccountTheme } from './theme/themeStyle';
export type {
  ErrorMessageContext,
  LinkAccountEndReason,
  LinkAccountMessageOverrides,
  LinkAccountMessages,
} from './messages/LinkAccountMessages';
export type { LinkAccountLocale } from './messages/LinkAccountLocale';
// English only: other locales are subpaths (`@keylink/react/locales/fr`), so hosts that do not
// import them do not download them.
export { en } from './locales/en';
