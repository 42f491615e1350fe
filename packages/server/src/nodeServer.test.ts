import { connect } from 'node:net';
import type { Socket } from 'node:net';
import type { Server } from 'node:http';
import { CreateConnectSessionResponse } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { serveKeylink } from './index';
import { errorOf } from './testing/flow';
import { sqliteStorage } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { createTestDeployment, testOrigin, testSecretKey } from './testing/testServer';

/** A raw connection to the server, with everything it receives and a promise of its close. */
async function open(
  port: number,
): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += String(chunk)));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, received: () => text, closed };
}

describe('serveKeylink (the keylink-server command’s HTTP server)', () => {
  let deployment: ReturnType<typeof createTestDeployment>;
  let server: Server | undefined;
  const sockets: Socket[] = [];

  /** Serves a Keylink instance with short limits on a free loopback port. */
  async function start(
    limits: Parameters<typeof serveKeylink>[1]['limits'],
    verifyPerAddress = 30,
  ) {
    deployment = createTestDeployment(sqliteStorage());
    const keylink = deployment.start({
      connectors: { lattice: createTestLattice().connector },
      rateLimits: { verifyPerAddressPerMinute: verifyPerAddress },
    });
    await keylink.ready;
    const port = await new Promise<number>((resolve) => {
      server = serveKeylink(keylink, { port: 0, hostname: '127.0.0.1', limits }, (info) =>
        resolve(info.port),
      );
    });
    return { keylink, port };
  }

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
    await deployment.close();
  });

  it('given a client that never finishes its headers, should answer 408 and close the connection', async () => {
    const { port } = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const client = await open(port);
    sockets.push(client.socket);
    client.socket.write('GET /healthz HTTP/1.1\r\nHost: keylink.test\r\n');
    await client.closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('given a client that never finishes its body, should answer 408 and close the connection', async () => {
    const { port } = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const client = await open(port);
    sockets.push(client.socket);
    client.socket.write(
      `POST /v1/connect-sessions HTTP/1.1\r\nHost: keylink.test\r\nAuthorization: Bearer ${testSecretKey}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"provider":`,
    );
    await client.closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('given an idle keep-alive connection, should close it', async () => {
    const { port } = await start({ keepAliveTimeoutMs: 300 });
    const client = await open(port);
    sockets.push(client.socket);
    client.socket.write(
      'GET /healthz HTTP/1.1\r\nHost: keylink.test\r\nConnection: keep-alive\r\n\r\n',
    );
    await client.closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 200/);
  });

  it('given more connections than the cap, should close the extra ones at once', async () => {
    const { port } = await start({ maxConnections: 2 });
    const first = await open(port);
    const second = await open(port);
    sockets.push(first.socket, second.socket);
    const extra = await open(port);
    sockets.push(extra.socket);
    extra.socket.write('GET /healthz HTTP/1.1\r\nHost: keylink.test\r\n\r\n');
    await extra.closed;
    expect(extra.received()).toBe('');
  });

  it('should limit verify calls by the socket’s address', async () => {
    const { port } = await start({}, 1);
    const post = (path: string, token: string, body: unknown) =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          origin: testOrigin,
        },
        body: JSON.stringify(body),
      });
    const tokens: string[] = [];
    for (const owner of ['org_a', 'org_b']) {
      const created = await post('/v1/connect-sessions', testSecretKey, {
        provider: 'lattice',
        originOwnerId: owner,
      });
      tokens.push(CreateConnectSessionResponse.parse(await created.json()).token);
    }
    const body = { credentials: { apiKey: sandboxKeys.revoked }, region: 'us' };
    expect((await post('/v1/link/verify', tokens[0] ?? '', body)).status).toBe(422);
    const refused = await post('/v1/link/verify', tokens[1] ?? '', body);
    expect(refused.status).toBe(429);
    expect((await errorOf(refused)).code).toBe('rate_limited');
  });
});
