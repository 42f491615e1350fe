import { z } from 'zod/mini';
import { queryInteger } from './api';
import { AccessLevel } from './identity';

const Id = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * What happened to a linked account. Stored in order per account (its audit history) and
 * delivered to the host as signed webhooks.
 */
export const AccountEventType = z.enum([
  'account.linked',
  'account.reconnected',
  'account.access_changed',
  'account.needs_reconnect',
  'account.restored',
  'account.deleted',
]);
export type AccountEventType = z.infer<typeof AccountEventType>;

/** Who or what made the change: the widget's confirm, the periodic key check, an IAM read, the host's API call. */
export const AccountEventSource = z.enum(['link', 'key_health', 'iam_read', 'api']);
export type AccountEventSource = z.infer<typeof AccountEventSource>;

/** The account as it stands after the change, plus what changed. Never a credential. */
export const AccountEventData = z.object({
  accountId: z.string(),
  originOwnerId: z.string(),
  originOwnerName: z.nullable(z.string()),
  provider: z.string(),
  region: z.nullable(z.string()),
  status: z.enum(['active', 'needs_reconnect', 'deleted']),
  access: AccessLevel,
  /** Whose key the account holds, as the provider reported it. */
  ownerName: z.nullable(z.string()),
  ownerEmail: z.nullable(z.string()),
  /** What it was before this change (reconnected, restored, access_changed), else null. */
  previous: z.nullable(
    z.object({
      access: AccessLevel,
      ownerName: z.nullable(z.string()),
      ownerEmail: z.nullable(z.string()),
    }),
  ),
  /** Why (needs_reconnect: the provider's refusal, in words a person can act on), else null. */
  reason: z.nullable(z.object({ code: z.string(), message: z.string() })),
  source: AccountEventSource,
});
export type AccountEventData = z.infer<typeof AccountEventData>;

/**
 * The webhook body, in the Standard Webhooks shape. Its id travels in the `webhook-id` header
 * (and as `id` in GET /v1/events), the same on every retry.
 */
export const AccountEventPayload = z.object({
  type: AccountEventType,
  /** When it happened, ISO 8601. */
  timestamp: z.string(),
  data: AccountEventData,
});
export type AccountEventPayload = z.infer<typeof AccountEventPayload>;

/** One event as GET /v1/events lists it: the webhook's body plus its id. */
export const AccountEvent = z.object({
  /** The `webhook-id` of its deliveries: deduplicate on it. */
  id: z.string(),
  type: AccountEventType,
  timestamp: z.string(),
  data: AccountEventData,
});
export type AccountEvent = z.infer<typeof AccountEvent>;

export const ListEventsQuery = z.strictObject({
  originOwnerId: z.optional(Id),
  /** One account's history, kept after the account is deleted. */
  accountId: z.optional(Id),
  type: z.optional(AccountEventType),
  cursor: z.optional(z.string().check(z.maxLength(500))),
  limit: queryInteger(1, 100, 25),
});
export type ListEventsQuery = z.infer<typeof ListEventsQuery>;

/** Oldest first (newest last). */
export const EventList = z.object({
  data: z.array(AccountEvent),
  /** The next page, or null when this is the last page for now. */
  nextCursor: z.nullable(z.string()),
  /**
   * Where to resume polling: pass it as `cursor` later to get only newer events. It follows the
   * last event returned (or repeats the cursor given when nothing is new); null only when no
   * event matched yet and no cursor was given.
   */
  resumeCursor: z.nullable(z.string()),
});
export type EventList = z.infer<typeof EventList>;
