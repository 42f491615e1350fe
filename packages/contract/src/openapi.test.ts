import { describe, expect, it } from 'vitest';
import { createOpenApiDocument, errorCodes, routes } from './index';

describe('createOpenApiDocument', () => {
  it('should document every route with its success response and error body', () => {
    const document = createOpenApiDocument({ serverUrl: 'https://keylink.example' });
    expect(document.openapi).toBe('3.1.0');
    for (const route of Object.values(routes)) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(JSON.stringify(operation)).toContain(`"${route.status}"`);
      expect(JSON.stringify(operation)).toContain('#/components/schemas/ErrorBody');
    }
    expect(document['x-error-codes'].map((entry) => entry.code)).toEqual([...errorCodes]);
  });

  it('should give query parameters and the verify body from the zod schemas', () => {
    const document = createOpenApiDocument();
    const list = JSON.stringify(document.paths['/v1/accounts']?.get);
    expect(list).toContain('"originOwnerId"');
    expect(list).toContain('"maximum":100');
    const verify = JSON.stringify(document.paths['/v1/link/verify']?.post);
    expect(verify).toContain('"credentials"');
    expect(verify).toContain('"additionalProperties":false');
  });

  it('should document GET /v1/events with its filters and the event types', () => {
    const events = JSON.stringify(createOpenApiDocument().paths['/v1/events']?.get);
    for (const name of ['"originOwnerId"', '"accountId"', '"type"', '"cursor"', '"limit"']) {
      expect(events).toContain(name);
    }
    expect(events).toContain('account.needs_reconnect');
    expect(events).toContain('"resumeCursor"');
    expect(events).toContain('"secretKey"');
  });
});

describe('the document’s completeness', () => {
  const document = createOpenApiDocument();
  const operations = Object.values(routes).map((route) => ({
    route,
    operation: JSON.parse(JSON.stringify(document.paths[route.path]?.[route.method.toLowerCase()])),
  }));

  it('should declare X-Request-Id on every answer, Retry-After on every 429 and WWW-Authenticate on every 401', () => {
    for (const { route, operation } of operations) {
      for (const [status, response] of Object.entries<{ headers: Record<string, unknown> }>(
        operation.responses,
      )) {
        const where = `${route.method} ${route.path} ${status}`;
        expect(response.headers['X-Request-Id'], where).toEqual({
          $ref: '#/components/headers/XRequestId',
        });
        expect('Retry-After' in response.headers, where).toBe(status === '429');
        expect('WWW-Authenticate' in response.headers, where).toBe(status === '401');
      }
    }
    expect(document.components.headers.XRequestId).toMatchObject({ required: true });
  });

  it('should declare Idempotency-Key on confirm with its format', () => {
    const confirm = operations.find(({ route }) => route === routes.confirm)?.operation;
    expect(confirm.parameters).toContainEqual(
      expect.objectContaining({
        name: 'Idempotency-Key',
        in: 'header',
        schema: { type: 'string', pattern: '^[!-~]{1,200}$' },
      }),
    );
  });

  it('should list every status an operation can answer and none it cannot', () => {
    const statusesOf = (route: (typeof routes)[keyof typeof routes]) =>
      Object.keys(operations.find((entry) => entry.route === route)?.operation.responses ?? {});
    for (const { route, operation } of operations) {
      const statuses = Object.keys(operation.responses);
      expect(statuses, route.path).toContain('503');
      expect(statuses, route.path).toContain('500');
      expect(statuses, route.path).toContain('415');
      expect(statuses.includes('413'), route.path).toBe('body' in route);
    }
    for (const inputless of [
      routes.health,
      routes.getLinkSession,
      routes.getPreview,
      routes.getAccount,
      routes.deleteAccount,
      routes.listIamRoles,
    ]) {
      expect(statusesOf(inputless), inputless.path).not.toContain('400');
    }
    expect(statusesOf(routes.confirm)).toContain('400');
    expect(statusesOf(routes.health)).not.toContain('401');
  });

  it('should declare its servers, its tags with descriptions and a description per operation', () => {
    expect(document.servers.length).toBeGreaterThan(0);
    const tagNames = document.tags.map((tag) => tag.name);
    for (const tag of document.tags) expect(tag.description.length).toBeGreaterThan(20);
    for (const { route, operation } of operations) {
      expect(operation.description.length, route.path).toBeGreaterThan(20);
      for (const tag of operation.tags) expect(tagNames).toContain(tag);
    }
  });

  it('should document a query integer as the integer it stands for', () => {
    const list = operations.find(({ route }) => route === routes.listAccounts)?.operation;
    const limit = list.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toEqual({ type: 'integer', minimum: 1, maximum: 100, default: 25 });
  });

  it('should write a 3.0 variant without the keywords 3.0 does not have', () => {
    const older = createOpenApiDocument({ openapi: '3.0' });
    expect(older.openapi).toBe('3.0.3');
    const text = JSON.stringify(older);
    expect(text).not.toMatch(/"type":"null"|"const"|"propertyNames"|"\$schema"/);
    expect(text).toContain('"nullable":true');
  });
});
