import { z } from 'zod';

/** A unified user's status, whatever the provider calls it. */
export const UserStatus = z.enum(['active', 'invited', 'pending', 'inactive']);
export type UserStatus = z.infer<typeof UserStatus>;

/** Counts of users by unified status. */
export const StatusCounts = z.object({
  active: z.number().int().nonnegative(),
  invited: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  inactive: z.number().int().nonnegative(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

/** A user in Keylink's unified IAM schema, the same for every provider. */
export const UnifiedUser = z.object({
  /** Keylink's id for the user: stable for a given account and remote id. */
  id: z.string(),
  /** The provider's own id for the user. */
  remoteId: z.string(),
  name: z.string().nullable(),
  preferredName: z.string().nullable(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  status: UserStatus,
  isAdmin: z.boolean(),
  /** Keylink id of the user's manager, when the provider knows one. */
  managerId: z.string().nullable(),
  departmentId: z.string().nullable(),
  /** ISO date (YYYY-MM-DD). */
  startDate: z.string().nullable(),
  /** Ids of the unified roles the user holds (see UnifiedRole). */
  roles: z.array(z.string()),
  /** ISO 8601 timestamps. */
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
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
  userCount: z.number().int().nonnegative().nullable(),
});
export type UnifiedRole = z.infer<typeof UnifiedRole>;
