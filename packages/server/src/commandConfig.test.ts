import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCommandConfig } from './commandConfig';
import { generateEncryptionKey } from './index';

// What `openssl rand -base64 32` prints.
const strongKey = 'q3Vx8m/Zt1PpLk0Yw2Rb7HsN9cFjUeA4dGiT6oXvQ+E=';
const olderKey = 'W9nB2kR5tLx8PqZ3mV7cY1hJ6dF0sGaE4uNiKoT+wA8=';

describe('loadCommandConfig', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'keylink-cli-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('given no configuration, should make development keys once, readable by the owner only', () => {
    const cwd = tempDir();
    const first = loadCommandConfig({}, cwd);
    expect(first.port).toBe(4000);
    expect(first.database).toEqual({ kind: 'sqlite', file: join(cwd, '.keylink', 'keylink.db') });
    expect(statSync(join(cwd, '.keylink', 'dev-secret-key')).mode & 0o777).toBe(0o600);
    expect(statSync(join(cwd, '.keylink', 'dev-encryption-key')).mode & 0o777).toBe(0o600);
    const notices = first.notices.join('\n');
    expect(notices).toContain(join(cwd, '.keylink', 'dev-secret-key'));
    expect(notices).not.toContain(first.encryptionKeys[0]);
    expect(notices).not.toContain(first.secretKeys[0] ?? '');

    const second = loadCommandConfig({}, cwd);
    expect(second.secretKeys).toEqual(first.secretKeys);
    expect(second.encryptionKeys).toEqual(first.encryptionKeys);
  });

  it('given NODE_ENV=production without keys, should refuse and say what to set', () => {
    expect(() => loadCommandConfig({ NODE_ENV: 'production' }, tempDir())).toThrow(
      /KEYLINK_SECRET_KEY .* and KEYLINK_ENCRYPTION_KEY/,
    );
  });

  it('should read every variable, old keys and Postgres included', () => {
    const key = generateEncryptionKey();
    const old = generateEncryptionKey();
    const config = loadCommandConfig(
      {
        NODE_ENV: 'production',
        PORT: '4100',
        KEYLINK_SECRET_KEY: strongKey,
        KEYLINK_ENCRYPTION_KEY: key,
        KEYLINK_ENCRYPTION_KEYS_OLD: ` ${old} `,
        KEYLINK_ALLOWED_ORIGINS: 'https://a.example, https://b.example',
        KEYLINK_LATTICE_BASE_URL: 'http://127.0.0.1:4010',
        DATABASE_URL: 'postgres://db.example/keylink',
      },
      tempDir(),
    );
    expect(config).toMatchObject({
      port: 4100,
      secretKeys: [strongKey],
      encryptionKeys: [key, old],
      allowedOrigins: ['https://a.example', 'https://b.example'],
      latticeBaseUrl: 'http://127.0.0.1:4010',
      database: { kind: 'postgres', url: 'postgres://db.example/keylink' },
      notices: [],
    });
    const closed = loadCommandConfig(
      {
        NODE_ENV: 'production',
        KEYLINK_SECRET_KEY: strongKey,
        KEYLINK_ENCRYPTION_KEY: key,
      },
      tempDir(),
    );
    expect(closed.allowedOrigins).toEqual([]);
    expect(closed.notices.join('\n')).toContain('KEYLINK_ALLOWED_ORIGINS is not set');
  });

  it.each([
    ['sixteen identical characters', 'aaaaaaaaaaaaaaaa'],
    ['32 identical characters', 'a'.repeat(32)],
    ['a short word repeated', 'abc1'.repeat(10)],
    ['a sequence', 'abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a long but short-enough phrase', 'correct-horse-battery'],
  ])(
    'given NODE_ENV=production and a weak secret key (%s), should refuse and say how to make one',
    (_name, weak) => {
      const env = {
        NODE_ENV: 'production',
        KEYLINK_SECRET_KEY: weak,
        KEYLINK_ENCRYPTION_KEY: generateEncryptionKey(),
      };
      expect(() => loadCommandConfig(env, tempDir())).toThrow(/openssl rand -base64 32/);
      // Each key of a rotation list is held to the same rule.
      expect(() =>
        loadCommandConfig({ ...env, KEYLINK_SECRET_KEY: `${strongKey},${weak}` }, tempDir()),
      ).toThrow(/key 2 of KEYLINK_SECRET_KEY is too weak/);
    },
  );

  it('given several comma-separated secret keys, should accept them all, newest first', () => {
    const config = loadCommandConfig(
      {
        NODE_ENV: 'production',
        KEYLINK_SECRET_KEY: ` ${strongKey} , ${olderKey} `,
        KEYLINK_ENCRYPTION_KEY: generateEncryptionKey(),
      },
      tempDir(),
    );
    expect(config.secretKeys).toEqual([strongKey, olderKey]);
  });

  it('should read the limits and timeouts, and refuse one that is not a whole number', () => {
    const config = loadCommandConfig(
      {
        KEYLINK_RATE_LIMIT_SESSIONS_PER_MINUTE: '100',
        KEYLINK_RATE_LIMIT_VERIFY_PER_SESSION_PER_MINUTE: '3',
        KEYLINK_RATE_LIMIT_VERIFY_PER_ADDRESS_PER_MINUTE: '0',
        KEYLINK_TRUSTED_PROXIES: '1',
        KEYLINK_HEADERS_TIMEOUT_MS: '5000',
        KEYLINK_REQUEST_TIMEOUT_MS: '20000',
        KEYLINK_KEEP_ALIVE_TIMEOUT_MS: '4000',
        KEYLINK_MAX_CONNECTIONS: '50',
      },
      tempDir(),
    );
    expect(config).toMatchObject({
      rateLimits: {
        sessionsPerSecretKeyPerMinute: 100,
        verifyPerSessionPerMinute: 3,
        verifyPerAddressPerMinute: 0,
      },
      trustedProxies: 1,
      nodeLimits: {
        headersTimeoutMs: 5000,
        requestTimeoutMs: 20000,
        keepAliveTimeoutMs: 4000,
        maxConnections: 50,
      },
    });
    expect(() => loadCommandConfig({ KEYLINK_MAX_CONNECTIONS: '1e3' }, tempDir())).toThrow(
      /KEYLINK_MAX_CONNECTIONS must be a whole number/,
    );
  });

  it('given rotate-keys in production without a secret key, should load what rotating needs', () => {
    const dir = tempDir();
    const config = loadCommandConfig(
      { NODE_ENV: 'production', KEYLINK_ENCRYPTION_KEY: generateEncryptionKey() },
      dir,
      'rotate-keys',
    );
    expect(config.secretKeys).toEqual([]);
    expect(existsSync(join(dir, '.keylink', 'dev-secret-key'))).toBe(false);
  });

  it('should read the session retention time, 24 hours unless KEYLINK_SESSION_RETENTION_SECONDS says', () => {
    expect(loadCommandConfig({}, tempDir()).sessionRetentionSeconds).toBe(86_400);
    expect(
      loadCommandConfig({ KEYLINK_SESSION_RETENTION_SECONDS: '3600' }, tempDir())
        .sessionRetentionSeconds,
    ).toBe(3600);
    for (const bad of ['-1', '1.5', 'a day', '99999999999']) {
      expect(() =>
        loadCommandConfig({ KEYLINK_SESSION_RETENTION_SECONDS: bad }, tempDir()),
      ).toThrow(/KEYLINK_SESSION_RETENTION_SECONDS must be a whole number/);
    }
  });

  it('given a malformed encryption key, should say how to make one', () => {
    expect(() => loadCommandConfig({ KEYLINK_ENCRYPTION_KEY: 'nope' }, tempDir())).toThrow(
      /openssl rand -base64 32/,
    );
  });

  it('given webhook and key-health settings, should read them, and refuse half a webhook or a bad value', () => {
    const cwd = tempDir();
    const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    expect(loadCommandConfig({}, cwd)).toMatchObject({
      webhooks: undefined,
      keyHealthIntervalSeconds: 21_600,
    });
    const config = loadCommandConfig(
      {
        KEYLINK_WEBHOOK_URL: 'https://host.example/keylink',
        KEYLINK_WEBHOOK_SECRET: secret,
        KEYLINK_KEY_HEALTH_INTERVAL_SECONDS: '60',
      },
      cwd,
    );
    expect(config).toMatchObject({
      webhooks: { url: 'https://host.example/keylink', secret },
      keyHealthIntervalSeconds: 60,
    });
    expect(() => loadCommandConfig({ KEYLINK_WEBHOOK_URL: 'https://host.example' }, cwd)).toThrow(
      /both KEYLINK_WEBHOOK_URL and KEYLINK_WEBHOOK_SECRET/,
    );
    expect(() =>
      loadCommandConfig(
        { KEYLINK_WEBHOOK_URL: 'https://host.example', KEYLINK_WEBHOOK_SECRET: 'hunter2' },
        cwd,
      ),
    ).toThrow(/whsec_/);
    expect(() => loadCommandConfig({ KEYLINK_KEY_HEALTH_INTERVAL_SECONDS: '6h' }, cwd)).toThrow(
      /KEYLINK_KEY_HEALTH_INTERVAL_SECONDS/,
    );
  });
});
