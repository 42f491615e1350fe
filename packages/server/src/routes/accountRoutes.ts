import { Account, AccountList, ListAccountsQuery } from '@keylink/contract';
import { Hono } from 'hono';
import { deleteAccount, findAccount, listAccounts, toAccount } from '../accounts';
import type { AppEnv, Deps } from '../context';
import { respond } from '../http/respond';
import { parseWith, queryOf } from '../http/validate';

/** Host routes under /v1/accounts (the secret key is checked by the caller's middleware). */
export function accountRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const query = parseWith(ListAccountsQuery, queryOf(c.req.raw), 'query');
    return respond(AccountList, await listAccounts(deps, query));
  });
  app.get('/:accountId', async (c) =>
    respond(Account, toAccount(await findAccount(deps, c.req.param('accountId')))),
  );
  app.delete('/:accountId', async (c) => {
    const accountId = c.req.param('accountId');
    await deleteAccount(deps, accountId);
    c.get('log').info({ accountId }, 'account deleted');
    return c.body(null, 204);
  });
  return app;
}
