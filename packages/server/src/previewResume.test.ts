import { afterEach, describe, expect, it } from 'vitest';
import { confirmOk, newSession, previewToEnd, verifyOk } from './testing/flow';
import { frozenWalks } from './testing/frozenWalks';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { createTestClock, createTestDeployment } from './testing/testServer';

// The walk that completes a preview goes on from where verify stopped: through the server, the
// sandbox sees each page of users asked for once. A walk taken over by another instance starts
// again from page 1 (the walk start stays with the instance that verified) and is still right.

/** A test Lattice that notes the startingAfter of every /v1/users page asked for ('' = page 1). */
function countedLattice() {
  const pages: string[] = [];
  const { connector } = createTestLattice({
    intercept: (request) => {
      const url = new URL(request.url);
      if (url.pathname === '/v1/users') pages.push(url.searchParams.get('startingAfter') ?? '');
      return undefined;
    },
  });
  return { connector, pages };
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`a preview resumed from verify on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    afterEach(async () => deployment.close());

    it('given 250 people, should ask Lattice for each of the 3 pages once', async () => {
      deployment = createTestDeployment(target.create());
      const { connector, pages } = countedLattice();
      const server = deployment.start({ connectors: { lattice: connector } });
      const { token } = await newSession(server);
      const verified = await verifyOk(server, token, sandboxKeys.midCompanyAdmin);
      expect(verified.preview).toMatchObject({ status: 'running', usersSeen: 100 });
      const { final } = await previewToEnd(server, token);
      await server.idle();
      expect(final).toMatchObject({ status: 'complete', usersSeen: 250, pagesRead: 3 });
      expect(pages).toHaveLength(3);
      expect(new Set(pages).size).toBe(3);
      expect(pages[0]).toBe('');
    });

    it('given 25 people, should ask Lattice for the one page once and still learn the managers', async () => {
      deployment = createTestDeployment(target.create());
      const { connector, pages } = countedLattice();
      const server = deployment.start({ connectors: { lattice: connector } });
      const { token } = await newSession(server);
      const verified = await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      expect(verified.preview.status).toBe('complete');
      await server.idle();
      const { final } = await previewToEnd(server, token);
      expect(final).toMatchObject({ status: 'complete', usersSeen: 25 });
      expect(pages).toEqual(['']);
      const managers = final.roles.find((role) => role.id === 'manager')?.userCount ?? 0;
      expect(managers).toBeGreaterThan(0);
    });

    it('given the walking instance dies, should take over from page 1 and end with the same counts', async () => {
      deployment = createTestDeployment(target.create());
      const clock = createTestClock();
      const reference = countedLattice();
      const lease = { previewLeaseMs: 60_000, now: clock.now };
      const alone = deployment.start({ connectors: { lattice: reference.connector }, ...lease });
      const first = await newSession(alone, { originOwnerId: 'org_reference' });
      await verifyOk(alone, first.token, sandboxKeys.midCompanyAdmin);
      const expected = (await previewToEnd(alone, first.token)).final;
      await alone.idle();

      const { connector, pages } = countedLattice();
      const dying = deployment.start({ connectors: { lattice: frozenWalks(connector) }, ...lease });
      const healthy = deployment.start({ connectors: { lattice: connector }, ...lease });
      const { token } = await newSession(dying);
      await verifyOk(dying, token, sandboxKeys.midCompanyAdmin);
      clock.advance(61_000);
      const { final } = await previewToEnd(healthy, token);
      await healthy.idle();
      const { updatedAt: _a, ...got } = final;
      const { updatedAt: _b, ...want } = expected;
      expect(got).toEqual(want);
      // verify's page 1, then the taken-over walk from page 1: pages 2 and 3 once each.
      expect(pages.filter((cursor) => cursor === '')).toHaveLength(2);
      expect(pages).toHaveLength(4);
      expect((await confirmOk(healthy, token)).mode).toBe('create');
    });
  });
}
