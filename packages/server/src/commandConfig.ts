import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { databaseConfigFromEnv } from './db/createDatabase';
import type { DatabaseConfig } from './db/createDatabase';
import { generateEncryptionKey, parseEncryptionKey } from './encryption';
import type { RateLimitOptions } from './limits/rateLimits';
import type { NodeServerLimits } from './nodeServer';
import { secretKeyWeakness } from './secretKeys';
import { webhookSettingsOf } from './webhooks/webhookSettings';
import type { WebhookOptions } from './webhooks/webhookSettings';

/** What the `keylink-server` command runs with, read from the environment. */
interface CommandConfig {
  port: number;
  host: string | undefined;
  dataDir: string;
  database: DatabaseConfig;
  /** Accepted secret keys, newest first (several while rotating); empty for rotate-keys. */
  secretKeys: string[];
  /** Newest first. */
  encryptionKeys: string[];
  allowedOrigins: string[];
  latticeBaseUrl: string | undefined;
  logLevel: string;
  /** Keylink's rate limits (KEYLINK_RATE_LIMIT_*); unset ones (undefined) keep their defaults. */
  rateLimits: RateLimitOptions;
  /** KEYLINK_TRUSTED_PROXIES: proxies in front that append to X-Forwarded-For. */
  trustedProxies: number;
  /** Node's connection limits (KEYLINK_*_TIMEOUT_MS, KEYLINK_MAX_CONNECTIONS). */
  nodeLimits: Partial<NodeServerLimits>;
  /** How long ended sessions are kept (KEYLINK_SESSION_RETENTION_SECONDS). @default 86400 */
  sessionRetentionSeconds: number;
  /** KEYLINK_WEBHOOK_URL and KEYLINK_WEBHOOK_SECRET, when set. */
  webhooks: WebhookOptions | undefined;
  /** KEYLINK_KEY_HEALTH_INTERVAL_SECONDS. @default 21600 */
  keyHealthIntervalSeconds: number;
  /** Lines to log at start: which development files were made or used. */
  notices: string[];
}

/** What the configuration is for: serving needs the secret key; rotate-keys never uses it. */
type CommandPurpose = 'serve' | 'rotate-keys';

type Env = Readonly<Record<string, string | undefined>>;

const devOrigins = ['http://localhost:5173', 'http://127.0.0.1:5173'];

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** A whole number from the environment, or undefined when unset; anything else is an error. */
function wholeNumber(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,9}$/.test(raw)) {
    throw new Error(`${name} must be a whole number (0 or more), not "${raw}".`);
  }
  return Number(raw);
}

/** Reads a development secret from the data dir, making it (mode 0600) on first run. */
function devSecret(file: string, make: () => string): { value: string; made: boolean } {
  if (existsSync(file)) return { value: readFileSync(file, 'utf8').trim(), made: false };
  const value = make();
  writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { value, made: true };
}

/**
 * Resolves the command's configuration. With NODE_ENV=production, missing keys are an error that
 * says what to set; otherwise development keys are made once in the data directory.
 */
