import { EventList, ListEventsQuery } from '@keylink/contract';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context';
import { listEvents } from '../events/listEvents';
import { respond } from '../http/respond';
import { parseWith, queryOf } from '../http/validate';

/** GET /v1/events: account events for hosts that poll (the secret key is checked before). */
export function eventRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const query = parseWith(ListEventsQuery, queryOf(c.req.raw), 'query');
    return respond(EventList, await listEvents(deps, query));
  });
  return app;
}
