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
