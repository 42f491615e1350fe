// The `Authorization` header as the sandbox reads it: exactly `Bearer <token>` (RFC 6750 §2.1),
// and a 401 that says what was wrong, in `WWW-Authenticate` (RFC 6750 §3) and in the body.
// Nothing here ever repeats what the header held: a key pasted in the wrong place stays unsaid.

/** RFC 6750's b64token: the characters a Bearer token may have. */
const b64token = /^[A-Za-z0-9\-._~+/]+=*$/;

export const authRealm = 'Lattice API';

/**
 * Why a request is not authenticated. `error` is RFC 6750's code, or null where RFC 6750 §3.1
 * says to send none: no credentials at all, or another scheme than Bearer.
 */
export interface AuthProblem {
  error: 'invalid_request' | 'invalid_token' | null;
  /** For a person, plain ASCII without quotes or backslashes (it goes into a quoted string). */
  description: string;
}

export type BearerOutcome = { ok: true; token: string } | { ok: false; problem: AuthProblem };

const shape = 'Authorization: Bearer <API key>';

const refused = (error: AuthProblem['error'], description: string): BearerOutcome => ({
  ok: false,
  problem: { error, description },
});

/**
 * The token of `Authorization: Bearer <token>`, or what is wrong with the header. The scheme is
 * case-insensitive (RFC 7235 §2.1); everything else is exact: one header, one space, a token of
 * b64token characters. Leading and trailing spaces never get here: fetch's Headers trims them.
 */
export function readBearer(request: Request): BearerOutcome {
  const header = request.headers.get('authorization');
  if (header === null || header === '') {
    return refused(null, `No Authorization header: send ${shape}.`);
  }
  // Headers joins repeated fields with ", "; a comma is never part of a Bearer credential.
  if (header.includes(',')) {
    return refused(
      'invalid_request',
      `Several Authorization headers (or a comma in one): send exactly one, ${shape}.`,
    );
  }
  const gap = /\s/.exec(header);
  const scheme = gap === null ? header : header.slice(0, gap.index);
  if (scheme.toLowerCase() !== 'bearer') {
    return refused(null, `The Authorization header does not use the Bearer scheme: send ${shape}.`);
  }
  const rest = gap === null ? '' : header.slice(gap.index + 1);
  if (rest === '') return refused('invalid_request', `The Bearer token is empty: send ${shape}.`);
  if (gap?.[0] !== ' ' || /\s/.test(rest)) {
    return refused(
      'invalid_request',
      `The Authorization header has extra spaces or tabs: send ${shape}, with one space and no other.`,
    );
  }
  if (!b64token.test(rest)) {
    return refused(
      'invalid_request',
      'The Bearer token has characters a token cannot have (RFC 6750 b64token).',
    );
  }
  return { ok: true, token: rest };
}

export const unknownToken: AuthProblem = {
  error: 'invalid_token',
  description: 'The API key is not one Lattice knows.',
};

export const revokedToken: AuthProblem = {
  error: 'invalid_token',
  description: 'The API key was revoked.',
};

/** The `WWW-Authenticate` value of a 401: the realm, then the error and its description if any. */
export function wwwAuthenticate(problem: AuthProblem): string {
  const params = [`realm="${authRealm}"`];
  if (problem.error !== null) {
    params.push(`error="${problem.error}"`, `error_description="${problem.description}"`);
  }
  return `Bearer ${params.join(', ')}`;
}
