import type { Connector, TenantCheck } from '@keylink/contract';
import { describe, expect, it } from 'vitest';
import type { SandboxKeyName } from '../sandbox';
import { as, connectorFailure, setupConnector as setup } from '../testing/sandboxConnector';

/** What the server asks when an account linked with `linkedWith` is reconnected with `newKey`. */
async function checkOf(
  connector: Connector,
  linkedWith: SandboxKeyName,
  newKey: SandboxKeyName,
  previous: 'working' | 'gone' = 'working',
): Promise<TenantCheck> {
  const old = await connector.verify(as(linkedWith));
  const fresh = await connector.verify(as(newKey));
  return {
    known: old.tenant,
    candidate: fresh.tenant,
    candidateAccess: fresh.verification.access,
    previous:
      previous === 'working' ? { ...as(linkedWith), access: old.verification.access } : null,
  };
}

describe('tenant identity', () => {
  it("given a key, should name its company by the owner's email domain and fingerprint it with user ids", async () => {
    const { connector } = setup();
    const { tenant, verification } = await connector.verify(as('smallCompanyAdmin'));
    expect(tenant.label).toBe('pinecone-bakery.example');
    expect(tenant.fingerprint[0]).toBe(verification.owner.remoteId);
    expect(tenant.fingerprint.length).toBeGreaterThan(1);
    expect(tenant.fingerprint.length).toBeLessThanOrEqual(6);
  });

  it("given another super admin's key of the same company, should answer same without extra calls", async () => {
    const { connector, requested } = setup();
    const check = await checkOf(connector, 'smallCompanyAdmin', 'smallCompanySecondAdmin');
    requested.length = 0;
    await expect(connector.matchTenant(as('smallCompanySecondAdmin'), check)).resolves.toBe('same');
    expect(requested).toEqual([]);
  });

  it("given an admin's key of another company, should answer different", async () => {
    const { connector } = setup();
    const check = await checkOf(connector, 'smallCompanyAdmin', 'midCompanyAdmin');
    await expect(connector.matchTenant(as('midCompanyAdmin'), check)).resolves.toBe('different');
  });

  it("given an admin's key of another company and the old key revoked, should still answer different (the new key sees the whole company)", async () => {
    const { connector } = setup();
    const check = await checkOf(connector, 'smallCompanyAdmin', 'midCompanyAdmin', 'gone');
    await expect(connector.matchTenant(as('midCompanyAdmin'), check)).resolves.toBe('different');
  });

  it("given a non-admin's key of the same company, should answer same when the account's key sees its owner", async () => {
    const { connector } = setup();
    const check = await checkOf(connector, 'midCompanyAdmin', 'nonAdmin');
    await expect(connector.matchTenant(as('nonAdmin'), check)).resolves.toBe('same');
  });

  it("given a non-admin's key and no working account key, should answer unproven (a 404 from a partial key proves nothing)", async () => {
    const { connector } = setup();
    const check = await checkOf(connector, 'smallCompanyAdmin', 'nonAdmin', 'gone');
    await expect(connector.matchTenant(as('nonAdmin'), check)).resolves.toBe('unproven');
  });

  it("given a non-admin's key of another company and the account's full key, should answer different", async () => {
    const { connector } = setup();
    const check = await checkOf(connector, 'smallCompanyAdmin', 'nonAdmin');
    await expect(connector.matchTenant(as('nonAdmin'), check)).resolves.toBe('different');
  });

  it('given an account linked with a partial key, should recognise a full key of its company', async () => {
    const { connector } = setup();
    const check = await checkOf(connector, 'nonAdmin', 'midCompanyAdmin', 'gone');
    await expect(connector.matchTenant(as('midCompanyAdmin'), check)).resolves.toBe('same');
  });

  it('given Lattice fails while asked, should throw its ConnectorError', async () => {
    const { connector } = setup({
      intercept: (request) =>
        new URL(request.url).pathname.startsWith('/v1/user/')
          ? Response.json({ error: 'Internal Server Error' }, { status: 500 })
          : undefined,
    });
    const check = await checkOf(connector, 'smallCompanyAdmin', 'midCompanyAdmin');
    const error = await connectorFailure(
      connector.matchTenant(as('midCompanyAdmin'), check),
      'midCompanyAdmin',
    );
    expect(error.code).toBe('provider_unavailable');
  });
});
