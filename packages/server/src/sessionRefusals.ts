import { HttpError } from './http/HttpError';

// Every route that refuses a spent or expired session says it in the same words: the widget
// shows the message, so opening, verifying and confirming must not drift apart.

/** The session already linked its account: nothing more can be done with it. */
export function sessionUsed(): HttpError {
  return new HttpError(
    'session_used',
    'This account is already linked with this session. Close the window; to link again, start a new session.',
  );
}

/** The session outlived its time to live. */
export function sessionExpired(): HttpError {
  return new HttpError(
    'session_expired',
    'This link session has expired. Close the window and start linking again.',
  );
}
