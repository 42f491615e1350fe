import { isConnectorError } from '@keylink/contract';
import type { ConnectorContext, ConnectorError } from '@keylink/contract';
import { expect } from 'vitest';
import { createLatticeConnector } from '../index';
import type { LatticeConnectorOptions } from '../index';
import { createLatticeSandbox, sandboxKeys } from '../sandbox';
import type { LatticeSandboxOptions, SandboxKeyName } from '../sandbox';
import { createFakeTime } from './fakeTime';

// Test-only helpers: a connector wired to an in-memory sandbox, both on one fake clock.

export function setupConnector(
  sandboxOptions: LatticeSandboxOptions = {},
  options: LatticeConnectorOptions = {},
) {
  const time = createFakeTime();
  // One clock for both sides: a client waiting out Retry-After finds the key's budget refilled.
  const sandbox = createLatticeSandbox({ now: time.now, ...sandboxOptions });
  const requested: string[] = [];
  const connector = createLatticeConnector({
    baseUrl: 'http://sandbox.test',
    fetch: (input, init) => {
      requested.push(new Request(input, init).url);
      return sandbox.fetch(input, init);
    },
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    ...options,
  });
  return { connector, sandbox, requested, sleeps: time.sleeps };
}

export const as = (name: SandboxKeyName, region: string | null = 'us'): ConnectorContext => ({
  credentials: { apiKey: sandboxKeys[name] },
  region,
});

export async function connectorFailure(
  promise: Promise<unknown>,
  name: SandboxKeyName,
): Promise<ConnectorError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isConnectorError(error)) throw new Error(`expected a ConnectorError, got ${String(error)}`);
  expect(error.message).not.toContain(sandboxKeys[name]);
  return error;
}
