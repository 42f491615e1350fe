import { serve } from '@hono/node-server';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KeylinkServer } from './createKeylinkServer';

/**
 * Node's own limits on connections. Node's defaults let a client take 300 s to send a body and
 * take any number of sockets; these make a slow or greedy client cost little.
 */
export interface NodeServerLimits {
  /** Time to receive a request's headers. @default 10000 */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included (verify bodies are tiny). @default 30000 */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. @default 5000 */
  keepAliveTimeoutMs: number;
  /** Open connections at once; more are closed as they arrive. @default 1000 */
  maxConnections: number;
}

export const defaultNodeServerLimits: NodeServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
};

/**
 * Serves a Keylink handler with Node's HTTP server (@hono/node-server), with the limits above;
 * the client address of each request is the socket's peer (see trustedProxies for proxies).
 *
 * @example
 * const server = serveKeylink(keylink, { port: 4000, hostname: '0.0.0.0' });
 */
export function serveKeylink(
  keylink: Pick<KeylinkServer, 'fetch'>,
  options: { port: number; hostname?: string; limits?: Partial<NodeServerLimits> },
  onListening?: (info: AddressInfo) => void,
): Server {
  const given = options.limits ?? {};
  const defaults = defaultNodeServerLimits;
  const limits: NodeServerLimits = {
    headersTimeoutMs: given.headersTimeoutMs ?? defaults.headersTimeoutMs,
    requestTimeoutMs: given.requestTimeoutMs ?? defaults.requestTimeoutMs,
    keepAliveTimeoutMs: given.keepAliveTimeoutMs ?? defaults.keepAliveTimeoutMs,
    maxConnections: given.maxConnections ?? defaults.maxConnections,
  };
  const server = serve(
    {
      fetch: keylink.fetch,
      port: options.port,
      ...(options.hostname === undefined ? {} : { hostname: options.hostname }),
      createServer,
      serverOptions: {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        // How often Node checks the two timeouts above (30 s by default, longer than they are).
        connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
      },
    },
    onListening,
  );
  // Given node:http's createServer, serve() made an http.Server; the check narrows its type.
  if (!(server instanceof Server)) throw new Error('Expected a node:http server.');
  server.maxConnections = limits.maxConnections;
  return server;
}
