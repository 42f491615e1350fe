import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createKeylinkServer,
  createLogger,
  generateEncryptionKey,
  secretKeyWeakness,
} from './index';
import { createTestLattice } from './testing/testLattice';

const start = (secretKey: string | string[]) =>
  createKeylinkServer({
    database: { kind: 'sqlite', file: ':memory:' },
    secretKey,
    encryptionKeys: [generateEncryptionKey()],
    connectors: { lattice: createTestLattice().connector },
    logger: createLogger({ level: 'silent' }),
  });

describe('secret keys', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['a key shorter than 32 characters', 'x7Gq2LmP9vRt4KwZ'],
    ['one character repeated', 'a'.repeat(40)],
    ['a short chunk repeated', 'k3y!'.repeat(12)],
    ['a run of the alphabet', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ'],
  ])('given production and %s, should refuse to start and say how to make one', async (_n, key) => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(secretKeyWeakness(key)).toMatch(/openssl rand -base64 32/);
    expect(() => start(key)).toThrow(/openssl rand -base64 32/);
  });

  it('given production and random keys (a rotation: newest first), should start', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const server = start([
      'q3Vx8m/Zt1PpLk0Yw2Rb7HsN9cFjUeA4dGiT6oXvQ+E=',
      'W9nB2kR5tLx8PqZ3mV7cY1hJ6dF0sGaE4uNiKoT+wA8=',
    ]);
    await server.ready;
    await server.close();
  });

  it('given development, should still refuse a key under 16 characters', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(() => start('short-key')).toThrow(/at least 16 characters/);
  });
});
