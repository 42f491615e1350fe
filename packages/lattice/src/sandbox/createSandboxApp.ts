import { Hono } from 'hono';
import type { Context } from 'hono';
import { latticeUserStatuses } from '../wire';
import type { LatticeUserStatus } from '../wire';
import { getCompany } from './companies';
import { paginate } from './paginate';
import { renderDepartment, renderList, renderUser } from './renderLattice';
import type { RenderOptions } from './renderLattice';
import type { SandboxKeyStore } from './keyStore';
import type { SandboxCompany, SandboxPerson } from './sandboxCompany';
import type { SandboxSettings } from './sandboxOptions';
import { wwwAuthenticate } from './authorization';
import type { AuthProblem } from './authorization';
import { createRequestBudgets } from './requestBudget';
import type { RequestBudget } from './requestBudget';
import { resolveKey } from './scenarioBehaviours';
import type { KeyBehaviour } from './scenarioBehaviours';
import { queryProblem, routeQueryParameters } from './strictQuery';
import type { RoutePath } from './strictQuery';

/** Who is asking: the key's owner, in their company, and how far their key reaches. */
interface Viewer {
  company: SandboxCompany;
  owner: SandboxPerson;
  /** Ids the key may see, or null for the whole company. */
  team: ReadonlySet<string> | null;
  /** The sandbox's paging quirks with the key's own on top. */
  quirks: SandboxSettings['quirks'];
}

type SandboxEnv = { Variables: { viewer: Viewer } };

const routePaths = Object.keys(routeQueryParameters).filter(
  (path): path is RoutePath => path in routeQueryParameters,
);

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

const errorResponse = (status: number, message: string): Response =>
  json({ error: message }, status);

// 403 bodies are not documented by Lattice: plain text, so no client relies on them.
const plain = (status: number, text: string, headers: Record<string, string> = {}): Response =>
  new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers },
  });

/** Every 401 says why, in RFC 6750's WWW-Authenticate and in Lattice's error shape. */
const unauthorized = (problem: AuthProblem): Response =>
  json({ error: problem.description }, 401, { 'WWW-Authenticate': wwwAuthenticate(problem) });

const tooManyRequests = (message: string, retryAfterSeconds: number): Response =>
  json({ error: message }, 429, { 'Retry-After': String(retryAfterSeconds) });

/** The budget a key's requests are counted against, or null when they are not counted. */
function budgetOf(behaviour: KeyBehaviour, settings: SandboxSettings): RequestBudget | null {
  // The rateLimited key answers 429 to everything already; no key gets past an unknown token.
  if (behaviour.kind === 'rateLimited' || behaviour.kind === 'unauthorized') return null;
  const own = behaviour.kind === 'company' ? behaviour.budget : undefined;
  return own ?? (settings.requestBudget === false ? null : settings.requestBudget);
}

/** `status` as /v1/users reads it: ACTIVE by default, NULL for everyone, else one status. */
function parseStatus(value: string | undefined): LatticeUserStatus | 'NULL' | undefined {
  if (value === undefined) return 'ACTIVE';
  if (value === 'NULL') return 'NULL';
  return latticeUserStatuses.find((status) => status === value);
}

/** The owner and everyone under them, at every level. */
function teamOf(company: SandboxCompany, ownerId: string): Set<string> {
  const team = new Set([ownerId]);
  for (const id of team) for (const report of company.reports.get(id) ?? []) team.add(report.id);
  return team;
}

/**
 * The routes of Lattice's public API the sandbox serves, behind the scenario keys. Latency, the
 * `timeout` key and `intercept` happen before this, in createLatticeSandbox.
 */
