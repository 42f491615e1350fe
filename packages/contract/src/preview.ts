import { z } from 'zod/mini';
import { ErrorBody } from './errors';
import { StatusCounts, UnifiedRole, UnifiedUser } from './iam';
import { AccessLevel } from './identity';

/** Whose key it is, as the provider reports it. */
export const KeyOwner = z.object({
  remoteId: z.string(),
  name: z.nullable(z.string()),
  email: z.nullable(z.string()),
  isAdmin: z.boolean(),
});
export type KeyOwner = z.infer<typeof KeyOwner>;

/**
 * Why a walk of the provider's users ended before the list's real end: the cursor came back
 * unchanged (`cursor_repeated`) or missing while more was promised (`cursor_missing`), pages kept
 * coming back empty (`empty_pages`), or the walk reached its page limit (`page_limit`).
 */
export const IncompleteReason = z.enum([
  'cursor_repeated',
  'cursor_missing',
  'empty_pages',
  'page_limit',
]);
export type IncompleteReason = z.infer<typeof IncompleteReason>;

/**
 * The preview of what will be synced. It starts from the first page of users (one provider round
 * trip) and fills in as the connector walks the rest. `complete`: the counts are final and cover
 * everyone the key can see. `incomplete`: the walk ended, but the provider stopped paging
 * consistently before the end of its list (`incompleteReason` says how), so the counts cover
 * only the `usersSeen` people read; linking is still allowed. `failed`: the walk broke off with
 * an error (`error`).
 */
export const Preview = z.object({
  status: z.enum(['running', 'complete', 'incomplete', 'failed']),
  /** With `incomplete`: why the walk could not reach the end of the list. */
  incompleteReason: z.optional(IncompleteReason),
  /** Users read so far, across all statuses. */
  usersSeen: z.number().check(z.int(), z.nonnegative()),
  /** Provider pages read so far. */
  pagesRead: z.number().check(z.int(), z.nonnegative()),
  countsByStatus: StatusCounts,
  /** The derived or provider roles with how many users hold each (so far). */
  roles: z.array(UnifiedRole),
  /** A few users to show, from the first page. */
  sample: z.array(UnifiedUser),
  /** Why the walk stopped, when status is `failed`. The sample and counts so far still hold. */
  error: z.optional(ErrorBody.shape.error),
  updatedAt: z.iso.datetime(),
});
export type Preview = z.infer<typeof Preview>;

export const Verification = z.object({
  owner: KeyOwner,
  access: AccessLevel,
  region: z.nullable(z.string()),
});
export type Verification = z.infer<typeof Verification>;
