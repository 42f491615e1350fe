import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './index';

describe('createLogger', () => {
  it('should blank authorization headers, credentials and tokens in JSON lines', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ destination });
    logger.info(
      {
        req: { headers: { authorization: 'Bearer kls_secret-token' } },
        credentials: { apiKey: 'lattice-key-1' },
        session: { token: 'kls_other', credential: 'v1.sealed' },
        apiKey: 'lattice-key-2',
      },
      'hello',
    );
    const line = lines.join('');
    expect(JSON.parse(line)).toMatchObject({ msg: 'hello', service: 'keylink-server' });
    for (const secret of [
      'kls_secret-token',
      'lattice-key-1',
      'kls_other',
      'v1.sealed',
      'lattice-key-2',
    ]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('[redacted]');
  });
});
