import { parse } from 'zod/mini';
import type { z } from 'zod/mini';

/**
 * Answers JSON after parsing the body with the route's contract schema, so the server can never
 * send a shape the widget or a host would reject (a mismatch is a bug: it becomes a 500).
 */
export function respond<S extends z.core.$ZodType>(
  schema: S,
  body: z.input<S>,
  status: 200 | 201 = 200,
): Response {
  return new Response(JSON.stringify(parse(schema, body)), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
