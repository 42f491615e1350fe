// The `keylink-server` command (bin/keylink-server.mjs runs this file). The only place that wires
// a concrete connector (Lattice) into the server.
import { createLatticeConnector, latticeRegions } from '@keylink/lattice';
import { loadCommandConfig } from './commandConfig';
import { createDatabase, createKeylinkServer, createLogger, rotateEncryptionKeys } from './index';
import { bufferedStdout } from './logging';
import { serveKeylink } from './nodeServer';

const usage = `Usage: keylink-server [command]

Commands:
  (none)        Start the server (configuration from the environment; see the README)
  rotate-keys   Re-encrypt every stored credential under KEYLINK_ENCRYPTION_KEY
  help          Show this text`;

async function start(): Promise<void> {
  const config = loadCommandConfig(process.env);
  const logger = createLogger({ level: config.logLevel, destination: bufferedStdout() });
  for (const notice of config.notices) logger.warn(notice);
  const keylink = createKeylinkServer({
    database: config.database,
    secretKey: config.secretKeys,
    encryptionKeys: config.encryptionKeys,
    connectors: { lattice: createLatticeConnector({ baseUrl: config.latticeBaseUrl }) },
    allowedOrigins: config.allowedOrigins,
    sessionRetentionSeconds: config.sessionRetentionSeconds,
    logger,
    rateLimits: config.rateLimits,
    trustedProxies: config.trustedProxies,
    keyHealthIntervalSeconds: config.keyHealthIntervalSeconds,
    ...(config.webhooks === undefined ? {} : { webhooks: config.webhooks }),
  });
  await keylink.ready;
  const server = serveKeylink(
    keylink,
    { port: config.port, hostname: config.host, limits: config.nodeLimits },
    (info) => {
      logger.info(
        {
          database:
            config.database.kind === 'sqlite' ? config.database.file : 'postgres (DATABASE_URL)',
          lattice:
            config.latticeBaseUrl ??
            Object.values(latticeRegions)
              .map((region) => region.baseUrl)
              .join(' or ') + ' (by region)',
          webhooks: config.webhooks === undefined ? 'off' : new URL(config.webhooks.url).origin,
          keyHealthIntervalSeconds: config.keyHealthIntervalSeconds,
        },
        `keylink-server listening on http://${config.host ?? 'localhost'}:${info.port}`,
      );
    },
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing requests in flight');
    // A stuck client must not keep the process alive forever.
    setTimeout(() => process.exit(1), 10_000).unref();
    server.close(() => {
      void keylink.close().then(() => process.exit(0));
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

async function rotateKeys(): Promise<void> {
  // Only the database and the encryption keys: the secret key plays no part in re-encrypting.
  const config = loadCommandConfig(process.env, process.cwd(), 'rotate-keys');
  const database = createDatabase(config.database);
  try {
    const result = await rotateEncryptionKeys(database, config.encryptionKeys);
    console.log(
      `Re-encrypted ${result.accounts} account credential(s) and ${result.sessions} session credential(s) under the newest key. Older keys can now be removed from KEYLINK_ENCRYPTION_KEYS_OLD.`,
    );
  } finally {
    await database.destroy();
  }
}

const command = process.argv[2];
const run =
  command === undefined
    ? start
    : command === 'rotate-keys'
      ? rotateKeys
      : async () => {
          console.log(usage);
          if (command !== 'help' && command !== '--help') process.exitCode = 1;
        };

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
