import { z } from 'zod';

// Lattice's wire format (LATTICE.md). Objects are loose: unknown fields pass through, since
// Lattice adds fields without notice. Fields LATTICE.md only knows from a reconstruction of the
// reference ([D]) are optional and nullable, so drift there is tolerated rather than fatal.

/** Unix seconds, as Lattice sends `createdAt` and `updatedAt`. */
const UnixSeconds = z.number().nonnegative();

/** A relative path (`/v1/user/…`) or an absolute URL: Lattice sends both. */
const ResourceUrl = z.string();

/** A reference to another object: `{ id, object, url }`. */
export const LatticeRef = z.looseObject({
  id: z.string().min(1),
  object: z.string().optional(),
  url: ResourceUrl.optional(),
});
export type LatticeRef = z.infer<typeof LatticeRef>;

export const latticeUserStatuses = ['ACTIVE', 'INVITED', 'CREATED', 'DEACTIVATED'] as const;
export const LatticeUserStatus = z.enum(latticeUserStatuses);
export type LatticeUserStatus = z.infer<typeof LatticeUserStatus>;

export const LatticeUser = z.looseObject({
  id: z.string().min(1),
  object: z.literal('user').optional(),
  url: ResourceUrl.optional(),
  name: z.string().nullish(),
  preferredName: z.string().nullish(),
  email: z.string().nullish(),
  title: z.string().nullish(),
  status: LatticeUserStatus,
  isAdmin: z.boolean().nullish(),
  externalUserId: z.string().nullish(),
  manager: LatticeRef.nullish(),
  department: LatticeRef.nullish(),
  timezone: z.string().nullish(),
  startDate: z.string().nullish(),
  birthDate: z.string().nullish(),
  gender: z.string().nullish(),
  jobFunction: z.string().nullish(),
  jobLevel: z.string().nullish(),
  jobType: z.string().nullish(),
  createdAt: UnixSeconds.nullish(),
  updatedAt: UnixSeconds.nullish(),
});
export type LatticeUser = z.infer<typeof LatticeUser>;

export const LatticeDepartment = z.looseObject({
  id: z.string().min(1),
  object: z.literal('department').optional(),
  url: ResourceUrl.optional(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  createdAt: UnixSeconds.nullish(),
});
export type LatticeDepartment = z.infer<typeof LatticeDepartment>;

/**
 * The list envelope. On the last page `hasMore` is false and `endingCursor` null or missing;
 * `hasMore: true` with empty `data` happens in the wild and must not loop forever.
 */
function latticeList<T extends z.ZodType>(item: T) {
  return z.looseObject({
    object: z.literal('list').optional(),
    hasMore: z.boolean().optional().default(false),
    endingCursor: z.string().nullish(),
    data: z.array(item),
  });
}

export const LatticeUserList = latticeList(LatticeUser);
export type LatticeUserList = z.infer<typeof LatticeUserList>;

export const LatticeDepartmentList = latticeList(LatticeDepartment);
export type LatticeDepartmentList = z.infer<typeof LatticeDepartmentList>;

/** Error bodies for 400/404/422/500 ([D]); 401/403 bodies are unknown and never relied on. */
export const LatticeErrorBody = z.looseObject({ error: z.string() });
export type LatticeErrorBody = z.infer<typeof LatticeErrorBody>;
