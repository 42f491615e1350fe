import { IamRoleList, IamUserList, IamUserResponse, ListIamUsersQuery } from '@keylink/contract';
import type { CompanyFacts, Connector, ConnectorContext } from '@keylink/contract';
import { Hono } from 'hono';
import { companyFacts, roleCountsOfAccount } from '../accountFacts';
import { findAccount } from '../accounts';
import type { AccountRow } from '../accounts';
import type { Background } from '../background';
import type { AppEnv, Deps } from '../context';
import { accountAad, openCredentials } from '../credentials';
import { HttpError } from '../http/HttpError';
import { respond } from '../http/respond';
import { markNeedsReconnect } from '../markNeedsReconnect';
import { parseWith, queryOf } from '../http/validate';
import { unwrapIamCursor, wrapIamCursor } from '../iamCursor';
import { callProvider } from '../providerCall';
import { connectorOf } from '../sessions';

const needsReconnect = (provider: string) =>
  new HttpError(
    'account_needs_reconnect',
    `The ${provider} key of this account no longer works. Start a reconnect session (POST /v1/connect-sessions with accountId) so its admin can paste a new key.`,
  );

/** The unified IAM read API under /v1/accounts/:accountId/iam, read through the connector. */
export function iamRoutes(deps: Deps, background: Background): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  /** Runs a provider call for an account; a rejected key marks the account needs_reconnect. */
  async function withAccount<T>(
    accountId: string,
    signal: AbortSignal,
    call: (
      connector: Connector,
      context: ConnectorContext,
      facts: CompanyFacts,
      row: AccountRow,
    ) => Promise<T>,
  ): Promise<T> {
    const row = await findAccount(deps, accountId);
    const connector = connectorOf(deps, row.provider);
    if (row.status === 'needs_reconnect') throw needsReconnect(connector.descriptor.name);
    const base = {
      credentials: openCredentials(deps, row.credential, accountAad(row.id)),
      region: row.region,
    };
    const facts = companyFacts(deps, background, row, connector, base);
    return callProvider(
      {
        connector,
        credentials: base.credentials,
        signal,
        deadlineMs: deps.settings.providerTimeoutMs,
        onRejectedCredentials: async (refusal) => {
          await markNeedsReconnect(deps, row, refusal, 'iam_read');
          return needsReconnect(connector.descriptor.name);
        },
      },
      (callSignal) => call(connector, { ...base, signal: callSignal }, facts, row),
    );
  }

  app.get('/users', async (c) => {
    const query = parseWith(ListIamUsersQuery, queryOf(c.req.raw), 'query');
    const accountId = c.req.param('accountId') ?? '';
    const cursor = unwrapIamCursor(accountId, query.cursor);
    const page = await withAccount(accountId, c.req.raw.signal, (connector, context, facts) =>
      connector.listUsers(context, { cursor, limit: query.limit }, facts),
    );
    return respond(IamUserList, { ...page, nextCursor: wrapIamCursor(accountId, page.nextCursor) });
  });

  app.get('/users/:userId', async (c) => {
    const user = await withAccount(
      c.req.param('accountId') ?? '',
      c.req.raw.signal,
      (connector, context, facts) => connector.getUser(context, c.req.param('userId'), facts),
    );
    return respond(IamUserResponse, { data: user });
  });

  app.get('/roles', async (c) => {
    const row = await findAccount(deps, c.req.param('accountId') ?? '');
    const connector = connectorOf(deps, row.provider);
    return respond(IamRoleList, { data: connector.listRoles(roleCountsOfAccount(row)) });
  });

  return app;
}
