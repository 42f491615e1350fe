import {
  AccountEventData,
  AccountEventType,
  AccountList,
  ErrorBody,
  IamRoleList,
  IamUserList,
} from '@keylink/contract';
import { z } from 'zod';
import { organisationId } from './organisationId';

/** What the playground backend gives the page to open the widget. */
export const SessionResponse = z.object({
  token: z.string(),
  expiresAt: z.string(),
  serverUrl: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

const SandboxKeys = z.object({
  sandbox: z.boolean(),
  /** The sandbox's Lattice console, where keys are generated click by click. */
  consoleUrl: z.string().nullable(),
  keys: z.array(
    z.object({
      name: z.string(),
      key: z.string(),
      title: z.string(),
      description: z.string(),
      expected: z.string(),
      companyName: z.string().nullable(),
    }),
  ),
});
type SandboxKeys = z.infer<typeof SandboxKeys>;
export type SandboxKey = SandboxKeys['keys'][number];

/** The webhooks Acme's backend received from keylink-server (signatures checked), newest first. */
const WebhookEvents = z.object({
  enabled: z.boolean(),
  data: z.array(
    z.object({
      id: z.string(),
      receivedAt: z.string(),
      type: AccountEventType,
      timestamp: z.string(),
      data: AccountEventData,
    }),
  ),
});
type WebhookEvents = z.infer<typeof WebhookEvents>;

/** A failed call to the playground backend, with the sentence to show. */
class ApiError extends Error {
  override readonly name = 'ApiError';
}

// Takes the contract's zod/mini schemas and this file's classic ones alike (both are zod 4 core).
async function call<T>(
  path: string,
  schema: z.core.$ZodType<T>,
  init: RequestInit = {},
): Promise<T> {
  const response = await fetch(`/api${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      'x-acme-org': organisationId(),
      ...init.headers,
    },
  });
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = ErrorBody.safeParse(body);
    throw new ApiError(
      error.success
        ? error.data.error.message
        : `Acme's backend answered ${response.status}. Is the demo still running?`,
    );
  }
  return z.parse(schema, body);
}

/** The page's calls to its own backend (which holds the Keylink secret key). */
export const api = {
  createSession: (accountId?: string) =>
    call('/sessions', SessionResponse, {
      method: 'POST',
      body: JSON.stringify(accountId ? { accountId } : {}),
    }),
  sandboxKeys: () => call('/sandbox-keys', SandboxKeys),
  webhookEvents: () => call('/webhook-events', WebhookEvents),
  accounts: () => call('/accounts', AccountList),
  users: (accountId: string, cursor: string | undefined, limit: number) =>
    call(
      `/accounts/${encodeURIComponent(accountId)}/users?${new URLSearchParams({
        limit: String(limit),
        ...(cursor ? { cursor } : {}),
      })}`,
      IamUserList,
    ),
  roles: (accountId: string) =>
    call(`/accounts/${encodeURIComponent(accountId)}/roles`, IamRoleList),
  removeAccount: (accountId: string) =>
    call(`/accounts/${encodeURIComponent(accountId)}`, z.null(), { method: 'DELETE' }),
};
