import { z } from 'zod/mini';

/** A unified user's status, whatever the provider calls it. */
export const UserStatus = z.enum(['active', 'invited', 'pending', 'inactive']);
export type UserStatus = z.infer<typeof UserStatus>;

/** Counts of users by unified status. */
export const StatusCounts = z.object({
  active: z.number().check(z.int(), z.nonnegative()),
  invited: z.number().check(z.int(), z.nonnegative()),
  pending: z.number().check(z.int(), z.nonnegative()),
  inactive: z.number().check(z.int(), z.nonnegative()),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

/** A user in Keylink's unified IAM schema, the same for every provider. */
export const UnifiedUser = z.object({
  /** Keylink's id for the user: stable for a given account and remote id. */
  id: z.string(),
  /** The provider's own id for the user. */
  remoteId: z.string(),
  name: z.nullable(z.string()),
  preferredName: z.nullable(z.string()),
  email: z.nullable(z.string()),
  title: z.nullable(z.string()),
  status: UserStatus,
  isAdmin: z.boolean(),
  /** Keylink id of the user's manager, when the provider knows one. */
  managerId: z.nullable(z.string()),
  departmentId: z.nullable(z.string()),
  /** ISO date (YYYY-MM-DD). */
  startDate: z.nullable(z.iso.date()),
  /** Ids of the unified roles the user holds (see UnifiedRole). */
  roles: z.array(z.string()),
  /** ISO 8601 timestamps. */
  createdAt: z.nullable(z.iso.datetime()),
  updatedAt: z.nullable(z.iso.datetime()),
});
export type UnifiedUser = z.infer<typeof UnifiedUser>;

/** A role in Keylink's unified IAM schema. Providers without real roles derive them. */
export const UnifiedRole = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** How the role is known: read from the provider, or derived by the connector. */
  source: z.enum(['provider', 'derived']),
  /** How many users hold it, when known. */
  userCount: z.nullable(z.number().check(z.int(), z.nonnegative())),
});
export type UnifiedRole = z.infer<typeof UnifiedRole>;
