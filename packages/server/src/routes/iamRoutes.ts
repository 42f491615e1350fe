import {
  IamRoleList,
  IamUserList,
  IamUserResponse,
  isConnectorError,
  ListIamUsersQuery,
} from '@keylink/contract';
import type { CompanyFacts, Connector, ConnectorContext } from '@keylink/contract';
import { Hono } from 'hono';
import { companyFacts, roleCountsOfAccount } from '../accountFacts';
import { findAccount } from '../accounts';
import type { AccountRow } from '../accounts';
import type { Background } from '../background';
import type { AppEnv, Deps } from '../context';
import { accountAad, openCredentials } from '../credentials';
import { fromConnectorError, HttpError } from '../http/HttpError';
import { respond } from '../http/respond';
import { markNeedsReconnect } from '../markNeedsReconnect';
import { parseWith, queryOf } from '../http/validate';
import { unwrapIamCursor, wrapIamCursor } from '../iamCursor';
import { scrubConnectorError, scrubError } from '../scrub';
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
    const deadline = AbortSignal.timeout(deps.settings.providerTimeoutMs);
    try {
      return await call(
        connector,
        { ...base, signal: AbortSignal.any([deadline, signal]) },
        facts,
        row,
      );
    } catch (error) {
      if (isConnectorError(error) && error.code === 'invalid_credentials') {
        await markNeedsReconnect(deps, row, error, 'iam_read');
        throw needsReconnect(connector.descriptor.name);
      }
      if (isConnectorError(error)) {
        throw fromConnectorError(scrubConnectorError(error, base.credentials));
      }
      if (deadline.aborted) {
        throw new HttpError(
          'provider_timeout',
          `${connector.descriptor.name} did not answer in time. Try again shortly.`,
        );
      }
      throw scrubError(error, base.credentials);
    }
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
