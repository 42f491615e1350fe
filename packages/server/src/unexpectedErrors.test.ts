import { afterEach, describe, expect, it } from 'vitest';
import { errorOf, newSession, verify } from './testing/flow';
import { createFakeConnector } from './testing/fakeConnector';
import { storageTargets } from './testing/testDatabases';
import { createTestDeployment } from './testing/testServer';

const [sqlite] = storageTargets;
const key = 'super-secret-fake-key-123';

describe('given a connector that fails with an unexpected error', () => {
  let deployment: ReturnType<typeof createTestDeployment>;
  afterEach(async () => deployment.close());

  it('should answer internal_error with the request id, and log nothing of the key', async () => {
    if (sqlite === undefined) throw new Error('SQLite target missing');
    deployment = createTestDeployment(sqlite.create());
    const broken = {
      ...createFakeConnector(),
      verify: async ({ credentials }: { credentials: Readonly<Record<string, string>> }) => {
        throw new TypeError(`exploded while reading ${credentials.apiKey ?? ''}`);
      },
    };
    const server = deployment.start({ connectors: { lattice: broken } });
    const { token } = await newSession(server);
    const response = await verify(server, token, key);
    expect(response.status).toBe(500);
    const text = await response.clone().text();
    const error = await errorOf(response);
    expect(error.code).toBe('internal_error');
    expect(error.requestId).toBe(response.headers.get('x-request-id'));
    expect(text).not.toContain(key);
    const logged = deployment.logLines.join('\n');
    expect(logged).toContain('exploded while reading [redacted]');
    expect(logged).not.toContain(key);
  });
});