export function createSandboxApp(
  settings: SandboxSettings,
  keys: SandboxKeyStore,
): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  const teams = new Map<string, ReadonlySet<string>>();
  const budgets = createRequestBudgets(settings.now);
  const listings = new Map<string, readonly SandboxPerson[]>();

  const render = (c: Context<SandboxEnv>): RenderOptions => ({
    urlPrefix: settings.quirks.absoluteUrls ? new URL(c.req.url).origin : '',
    extraFields: settings.quirks.extraFields,
  });

  const visible = (viewer: Viewer, person: SandboxPerson | undefined): person is SandboxPerson =>
    person !== undefined && (viewer.team === null || viewer.team.has(person.id));

  /** A page of people, filtered by the `status` query, as Lattice's list envelope. */
  const peoplePage = (
    c: Context<SandboxEnv>,
    name: string,
    people: () => readonly SandboxPerson[],
  ) => {
    const status = parseStatus(c.req.query('status'));
    if (status === undefined) {
      return errorResponse(
        400,
        'status must be one of ACTIVE, INVITED, CREATED, DEACTIVATED or NULL.',
      );
    }
    const viewer = c.get('viewer');
    const listing = `${viewer.company.id}|${viewer.team === null ? '*' : viewer.owner.id}|${name}|${status}`;
    let filtered = listings.get(listing);
    if (filtered === undefined) {
      filtered = people().filter(
        (p) => visible(viewer, p) && (status === 'NULL' || p.status === status),
      );
      listings.set(listing, filtered);
    }
    const page = paginate(filtered, pageQuery(c, listing), viewer.quirks);
    if (!page.ok) return errorResponse(400, page.error);
    const options = render(c);
    return json(
      renderList(options, { ...page, data: page.items.map((p) => renderUser(options, p)) }),
    );
  };

  /** Takes one request from the key's budget; the 429 when it is spent. */
  const overBudget = (key: string, behaviour: KeyBehaviour): Response | undefined => {
    const budget = budgetOf(behaviour, settings);
    const refused = budget === null ? undefined : budgets.take(key, budget);
    if (budget === null || refused === undefined) return undefined;
    const { burst, perSecond } = budget;
    return tooManyRequests(
      `Too many requests: an API key may make ${burst} requests at once, then ${perSecond} a second. Retry after ${refused.retryAfterSeconds} s.`,
      refused.retryAfterSeconds,
    );
  };

  const pageQuery = (c: Context<SandboxEnv>, listing: string) => ({
    listing,
    limit: c.req.query('limit'),
    startingAfter: c.req.query('startingAfter'),
  });

  app.use('*', async (c, next) => {
    const { key, behaviour } = resolveKey(c.req.raw, keys);
    if (behaviour.kind === 'unauthorized') return unauthorized(behaviour.problem);
    const spent = key === null ? undefined : overBudget(key, behaviour);
    if (spent !== undefined) return spent;
    switch (behaviour.kind) {
      case 'forbidden':
        return plain(403, 'Forbidden');
      case 'rateLimited':
        return tooManyRequests('Too many requests.', settings.rateLimitRetryAfterSeconds);
      case 'serverError':
        return errorResponse(500, 'Internal Server Error');
      case 'malformed':
        return new Response('{"object":"list","hasMore":tru', {
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
        });
      case 'hang':
        // Unreachable: createLatticeSandbox holds these requests until they are aborted.
        return plain(504, 'Gateway Timeout');
      case 'company':
        break;
    }
    const company = getCompany(behaviour.company);
    const ownerId =
      typeof behaviour.owner === 'string' ? company.owners[behaviour.owner] : behaviour.owner.id;
    const owner = company.byId.get(ownerId);
    if (owner === undefined) throw new Error(`the ${behaviour.company} company has no key owner`);
    if (behaviour.reach === 'self' && c.req.path !== '/v1/me') return plain(403, 'Forbidden');
    let team: ReadonlySet<string> | null = null;
    if (behaviour.reach === 'team') {
      team = teams.get(owner.id) ?? teamOf(company, owner.id);
      teams.set(owner.id, team);
    }
    c.set('viewer', { company, owner, team, quirks: { ...settings.quirks, ...behaviour.quirks } });
    await next();
  });

  // Strict query strings, on the routes Lattice serves (other methods get their 405 first).
  for (const path of routePaths) {
    app.use(path, async (c, next) => {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
      const problem = queryProblem(new URL(c.req.url), path);
      if (problem !== undefined) return errorResponse(400, problem);
      await next();
    });
  }

  app.get('/v1/me', (c) => json(renderUser(render(c), c.get('viewer').owner)));

  app.get('/v1/users', (c) => peoplePage(c, 'users', () => c.get('viewer').company.people));

  app.get('/v1/user/:id', (c) => {
    const viewer = c.get('viewer');
    const person = viewer.company.byId.get(c.req.param('id'));
    if (!visible(viewer, person)) return errorResponse(404, 'User not found.');
    return json(renderUser(render(c), person));
  });

  app.get('/v1/user/:id/directReports', (c) => {
    const viewer = c.get('viewer');
    const person = viewer.company.byId.get(c.req.param('id'));
    if (!visible(viewer, person)) return errorResponse(404, 'User not found.');
    return peoplePage(
      c,
      `directReports:${person.id}`,
      () => viewer.company.reports.get(person.id) ?? [],
    );
  });

  app.get('/v1/departments', (c) => {
    const { company, quirks } = c.get('viewer');
    const page = paginate(company.departments, pageQuery(c, `${company.id}|departments`), quirks);
    if (!page.ok) return errorResponse(400, page.error);
    const options = render(c);
    return json(
      renderList(options, { ...page, data: page.items.map((d) => renderDepartment(options, d)) }),
    );
  });

  app.get('/v1/department/:id', (c) => {
    const department = c.get('viewer').company.departmentById.get(c.req.param('id'));
    if (department === undefined) return errorResponse(404, 'Department not found.');
    return json(renderDepartment(render(c), department));
  });

  for (const path of routePaths) {
    app.all(path, () =>
      json({ error: 'Method not allowed: this API only answers GET.' }, 405, {
        Allow: 'GET, HEAD',
      }),
    );
  }
  app.notFound(() => errorResponse(404, 'Not found.'));
  app.onError((error) => {
    // A bug in the sandbox, not a scenario: say so loudly, still answer like Lattice would.
    console.error('lattice-sandbox: unexpected error', error);
    return errorResponse(500, 'Internal Server Error');
  });
  return app;
}
