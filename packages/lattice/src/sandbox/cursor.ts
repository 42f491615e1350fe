import { hashString } from './random';

// Cursors are opaque on purpose: a position, the listing it belongs to (company, viewer, route,
// status filter) and a keyed checksum, base64url-encoded. A client that builds or edits one, or
// reuses it on another listing, gets a 400 as from a real API, so it cannot come to rely on
// offsets. The key is fixed so cursors survive a restart of the sandbox command.
const cursorKey = 'keylink-lattice-sandbox-cursor-v1';

export interface CursorPosition {
  /** How many items of the listing come before the next page. */
  offset: number;
  /** 0 normally; 1 and 2 walk the `emptyPageWithHasMore` quirk's extra pages. */
  phase: number;
}

const hex = (value: number): string => value.toString(16).padStart(8, '0');

function checksum(body: string): string {
  return hex(hashString(`${cursorKey}:${body}`)) + hex(hashString(`${body}:${cursorKey}`));
}

const toBase64Url = (text: string): string =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

export function encodeCursor(listing: string, position: CursorPosition): string {
  const body = `${position.offset}.${position.phase}.${hex(hashString(listing))}`;
  return toBase64Url(`${body}.${checksum(body)}`);
}

/** The position a cursor points at, or null when it is garbled, forged or from another listing. */
export function decodeCursor(listing: string, cursor: string): CursorPosition | null {
  const decoded = fromBase64Url(cursor);
  const match =
    decoded === null ? null : /^(\d{1,9})\.([0-2])\.([0-9a-f]{8})\.([0-9a-f]{16})$/.exec(decoded);
  if (!match) return null;
  const [, offset = '', phase = '', tag, sum] = match;
  const body = `${offset}.${phase}.${tag}`;
  if (tag !== hex(hashString(listing)) || sum !== checksum(body)) return null;
  return { offset: Number(offset), phase: Number(phase) };
}
