import { config, safeParse } from 'zod/mini';
import type { z } from 'zod/mini';
import { en } from 'zod/locales';
import { HttpError } from './HttpError';
import { refuseNulInBody } from './refuseNul';

/**
 * The contract is built with zod/mini, which registers no locale: without one, every issue would
 * read "Invalid input". Registers English the way classic zod does (only when the host has not
 * configured a locale of its own), so issues say what is wrong.
 */
function ensureIssueMessages(): void {
  if (config().localeError === undefined) config(en());
}

function issuesOf(error: z.core.$ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Parses a value with a contract schema, or throws invalid_request listing what was wrong. */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  ensureIssueMessages();
  const result = safeParse(schema, value);
  if (result.success) return result.data;
  throw new HttpError(
    'invalid_request',
    `The ${what} is not valid: fix the fields listed in issues.`,
    {
      issues: issuesOf(result.error),
    },
  );
}

/** Whether a Content-Type names JSON (`application/json`, parameters such as charset allowed). */
export function isJsonMediaType(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

export function unsupportedMediaType(message: string): HttpError {
  return new HttpError('unsupported_media_type', message);
}

/**
 * Reads a JSON body, or throws: unsupported_media_type when it is not declared as
 * `application/json`, invalid_request when it does not parse or holds a NUL in any of its
 * strings (no field can hold one, and Postgres would fail on it). An empty body counts as `{}`,
 * so a missing body is answered with the fields it lacks.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  if (!isJsonMediaType(request.headers.get('content-type') ?? undefined)) {
    throw unsupportedMediaType(
      'Send the body as JSON with the header "Content-Type: application/json".',
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(
      'invalid_request',
      'The request body is not valid JSON: send a JSON object.',
    );
  }
  refuseNulInBody(body);
  return body;
}

/**
 * A request's query string as a plain object. Every query parameter of this API takes one value:
 * a repeated one is refused rather than silently keeping one of its values.
 */
export function queryOf(request: Request): Record<string, string> {
  const query: Record<string, string> = {};
  const repeated = new Set<string>();
  for (const [name, value] of new URL(request.url).searchParams) {
    if (Object.hasOwn(query, name)) repeated.add(name);
    query[name] = value;
  }
  if (repeated.size > 0) {
    throw new HttpError(
      'invalid_request',
      'A query parameter was given more than once: send each at most once.',
      {
        issues: [...repeated].map((name) => ({
          path: name,
          message: 'Given more than once; it takes a single value.',
        })),
      },
    );
  }
  return query;
}