export function loadCommandConfig(
  env: Env,
  cwd = process.cwd(),
  purpose: CommandPurpose = 'serve',
): CommandConfig {
  const production = env.NODE_ENV === 'production';
  const serving = purpose === 'serve';
  const dataDir = resolve(cwd, env.KEYLINK_DATA_DIR ?? '.keylink');
  const missing: string[] = [];
  if (serving && production && !env.KEYLINK_SECRET_KEY) {
    missing.push('KEYLINK_SECRET_KEY (a long random string, e.g. `openssl rand -base64 32`)');
  }
  if (production && !env.KEYLINK_ENCRYPTION_KEY) {
    missing.push('KEYLINK_ENCRYPTION_KEY (32 random bytes in base64: `openssl rand -base64 32`)');
  }
  if (missing.length > 0) {
    throw new Error(
      `keylink-server will not start in production without real keys. Set ${missing.join(' and ')}.`,
    );
  }
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number (0–65535), not "${env.PORT ?? ''}".`);
  }

  const retention = env.KEYLINK_SESSION_RETENTION_SECONDS ?? '86400';
  const sessionRetentionSeconds = Number(retention);
  if (!/^\d+$/.test(retention.trim()) || sessionRetentionSeconds > 31_536_000) {
    throw new Error(
      `KEYLINK_SESSION_RETENTION_SECONDS must be a whole number of seconds up to a year (31536000), not "${retention}".`,
    );
  }

  const notices: string[] = [];
  const needsDir = (serving && !env.KEYLINK_SECRET_KEY) || !env.KEYLINK_ENCRYPTION_KEY;
  if (needsDir) mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  // Comma-separated, newest first: during a rotation the old key keeps working beside the new.
  let secretKeys = list(env.KEYLINK_SECRET_KEY);
  if (serving && production) {
    secretKeys.forEach((key, index) => {
      const weakness = secretKeyWeakness(key);
      if (weakness !== undefined) {
        const which =
          secretKeys.length > 1 ? `key ${index + 1} of KEYLINK_SECRET_KEY` : 'KEYLINK_SECRET_KEY';
        throw new Error(
          `keylink-server will not start in production: ${which} is too weak, ${weakness}`,
        );
      }
    });
  }
  if (serving && secretKeys.length === 0) {
    const file = join(dataDir, 'dev-secret-key');
    const secret = devSecret(file, () => `kl_dev_${randomBytes(24).toString('base64url')}`);
    secretKeys = [secret.value];
    notices.push(
      `${secret.made ? 'Made' : 'Using'} a development secret key (KEYLINK_SECRET_KEY is not set): it is in ${file}`,
    );
  }
  if (!serving) secretKeys = [];
  let encryptionKey = env.KEYLINK_ENCRYPTION_KEY ?? '';
  if (encryptionKey === '') {
    const file = join(dataDir, 'dev-encryption-key');
    encryptionKey = devSecret(file, generateEncryptionKey).value;
    notices.push(
      `Using a development encryption key (KEYLINK_ENCRYPTION_KEY is not set), kept in ${file}. Set KEYLINK_ENCRYPTION_KEY in production.`,
    );
  }
  const oldKeys = list(env.KEYLINK_ENCRYPTION_KEYS_OLD);
  oldKeys.forEach((key) => parseEncryptionKey(key, 'KEYLINK_ENCRYPTION_KEYS_OLD'));
  parseEncryptionKey(encryptionKey);

  let allowedOrigins = list(env.KEYLINK_ALLOWED_ORIGINS);
  if (allowedOrigins.length === 0 && production) {
    notices.push(
      'KEYLINK_ALLOWED_ORIGINS is not set: no web page may call the widget routes. Set it to the origins that embed the widget.',
    );
  } else if (allowedOrigins.length === 0) {
    allowedOrigins = devOrigins;
    notices.push(
      `KEYLINK_ALLOWED_ORIGINS is not set: allowing the playground (${devOrigins.join(', ')}).`,
    );
  }

  return {
    port,
    webhooks: webhooksOf(env),
    keyHealthIntervalSeconds: keyHealthIntervalOf(env.KEYLINK_KEY_HEALTH_INTERVAL_SECONDS),
    host: env.HOST || undefined,
    dataDir,
    database: databaseConfigFromEnv(env, dataDir),
    secretKeys,
    encryptionKeys: [encryptionKey, ...oldKeys],
    allowedOrigins,
    latticeBaseUrl: env.KEYLINK_LATTICE_BASE_URL || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    rateLimits: {
      sessionsPerSecretKeyPerMinute: wholeNumber(env, 'KEYLINK_RATE_LIMIT_SESSIONS_PER_MINUTE'),
      verifyPerSessionPerMinute: wholeNumber(
        env,
        'KEYLINK_RATE_LIMIT_VERIFY_PER_SESSION_PER_MINUTE',
      ),
      verifyPerAddressPerMinute: wholeNumber(
        env,
        'KEYLINK_RATE_LIMIT_VERIFY_PER_ADDRESS_PER_MINUTE',
      ),
    },
    trustedProxies: wholeNumber(env, 'KEYLINK_TRUSTED_PROXIES') ?? 0,
    nodeLimits: {
      headersTimeoutMs: wholeNumber(env, 'KEYLINK_HEADERS_TIMEOUT_MS'),
      requestTimeoutMs: wholeNumber(env, 'KEYLINK_REQUEST_TIMEOUT_MS'),
      keepAliveTimeoutMs: wholeNumber(env, 'KEYLINK_KEEP_ALIVE_TIMEOUT_MS'),
      maxConnections: wholeNumber(env, 'KEYLINK_MAX_CONNECTIONS'),
    },
    sessionRetentionSeconds,
    notices,
  };
}

/** Both or neither: a URL without a secret would send unsigned events, a secret alone nothing. */
function webhooksOf(env: Env): WebhookOptions | undefined {
  const url = env.KEYLINK_WEBHOOK_URL?.trim() ?? '';
  const secret = env.KEYLINK_WEBHOOK_SECRET?.trim() ?? '';
  if (url === '' && secret === '') return undefined;
  if (url === '' || secret === '') {
    throw new Error(
      'Set both KEYLINK_WEBHOOK_URL and KEYLINK_WEBHOOK_SECRET (whsec_ + base64, e.g. `echo whsec_$(openssl rand -base64 32)`), or neither.',
    );
  }
  try {
    webhookSettingsOf({ url, secret });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`KEYLINK_WEBHOOK_URL / KEYLINK_WEBHOOK_SECRET: ${reason}`, { cause: error });
  }
  return { url, secret };
}

function keyHealthIntervalOf(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 21_600;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 0) {
    throw new Error(
      `KEYLINK_KEY_HEALTH_INTERVAL_SECONDS must be a whole number of seconds (0 turns the checks off), not "${value}".`,
    );
  }
  return seconds;
}
