import { AccountEventPayload } from '@keylink/contract';
import type { AccountEvent, EventList, ListEventsQuery } from '@keylink/contract';
import type { Deps } from '../context';
import { HttpError } from '../http/HttpError';

/** Cursors are opaque to callers: base64url of the last event's sequence number. */
function encodeCursor(seq: number): string {
  return Buffer.from(JSON.stringify({ after: seq })).toString('base64url');
}

function decodeCursor(cursor: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'after' in parsed) {
      const { after } = parsed;
      if (typeof after === 'number' && Number.isSafeInteger(after) && after >= 0) return after;
    }
  } catch {
    // fall through: answered below
  }
  throw new HttpError(
    'invalid_request',
    'The cursor is not one this API gave out: pass nextCursor or resumeCursor back unchanged.',
    { issues: [{ path: 'cursor', message: 'Unknown cursor.' }] },
  );
}

/**
 * Events oldest first (newest last), by commit order, filtered by owner, account and type.
 * A deleted account's history stays readable by its id.
 */
export async function listEvents(deps: Deps, query: ListEventsQuery): Promise<EventList> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  let select = deps.db.selectFrom('keylink_events').select(['seq', 'id', 'payload']);
  if (query.originOwnerId !== undefined)
    select = select.where('origin_owner_id', '=', query.originOwnerId);
  if (query.accountId !== undefined) select = select.where('account_id', '=', query.accountId);
  if (query.type !== undefined) select = select.where('type', '=', query.type);
  if (after !== undefined) select = select.where('seq', '>', after);
  const rows = await select
    .orderBy('seq')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const data: AccountEvent[] = page.map((row) => ({
    id: row.id,
    ...AccountEventPayload.parse(JSON.parse(row.payload)),
  }));
  const last = page.at(-1);
  const resume = last === undefined ? after : last.seq;
  return {
    data,
    nextCursor: rows.length > query.limit && last !== undefined ? encodeCursor(last.seq) : null,
    resumeCursor: resume === undefined ? null : encodeCursor(resume),
  };
}
