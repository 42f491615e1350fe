import type {
  CompanyFacts,
  KeyOwner,
  RoleCounts,
  StatusCounts,
  UnifiedRole,
  UnifiedUser,
  UserStatus,
} from '@keylink/contract';
import { z } from 'zod/mini';
import { en } from './descriptor/texts/en';
import type { LatticeUser, LatticeUserStatus } from './wire';

// Everything Keylink decides about Lattice users and roles lives here (LATTICE.md, "Roles"):
// Lattice's API has no roles, so they are derived from `isAdmin` and the manager relation. A
// richer source later (SCIM, a v2 API) changes this file only.

const statusMap: Readonly<Record<LatticeUserStatus, UserStatus>> = {
  ACTIVE: 'active',
  INVITED: 'invited',
  CREATED: 'pending',
  DEACTIVATED: 'inactive',
};

/** Lattice's user status in Keylink's words. */
function toUserStatus(status: LatticeUserStatus): UserStatus {
  return statusMap[status];
}

export type LatticeRoleId = 'admin' | 'manager' | 'employee';

interface RoleDefinition {
  id: LatticeRoleId;
  holds: (user: LatticeUser, facts: CompanyFacts) => boolean;
}

const roleDefinitions: readonly RoleDefinition[] = [
  {
    id: 'admin',
    holds: (user) => user.isAdmin === true,
  },
  {
    id: 'manager',
    holds: (user, facts) => facts.managerRemoteIds.has(user.id),
  },
  {
    id: 'employee',
    holds: () => true,
  },
];

/** The ids of the derived roles a user holds, in a stable order. */
export function rolesOf(user: LatticeUser, facts: CompanyFacts): LatticeRoleId[] {
  return roleDefinitions.filter((role) => role.holds(user, facts)).map((role) => role.id);
}

/**
 * The derived roles with their counts (null when unknown).
 *
 * @example
 * toUnifiedRoles({ byRole: { admin: 2, manager: 5, employee: 25 }, byStatus })
 */
export function toUnifiedRoles(counts: RoleCounts | null): UnifiedRole[] {
  // The API speaks English; the widget shows each role in its own language from the descriptor.
  return roleDefinitions.map((role) => ({
    id: role.id,
    name: en.roles[role.id].name,
    description: en.roles[role.id].description,
    source: 'derived',
    userCount: counts === null ? null : (counts.byRole[role.id] ?? 0),
  }));
}

/** Unix seconds as an ISO timestamp; null when absent or outside years 0000–9999 (not a date). */
function isoFromUnixSeconds(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined) return null;
  const date = new Date(seconds * 1000);
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < 0 || year > 9999 ? null : date.toISOString();
}

const calendarDate = z.iso.date();

/**
 * Lattice's start date as the API documents it (`YYYY-MM-DD`). Tolerated, not trusted: a
 * timestamp keeps its date part, anything that is not a real calendar date becomes null.
 */
function isoDate(value: string | null | undefined): string | null {
  const candidate = /^\d{4}-\d{2}-\d{2}/.exec(value ?? '')?.[0];
  return candidate !== undefined && calendarDate.safeParse(candidate).success ? candidate : null;
}

/**
 * A Lattice user in Keylink's unified schema. Keylink ids are Lattice ids: they are already
 * stable and unique within a company, and the server scopes them to the account.
 */
export function toUnifiedUser(user: LatticeUser, facts: CompanyFacts): UnifiedUser {
  return {
    id: user.id,
    remoteId: user.id,
    name: user.name ?? null,
    preferredName: user.preferredName ?? null,
    email: user.email ?? null,
    title: user.title ?? null,
    status: toUserStatus(user.status),
    isAdmin: user.isAdmin === true,
    managerId: user.manager?.id ?? null,
    departmentId: user.department?.id ?? null,
    startDate: isoDate(user.startDate),
    roles: rolesOf(user, facts),
    createdAt: isoFromUnixSeconds(user.createdAt),
    updatedAt: isoFromUnixSeconds(user.updatedAt),
  };
}

/** Whose key it is: the `/v1/me` user. Only an admin's key sees the whole company. */
export function toKeyOwner(user: LatticeUser): KeyOwner {
  return {
    remoteId: user.id,
    name: user.name ?? null,
    email: user.email ?? null,
    isAdmin: user.isAdmin === true,
  };
}

/**
 * Running tallies of a walk over users: by status and by role. Managers are counted once seen
 * as users themselves, so a manager outside a partial key's view is not counted.
 */
export function createRoleTally() {
  const seen = new Set<string>();
  const managerIds = new Set<string>();
  const byStatus: StatusCounts = { active: 0, invited: 0, pending: 0, inactive: 0 };
  let admins = 0;
  return {
    add(user: LatticeUser): void {
      if (seen.has(user.id)) return;
      seen.add(user.id);
      byStatus[toUserStatus(user.status)] += 1;
      if (user.isAdmin === true) admins += 1;
      if (user.manager) managerIds.add(user.manager.id);
    },
    get usersSeen(): number {
      return seen.size;
    },
    /** Facts as known so far: complete once the whole company has been added. */
    facts(): CompanyFacts {
      return { managerRemoteIds: managerIds };
    },
    counts(): RoleCounts {
      let managers = 0;
      for (const id of managerIds) if (seen.has(id)) managers += 1;
      const byRole: Record<LatticeRoleId, number> = {
        admin: admins,
        manager: managers,
        employee: seen.size,
      };
      return { byRole, byStatus: { ...byStatus } };
    },
  };
}
export type RoleTally = ReturnType<typeof createRoleTally>;
