import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCommandConfig } from './commandConfig';
import { generateEncryptionKey } from './index';

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
    expect(notices).not.toContain(first.secretKey);

    const second = loadCommandConfig({}, cwd);
    expect(second.secretKey).toBe(first.secretKey);
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
        KEYLINK_SECRET_KEY: 'a-long-production-secret',
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
      secretKey: 'a-long-production-secret',
      encryptionKeys: [key, old],
      allowedOrigins: ['https://a.example', 'https://b.example'],
      latticeBaseUrl: 'http://127.0.0.1:4010',
      database: { kind: 'postgres', url: 'postgres://db.example/keylink' },
      notices: [],
    });
    const closed = loadCommandConfig(
      {
        NODE_ENV: 'production',
        KEYLINK_SECRET_KEY: 'a-long-production-secret',
        KEYLINK_ENCRYPTION_KEY: key,
      },
      tempDir(),
    );
    expect(closed.allowedOrigins).toEqual([]);
    expect(closed.notices.join('\n')).toContain('KEYLINK_ALLOWED_ORIGINS is not set');
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
