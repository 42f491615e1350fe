import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createLatticeSandbox } from './createLatticeSandbox';
import type { SandboxCommandOptions } from './sandboxCommand';

export interface RunningSandbox {
  /** Where it listens, e.g. http://127.0.0.1:4010 */
  url: string;
  /** Stops listening and drops open connections (the `timeout` key holds some open). */
  close(): Promise<void>;
}

/** Serves the sandbox over HTTP with @hono/node-server. */
export function serveSandbox(options: SandboxCommandOptions): Promise<RunningSandbox> {
  const sandbox = createLatticeSandbox({
    latencyMs: options.latencyMs,
    slowLatencyMs: options.slowLatencyMs,
    requestBudget: options.requestBudget,
  });
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: (request) => sandbox.fetch(request), port: options.port, hostname: options.host },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
