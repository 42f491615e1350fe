// A Keylink instance in its own process, for the test that kills one (webhooks/killedInstance
// .test.ts): it links three accounts and deletes one (four events in the outbox), says so on
// stdout, and then idles until it is killed. Its logs go to stdout, for the test to read.
import { createKeylinkServer, createLogger } from '../index';
import type { DatabaseConfig } from '../index';
import { confirmOk, newSession, verifyOk } from './flow';
import { createTestLattice, sandboxKeys } from './testLattice';
import { hostRequest, testSecretKey } from './testServer';

interface InstanceConfig {
  database: DatabaseConfig;
  encryptionKeys: string[];
  webhooks: { url: string; secret: string };
}

const config: InstanceConfig = JSON.parse(process.env.KEYLINK_TEST_INSTANCE ?? '{}');
const { connector } = createTestLattice();
const server = createKeylinkServer({
  database: config.database,
  secretKey: testSecretKey,
  encryptionKeys: config.encryptionKeys,
  connectors: { lattice: connector },
  logger: createLogger({ level: 'debug' }),
  webhooks: { ...config.webhooks, pollIntervalMs: 50 },
});

const accounts: string[] = [];
for (const owner of ['org_1', 'org_2', 'org_3']) {
  const { token } = await newSession(server, { originOwnerId: owner });
  await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
  accounts.push((await confirmOk(server, token)).accountId);
}
await server.fetch(hostRequest(`/v1/accounts/${accounts[0]}`, { method: 'DELETE' }));
process.stdout.write('EVENTS-WRITTEN\n');
setInterval(() => undefined, 60_000);
