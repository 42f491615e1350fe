import { z } from 'zod/mini';
import { ErrorBody, errorCodes } from './errors';
import type { ErrorCode } from './errors';
import { errorStatus } from './errorStatus';
import { routes } from './routes';
import type { RouteDefinition, RouteName } from './routes';

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses) or any other plain JSON value in the document. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers?: { url: string }[];
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; securitySchemes: Record<string, Json> };
  /** Every error code with its HTTP status, as a table for readers. */
  'x-error-codes': { code: ErrorCode; status: number }[];
}

const sessionErrors: ErrorCode[] = ['unauthorized', 'session_expired', 'session_used'];
const providerErrors: ErrorCode[] = [
  'provider_rate_limited',
  'provider_unavailable',
  'provider_timeout',
  'provider_bad_response',
];

/** The error codes each route can answer with, besides invalid_request and internal_error. */
const routeErrors: Record<RouteName, ErrorCode[]> = {
  health: [],
  createConnectSession: ['unauthorized', 'not_found', 'payload_too_large'],
  listAccounts: ['unauthorized'],
  getAccount: ['unauthorized', 'not_found'],
  deleteAccount: ['unauthorized', 'not_found'],
  listIamUsers: [
    'unauthorized',
    'not_found',
    'account_needs_reconnect',
    'insufficient_permissions',
    ...providerErrors,
  ],
  getIamUser: [
    'unauthorized',
    'not_found',
    'account_needs_reconnect',
    'insufficient_permissions',
    ...providerErrors,
  ],
  listIamRoles: ['unauthorized', 'not_found'],
  getLinkSession: sessionErrors,
  verify: [
    ...sessionErrors,
    'too_many_attempts',
    'payload_too_large',
    'invalid_credentials',
    'insufficient_permissions',
    'api_not_enabled',
    ...providerErrors,
  ],
  getPreview: ['unauthorized', 'session_expired', 'session_not_verified'],
  confirm: [...sessionErrors, 'session_not_verified', 'not_found'],
};

function isRouteName(name: string): name is RouteName {
  return name in routes;
}

function jsonSchemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  const json: Json = JSON.parse(JSON.stringify(rest));
  return json;
}

function propertiesOf(schema: Json): { name: string; schema: Json; required: boolean }[] {
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

function operationOf(name: RouteName, route: RouteDefinition): Json {
  const parameters: Json[] = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, param]) => ({
    name: param ?? '',
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (route.query !== undefined) {
    for (const property of propertiesOf(jsonSchemaOf(route.query, 'input'))) {
      parameters.push({
        name: property.name,
        in: 'query',
        required: property.required,
        schema: property.schema,
      });
    }
  }
  if (name === 'confirm') {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Repeating a confirm with the same key returns the same answer.',
      schema: { type: 'string', maxLength: 200 },
    });
  }
  const responses: Record<string, Json> = {
    [String(route.status)]:
      route.response === undefined
        ? { description: 'Done; no body.' }
        : {
            description: route.summary,
            content: { 'application/json': { schema: jsonSchemaOf(route.response, 'output') } },
          },
  };
  const codes: ErrorCode[] = ['invalid_request', ...routeErrors[name], 'internal_error'];
  for (const code of codes) {
    const status = String(errorStatus[code]);
    const existing = responses[status];
    const listed =
      typeof existing === 'object' &&
      existing !== null &&
      !Array.isArray(existing) &&
      typeof existing.description === 'string'
        ? `${existing.description}, ${code}`
        : `Error: ${code}`;
    responses[status] = {
      description: listed,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    };
  }
  return {
    operationId: name,
    summary: route.summary,
    tags: [route.auth === 'secret' ? 'Host' : route.auth === 'session' ? 'Widget' : 'Service'],
    security:
      route.auth === 'secret'
        ? [{ secretKey: [] }]
        : route.auth === 'session'
          ? [{ sessionToken: [] }]
          : [],
    parameters,
    ...(route.body === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchemaOf(route.body, 'input') } },
          },
        }),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of Keylink's HTTP API, generated from the routes table and its zod
 * schemas (request schemas as inputs, responses as outputs).
 *
 * @example
 * const document = createOpenApiDocument({ serverUrl: 'https://keylink.example.com' });
 * document.paths['/v1/link/verify']?.post;
 */
export function createOpenApiDocument(
  options: { serverUrl?: string; version?: string } = {},
): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const [name, route] of Object.entries(routes)) {
    if (!isRouteName(name)) continue;
    const path = (paths[route.path] ??= {});
    path[route.method.toLowerCase()] = operationOf(name, route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Keylink API',
      version: options.version ?? '0.1.0',
      description:
        'Host routes take `Authorization: Bearer <secret key>` (from your backend only); widget routes take `Authorization: Bearer <session token>`. Every error is `{ "error": { "code", "message", … } }`.',
    },
    ...(options.serverUrl === undefined ? {} : { servers: [{ url: options.serverUrl }] }),
    paths,
    components: {
      schemas: { ErrorBody: jsonSchemaOf(ErrorBody, 'output') },
      securitySchemes: {
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'KEYLINK_SECRET_KEY, from the host backend.',
        },
        sessionToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token of a connect session.',
        },
      },
    },
    'x-error-codes': errorCodes.map((code) => ({ code, status: errorStatus[code] })),
  };
}
