import { safeParse } from 'zod/mini';
import { ErrorBody, errorCodes } from './errors';
import type { ErrorCode } from './errors';
import { errorStatus } from './errorStatus';
import {
  errorCodesOf,
  jsonSchemaOf,
  propertiesOf,
  sharedComponents,
  tagOf,
  tags,
} from './openapiParts';
import type { Json, OpenApiVersion } from './openapiParts';
import { routes } from './routes';
import type { RouteDefinition, RouteName } from './routes';

export interface OpenApiDocument {
  openapi: '3.1.0' | '3.0.3';
  info: {
    title: string;
    version: string;
    description: string;
    license: { name: string; url: string };
    contact: { name: string; url?: string; email?: string };
  };
  servers: { url: string; description: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, Json>>;
  components: {
    schemas: Record<string, Json>;
    headers: Record<string, Json>;
    securitySchemes: Record<string, Json>;
  };
  /** Every error code with its HTTP status, as a table for readers. */
  'x-error-codes': { code: ErrorCode; status: number }[];
}

function isRouteName(name: string): name is RouteName {
  return name in routes;
}

function responseHeaders(status: number): Record<string, Json> {
  const ref = (name: keyof typeof sharedComponents.headers) => ({
    $ref: `#/components/headers/${name}`,
  });
  return {
    'X-Request-Id': ref('XRequestId'),
    ...(status === 429 ? { 'Retry-After': ref('RetryAfter') } : {}),
    ...(status === 401 ? { 'WWW-Authenticate': ref('WWWAuthenticate') } : {}),
  };
}

/** The error body with `code` narrowed to the codes this operation answers with at this status. */
function errorSchema(codes: ErrorCode[]): Json {
  return {
    allOf: [
      { $ref: '#/components/schemas/ErrorBody' },
      {
        type: 'object',
        properties: { error: { type: 'object', properties: { code: { enum: codes } } } },
      },
    ],
  };
}

function operationOf(name: RouteName, route: RouteDefinition, version: OpenApiVersion): Json {
  const parameters: Json[] = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, param]) => ({
    name: param ?? '',
    in: 'path',
    required: true,
    description: `The ${param ?? ''} (an answer of this API gave it out).`,
    schema: { type: 'string' },
  }));
  if (route.query !== undefined) {
    for (const property of propertiesOf(jsonSchemaOf(route.query, 'input', version))) {
      parameters.push({
        name: property.name,
        in: 'query',
        required: property.required,
        description: queryDescriptions[property.name] ?? property.name,
        schema: property.schema,
      });
    }
  }
  if (route.idempotencyKey === true)
    parameters.push({ ...sharedComponents.parameters.IdempotencyKey });
  parameters.push({ ...sharedComponents.parameters.XRequestId });

  const responses: Record<string, Json> = {
    [String(route.status)]:
      route.response === undefined
        ? { description: route.summary, headers: responseHeaders(route.status) }
        : {
            description: route.summary,
            headers: responseHeaders(route.status),
            content: {
              'application/json': { schema: jsonSchemaOf(route.response, 'output', version) },
            },
          },
  };
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(route)) {
    const status = errorStatus[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: codes.map((code) => `\`${code}\``).join(', '),
      headers: responseHeaders(status),
      content: { 'application/json': { schema: errorSchema(codes) } },
    };
  }
  return {
    operationId: name,
    summary: route.summary,
    description: route.description,
    tags: [tagOf(route)],
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
            // An absent body reads as `{}`: optional when `{}` is a valid body.
            required: !safeParse(route.body, {}).success,
            content: {
              'application/json': { schema: jsonSchemaOf(route.body, 'input', version) },
            },
          },
        }),
    responses,
  };
}

const queryDescriptions: Record<string, string> = {
  originOwnerId: 'Only the accounts of this origin owner (your id for the organisation).',
  cursor:
    'The `nextCursor` of the previous page, unchanged. It is bound to the listing and filter that made it: another one answers `invalid_request`.',
  limit: 'Items per page: a whole number written with digits only.',
};

/**
 * The OpenAPI document of Keylink's HTTP API, generated from the routes table and its zod schemas
 * (request schemas as inputs, responses as outputs). 3.1 by default; `openapi: '3.0'` writes the
 * same API for tools that only read 3.0 (schemas in the 3.0 dialect: `nullable` instead of
 * `type: null`).
 *
 * @example
 * const document = createOpenApiDocument({ serverUrl: 'https://keylink.example.com' });
 * document.paths['/v1/link/verify']?.post;
 */
export function createOpenApiDocument(
  options: {
    serverUrl?: string;
    version?: string;
    openapi?: OpenApiVersion;
    /** Who answers for this deployment (shown by documentation tools). */
    contact?: OpenApiDocument['info']['contact'];
  } = {},
): OpenApiDocument {
  const version = options.openapi ?? '3.1';
  const paths: OpenApiDocument['paths'] = {};
  for (const [name, route] of Object.entries(routes)) {
    if (!isRouteName(name)) continue;
    const path = (paths[route.path] ??= {});
    path[route.method.toLowerCase()] = operationOf(name, route, version);
  }
  return {
    openapi: version === '3.1' ? '3.1.0' : '3.0.3',
    info: {
      title: 'Keylink API',
      version: options.version ?? '0.1.0',
      description:
        'Host routes take `Authorization: Bearer <secret key>` (from your backend only); widget routes take `Authorization: Bearer <session token>`. Every answer carries `X-Request-Id`; every error is `{ "error": { "code", "message", "requestId", … } }` with the status of its code (`x-error-codes`). Bodies are JSON (`Content-Type: application/json`); operations without a body refuse one (`unsupported_media_type`). A known path called with another method answers 405 `method_not_allowed` with `Allow`.',
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
      contact: options.contact ?? { name: 'The team that runs this Keylink server' },
    },
    servers: [
      options.serverUrl === undefined
        ? {
            url: '/',
            description:
              'The Keylink server that serves this document (paths are relative to where it is mounted).',
          }
        : { url: options.serverUrl, description: 'Keylink' },
    ],
    tags: tags.map((tag) => ({ ...tag })),
    paths,
    components: {
      schemas: { ErrorBody: jsonSchemaOf(ErrorBody, 'output', version) },
      headers: { ...sharedComponents.headers },
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
