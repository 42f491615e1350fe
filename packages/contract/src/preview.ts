import { z } from 'zod/mini';
import { ErrorBody } from './errors';
import { StatusCounts, UnifiedRole, UnifiedUser } from './iam';

/** Whose key it is, as the provider reports it. */
export const KeyOwner = z.object({
  remoteId: z.string(),
  name: z.nullable(z.string()),
  email: z.nullable(z.string()),
  isAdmin: z.boolean(),
});
export type KeyOwner = z.infer<typeof KeyOwner>;

/**
 * What a verified key can see: `full` when its owner can read the whole company, `partial` when
 * it works but the provider limits it to part of the company (for Lattice, a non-admin's key).
 */
export const AccessLevel = z.enum(['full', 'partial']);
export type AccessLevel = z.infer<typeof AccessLevel>;

/**
 * The preview of what will be synced. It starts from the first page of users (one provider round
 * trip) and fills in as the connector walks the rest; `complete` says when the counts are final.
 */
export const Preview = z.object({
  status: z.enum(['running', 'complete', 'failed']),
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
