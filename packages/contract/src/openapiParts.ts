import { z } from 'zod/mini';
import { queryIntegers } from './api';
import type { ErrorCode } from './errors';
import type { RouteDefinition } from './routes';

/** A JSON Schema or any other plain JSON value in the document. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Which OpenAPI the document is written in: 3.1 (JSON Schema 2020-12) or 3.0 for older tools. */
export type OpenApiVersion = '3.1' | '3.0';

/**
 * Every error code a route can answer with: the ones every route of its kind shares, then its own
 * (`route.errors`). The server's conformance tests and the OpenAPI document read this, so a status
 * is declared once, in the route table.
 *
 * @example
 * errorCodesOf(routes.getAccount); // ['unauthorized', 'unsupported_media_type', 'not_found', …]
 */
export function errorCodesOf(route: RouteDefinition): ErrorCode[] {
  const shared: ErrorCode[] = [];
  if (route.query !== undefined || route.body !== undefined || route.idempotencyKey === true) {
    shared.push('invalid_request');
  }
  if (route.auth !== 'none') shared.push('unauthorized');
  if (route.body !== undefined) shared.push('payload_too_large');
  // Bodies must be JSON where one is expected, and absent where none is.
  shared.push('unsupported_media_type');
  const always: ErrorCode[] = ['service_unavailable', 'internal_error'];
  return [...new Set([...shared, ...route.errors, ...always])];
}

/** A zod schema as JSON Schema (2020-12 for 3.1, the OpenAPI 3.0 dialect for 3.0). */
export function jsonSchemaOf(
  schema: z.ZodMiniType,
  io: 'input' | 'output',
  version: OpenApiVersion,
): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: version === '3.1' ? 'draft-2020-12' : 'openapi-3.0',
    override: ({ zodSchema, jsonSchema }) => {
      const range = queryIntegers.get(zodSchema);
      if (range === undefined) return;
      // The wire form is digits in a string; clients should see the integer it stands for.
      for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
      Object.assign(jsonSchema, { type: 'integer', ...range });
    },
  });
  const json: Json = JSON.parse(JSON.stringify(rest));
  return json;
}

export function propertiesOf(schema: Json): { name: string; schema: Json; required: boolean }[] {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return [];
  const { properties, required } = schema;
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return [];
  const requiredNames = Array.isArray(required) ? required : [];
  return Object.entries(properties).map(([name, value]) => ({
    name,
    schema: value,
    required: requiredNames.includes(name),
  }));
}

/** Printable ASCII without space, as the server checks it. */
export const idempotencyKeyPattern = '^[!-~]{1,200}$';

/** Headers and parameters shared by every operation, referenced from each. */
export const sharedComponents = {
  headers: {
    XRequestId: {
      description:
        'The id of this request in the server logs: the caller’s `X-Request-Id` when it was acceptable, else a new one. Errors repeat it as `error.requestId`. Quote it to support.',
      required: true,
      schema: { type: 'string', minLength: 1 },
    },
    RetryAfter: {
      description:
        'Seconds to wait before trying again, when waiting helps (a rate limit). Absent with `too_many_attempts`: that session takes no more tries, whatever the wait.',
      required: false,
      schema: { type: 'integer', minimum: 0 },
    },
    WWWAuthenticate: {
      description:
        'The scheme to authenticate with (RFC 6750): `Bearer realm="keylink"`, with `error="invalid_token"` when a token was sent but not accepted.',
      required: true,
      schema: { type: 'string', pattern: '^Bearer ' },
    },
  },
  parameters: {
    XRequestId: {
      name: 'X-Request-Id',
      in: 'header',
      required: false,
      description:
        'Your id for this request (8–64 letters, digits, `.`, `_`, `-`), to find it in Keylink’s logs. Any other value is replaced by a new id, never refused.',
      schema: { type: 'string' },
      example: 'req_7f3c2a9b1d',
    },
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'A key you choose per attempt (1–200 printable ASCII characters without spaces, e.g. a UUID). Once the operation succeeded, repeating it with the same key returns the same answer instead of `session_used`. A refused attempt is not stored: retrying it with the same key once its cause is fixed is safe. Another value is `invalid_request`.',
      schema: { type: 'string', pattern: idempotencyKeyPattern },
      example: '5b0f4c7e-8d1a-4d1e-9a63-0f2f4a1b9c2d',
    },
  },
} as const satisfies { headers: Record<string, Json>; parameters: Record<string, Json> };

export const tags = [
  {
    name: 'Service',
    description: 'The health of this Keylink instance. No authentication.',
  },
  {
    name: 'Host',
    description:
      'Called by the host application’s backend with `Authorization: Bearer <secret key>`: connect sessions, linked accounts and their users and roles. Never call these from a browser.',
  },
  {
    name: 'Widget',
    description:
      'Called by the Link Account widget in the browser with `Authorization: Bearer <session token>`: render the session, verify the key, watch the preview, confirm.',
  },
] as const;

export function tagOf(route: RouteDefinition): (typeof tags)[number]['name'] {
  return route.auth === 'secret' ? 'Host' : route.auth === 'session' ? 'Widget' : 'Service';
}
