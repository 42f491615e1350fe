import { createOpenApiDocument, routes } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeConnector } from './testing/fakeConnector';
import { storageTargets } from './testing/testDatabases';
import { createTestDeployment } from './testing/testServer';

const [sqlite] = storageTargets;

describe('API reference', () => {
  let deployment: ReturnType<typeof createTestDeployment>;
  const start = () => {
    if (sqlite === undefined) throw new Error('SQLite target missing');
    deployment = createTestDeployment(sqlite.create());
    return deployment.start({ connectors: { fake: createFakeConnector() } });
  };
  afterEach(async () => deployment.close());

  it('should serve the OpenAPI document generated from the contract', async () => {
    const response = await start().fetch(new Request('http://keylink.test/openapi.json'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(createOpenApiDocument())));
  });

  it('should render every route in /docs with a strict CSP and no script', async () => {
    const response = await start().fetch(new Request('http://keylink.test/docs'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\/(?!keylink)/);
    for (const route of Object.values(routes)) expect(html).toContain(route.path);
    expect(html).toContain('account_needs_reconnect');
  });
});
