import type { WalkStart } from '@keylink/contract';
import { z } from 'zod';
import type { WalkPosition, WalkStopReason } from '../client/paging';
import { LatticeTallyUser } from '../client/tallyUsers';
import { LatticeUser } from '../wire';

// What verify() hands to preview() so the walk goes on after the first page instead of reading
// it again: the walk's position after that page (cursor, the checks against loops and
// duplicates), the people of that page reduced to what the tallies need, and the sample.

const stopReasons = [
  'end',
  'empty_page',
  'missing_cursor',
  'repeated_cursor',
  'page_cap',
] as const satisfies readonly WalkStopReason[];

const LatticeWalkStart = z.object({
  kind: z.literal('lattice.users.v1'),
  /** The cursor of the next page; null when the walk ended with the pages read. */
  cursor: z.string().nullable(),
  /** Why the walk ended with the pages read, or null when it goes on. */
  stopReason: z.enum(stopReasons).nullable(),
  pagesRead: z.number().int().positive(),
  emptyInARow: z.number().int().nonnegative(),
  seenCursors: z.array(z.string()),
  people: z.array(LatticeTallyUser),
  /** The people the preview shows by name, as Lattice sent them. */
  sample: z.array(LatticeUser),
});

type LatticeWalkStart = z.infer<typeof LatticeWalkStart>;

/**
 * The walk starts this connector made in this process, already known to be right: taken as they
 * are, without checking them again (a walk start that went through storage is a copy, checked).
 */
const madeHere = new WeakMap<WalkStart, LatticeWalkStart>();

/** Where a walk goes on from, as preview() needs it. */
export interface ResumedWalk {
  position: WalkPosition;
  stopReason: WalkStopReason | null;
  people: LatticeTallyUser[];
  sample: LatticeUser[];
}

/** The walk start of the pages verify() read: the position after them and what they held. */
export function toWalkStart(
  position: WalkPosition,
  stopReason: WalkStopReason | null,
  people: readonly LatticeUser[],
  sample: readonly LatticeUser[],
): WalkStart {
  const start: LatticeWalkStart = {
    kind: 'lattice.users.v1',
    cursor: stopReason === null ? (position.cursor ?? null) : null,
    stopReason,
    pagesRead: position.pagesRead,
    emptyInARow: position.emptyInARow,
    seenCursors: [...position.seenCursors],
    people: people.map((person) => ({
      id: person.id,
      status: person.status,
      isAdmin: person.isAdmin,
      manager: person.manager ? { id: person.manager.id } : null,
    })),
    sample: [...sample],
  };
  madeHere.set(start, start);
  return start;
}

/**
 * The walk a walk start describes, or undefined when there is none or it is not one of ours (a
 * walk start of another connector, or of an older version): the walk then starts from page 1.
 */
export function resumeFrom(walkStart: WalkStart | undefined): ResumedWalk | undefined {
  if (walkStart === undefined) return undefined;
  const start = madeHere.get(walkStart) ?? LatticeWalkStart.safeParse(walkStart).data;
  if (start === undefined) return undefined;
  // A walk that goes on needs a cursor; one that ended has none.
  if ((start.stopReason === null) !== (start.cursor !== null)) return undefined;
  return {
    position: {
      cursor: start.cursor ?? undefined,
      pagesRead: start.pagesRead,
      seenIds: new Set(start.people.map((person) => person.id)),
      seenCursors: new Set(start.seenCursors),
      emptyInARow: start.emptyInARow,
    },
    stopReason: start.stopReason,
    people: start.people,
    sample: start.sample,
  };
}
