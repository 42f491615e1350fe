import { HealthResponse } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeConnector } from './testing/fakeConnector';
import { storageTargets } from './testing/testDatabases';
import { createTestDeployment } from './testing/testServer';

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`migrations on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    afterEach(async () => deployment.close());

    it('given four instances starting at once on a new database, should migrate it once and serve on all', async () => {
      deployment = createTestDeployment(target.create());
      const servers = [1, 2, 3, 4].map(() =>
        deployment.start({ connectors: { fake: createFakeConnector() } }),
      );
      await Promise.all(servers.map((server) => server.ready));
      for (const server of servers) {
        const response = await server.fetch(new Request('http://keylink.test/healthz'));
        expect(HealthResponse.parse(await response.json()).database).toBe(target.name);
      }
      // A restart finds the schema up to date.
      const restarted = deployment.start({ connectors: { fake: createFakeConnector() } });
      await expect(restarted.ready).resolves.toBeUndefined();
    });
  });
}
