import { z } from 'zod';
import { LatticeUserStatus, latticeList } from '../wire';

/**
 * A user as a walk that only counts needs them: id, status, admin, manager. A walk page is read
 * with this schema so only these few fields are kept of each of its 100 users (the rest of a
 * parsed page is garbage at once), and drift in fields the count never reads cannot fail it.
 */
export const LatticeTallyUser = z.object({
  id: z.string().min(1),
  status: LatticeUserStatus,
  isAdmin: z.boolean().nullish(),
  manager: z.object({ id: z.string().min(1) }).nullish(),
});
export type LatticeTallyUser = z.infer<typeof LatticeTallyUser>;

export const LatticeTallyUserList = latticeList(LatticeTallyUser);
export type LatticeTallyUserList = z.infer<typeof LatticeTallyUserList>;
