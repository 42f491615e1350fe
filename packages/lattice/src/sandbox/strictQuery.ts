// Query strings are strict ([I]: Lattice's own behaviour is unknown): a parameter a route does not
// take, or one given twice, is a 400 naming it. A lenient API would answer the first page of an
// unfiltered list to `cursor=…` or `limit=100&limit=10`, and a client with a typo would believe it
// had read everything; the sandbox makes that mistake loud (see the README, "Strictness").

const paging = ['limit', 'startingAfter'] as const;

/** The query parameters each API route takes; the keys are the routes the sandbox serves. */
export const routeQueryParameters = {
  '/v1/me': [],
  '/v1/users': [...paging, 'status'],
  '/v1/user/:id': [],
  '/v1/user/:id/directReports': [...paging, 'status'],
  '/v1/departments': paging,
  '/v1/department/:id': [],
} as const satisfies Record<string, readonly string[]>;

export type RoutePath = keyof typeof routeQueryParameters;

/** Long enough to recognise a name, short enough that a pasted blob is not sent back whole. */
const maxNameShown = 40;

function shown(name: string): string {
  if (name === '') return 'query parameter with no name';
  const cut = name.length > maxNameShown ? `${name.slice(0, maxNameShown)}…` : name;
  return `query parameter ${JSON.stringify(cut)}`;
}

function takes(allowed: readonly string[]): string {
  if (allowed.length === 0) return 'takes no query parameters';
  if (allowed.length === 1) return `takes only ${allowed[0]}`;
  return `takes only ${allowed.slice(0, -1).join(', ')} and ${allowed.at(-1)}`;
}

/**
 * What is wrong with the query string of a request to `route`, or undefined when nothing is.
 *
 * @example
 * queryProblem(new URL('https://x/v1/users?cursor=abc'), '/v1/users');
 * // 'Unknown query parameter "cursor": /v1/users takes only limit, startingAfter and status.'
 */
export function queryProblem(url: URL, route: RoutePath): string | undefined {
  const allowed: readonly string[] = routeQueryParameters[route];
  const counts = new Map<string, number>();
  for (const name of url.searchParams.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const [name, count] of counts) {
    if (!allowed.includes(name)) return `Unknown ${shown(name)}: ${route} ${takes(allowed)}.`;
    if (count > 1) return `Repeated ${shown(name)}: it is given ${count} times; give it once.`;
  }
  return undefined;
}
