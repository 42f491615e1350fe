import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import { HttpError } from './HttpError';

// Postgres refuses a NUL (U+0000) anywhere in text: a value holding one would fail deep in a
// query, as a 500. No id, name, cursor or key Keylink takes can hold one, so it is refused at the
// door, saying where it was. (JSON strings cannot carry other text Postgres refuses: a lone
// surrogate is encoded as U+FFFD on the way to the database.)

type Issue = { path: string; message: string };

const nul = '\u0000';

const nulMessage = (path: string) =>
  path.startsWith('credentials.')
    ? 'It contains a character that cannot be part of a key (an invisible NUL). Copy it again, with all the dashes, and paste it here directly.'
    : 'It contains an invisible NUL character (U+0000), which no value here can hold: remove it.';

function refusal(issues: Issue[]): HttpError {
  return new HttpError(
    'invalid_request',
    'The request holds an invisible NUL character (U+0000): remove it from the fields listed in issues.',
    { issues },
  );
}

/** The paths in a parsed JSON value whose key or string holds a NUL. */
function nulPaths(value: unknown, path: string, found: string[]): string[] {
  if (typeof value === 'string') {
    if (value.includes(nul)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) =>
      nulPaths(item, path === '' ? String(index) : `${path}.${index}`, found),
    );
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (key.includes(nul)) found.push(at);
      else nulPaths(item, at, found);
    }
  }
  return found;
}

/** Throws invalid_request, naming each field, when a parsed JSON body holds a NUL anywhere. */
export function refuseNulInBody(body: unknown): void {
  const paths = nulPaths(body, '', []);
  if (paths.length > 0) throw refusal(paths.map((path) => ({ path, message: nulMessage(path) })));
}

/** Where a URL holds a NUL: its path (raw or %00), or a query parameter's name or value. */
function urlIssues(href: string): Issue[] {
  const url = new URL(href);
  const issues: Issue[] = [];
  if (url.pathname.includes(nul) || /%00/i.test(url.pathname)) {
    issues.push({ path: 'path', message: nulMessage('path') });
  }
  for (const [name, value] of url.searchParams) {
    if (name.includes(nul) || value.includes(nul)) {
      issues.push({ path: `query.${name.replaceAll(nul, '')}`, message: nulMessage('query') });
    }
  }
  return issues;
}

/** Headers Keylink reads besides those the HTTP layer itself checks. */
const readHeaders = ['authorization', 'idempotency-key', 'x-request-id'];

/**
 * Middleware: refuses a NUL in the path (raw or %00), in any query parameter, or in a header
 * Keylink reads, before any route or database sees it.
 */
export const refuseNulInUrl: MiddlewareHandler<AppEnv> = async (c, next) => {
  const issues: Issue[] = [];
  // A NUL reaches the path or a query value only raw or as %00: without either, nothing to parse.
  if (c.req.url.includes(nul) || /%00/i.test(c.req.url)) issues.push(...urlIssues(c.req.url));
  for (const name of readHeaders) {
    if (c.req.header(name)?.includes(nul)) issues.push({ path: name, message: nulMessage(name) });
  }
  if (issues.length > 0) throw refusal(issues);
  await next();
};
