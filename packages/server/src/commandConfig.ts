import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { databaseConfigFromEnv } from './db/createDatabase';
import type { DatabaseConfig } from './db/createDatabase';
import { generateEncryptionKey, parseEncryptionKey } from './encryption';
import { webhookSettingsOf } from './webhooks/webhookSettings';
import type { WebhookOptions } from './webhooks/webhookSettings';

/** What the `keylink-server` command runs with, read from the environment. */
export interface CommandConfig {
  port: number;
  host: string | undefined;
  dataDir: string;
  database: DatabaseConfig;
  secretKey: string;
  /** Newest first. */
  encryptionKeys: string[];
  allowedOrigins: string[];
  latticeBaseUrl: string | undefined;
  logLevel: string;
  /** KEYLINK_WEBHOOK_URL and KEYLINK_WEBHOOK_SECRET, when set. */
  webhooks: WebhookOptions | undefined;
  /** KEYLINK_KEY_HEALTH_INTERVAL_SECONDS. @default 21600 */
  keyHealthIntervalSeconds: number;
  /** Lines to log at start: which development files were made or used. */
  notices: string[];
}

type Env = Readonly<Record<string, string | undefined>>;

const devOrigins = ['http://localhost:5173', 'http://127.0.0.1:5173'];

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

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
export function loadCommandConfig(env: Env, cwd = process.cwd()): CommandConfig {
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(cwd, env.KEYLINK_DATA_DIR ?? '.keylink');
  const missing: string[] = [];
  if (production && !env.KEYLINK_SECRET_KEY) {
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

  const notices: string[] = [];
  const needsDir = !env.KEYLINK_SECRET_KEY || !env.KEYLINK_ENCRYPTION_KEY;
  if (needsDir) mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  let secretKey = env.KEYLINK_SECRET_KEY ?? '';
  if (secretKey === '') {
    const file = join(dataDir, 'dev-secret-key');
    const secret = devSecret(file, () => `kl_dev_${randomBytes(24).toString('base64url')}`);
    secretKey = secret.value;
    notices.push(
      `${secret.made ? 'Made' : 'Using'} a development secret key (KEYLINK_SECRET_KEY is not set): it is in ${file}`,
    );
  }
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
    secretKey,
    encryptionKeys: [encryptionKey, ...oldKeys],
    allowedOrigins,
    latticeBaseUrl: env.KEYLINK_LATTICE_BASE_URL || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
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
