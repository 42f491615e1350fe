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

/**
 * Reads a JSON body (an empty body counts as `{}`), or throws invalid_request; a NUL in any of
 * its strings is refused too (no field can hold one, and Postgres would fail on it).
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
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

/** A request's query string as a plain object (a repeated key keeps the last value). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
