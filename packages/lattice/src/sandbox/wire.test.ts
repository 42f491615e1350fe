import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  LatticeDepartment,
  LatticeDepartmentList,
  LatticeErrorBody,
  LatticeRef,
  LatticeUser,
  LatticeUserList,
} from '../wire';
import { createLatticeSandbox, sandboxKeys } from './index';
import type { SandboxQuirks } from './index';
import { call, dataOf, idOf, readObject, walk } from './testRequests';
import type { JsonObject } from './testRequests';

// The sandbox and the client must not drift: every body the sandbox can send is parsed here with
// the client's own schemas (src/wire.ts), and every field it sends is one the schemas know of.

/** Fields Lattice sends that the client deliberately leaves to pass through. */
const ignoredUserFields = ['directReports', 'tasks', 'customAttributes'];

function expectParses(schema: z.ZodType, body: unknown, what: string): void {
  const result = schema.safeParse(body);
  expect(result.success, `${what}: ${result.error?.message ?? ''}`).toBe(true);
}

function expectKnownFields(body: JsonObject, known: readonly string[], what: string): void {
  for (const field of Object.keys(body)) expect(known, `${what} sends ${field}`).toContain(field);
}

const quirkSets: SandboxQuirks[] = [
  {},
  { extraFields: true, absoluteUrls: true },
  { shortPages: true, emptyPageWithHasMore: true, repeatCursor: true, omitEndingCursor: true },
];
const admins = [
  sandboxKeys.smallCompanyAdmin,
  sandboxKeys.midCompanyAdmin,
  sandboxKeys.largeCompanyAdmin,
];

describe('sandbox bodies against the wire schemas', () => {
  for (const quirks of quirkSets) {
    const label = JSON.stringify(quirks);
    const sandbox = createLatticeSandbox({ quirks });
    const strict = Object.keys(quirks).length === 0;

    it(`given quirks ${label}, should parse every user, list and department body`, async () => {
      for (const key of admins) {
        const me = await readObject(await call(sandbox, '/v1/me', key));
        expectParses(LatticeUser, me, 'me');
        expectParses(
          LatticeUser,
          await readObject(await call(sandbox, `/v1/user/${idOf(me)}`, key)),
          'user',
        );
        if (strict) {
          expectKnownFields(me, [...Object.keys(LatticeUser.shape), ...ignoredUserFields], 'user');
          for (const ref of [me.manager, me.department])
            expectKnownFields(asRef(ref), Object.keys(LatticeRef.shape), 'ref');
        }
        const users = await walk(sandbox, '/v1/users?limit=100&status=NULL', key, 200);
        for (const page of users) {
          expectParses(LatticeUserList, page, 'users page');
          if (strict) expectKnownFields(page, Object.keys(LatticeUserList.shape), 'list');
        }
        const reports = await walk(sandbox, `/v1/user/${idOf(me)}/directReports?limit=3`, key);
        for (const page of reports) expectParses(LatticeUserList, page, 'directReports page');
        const departments = await walk(sandbox, '/v1/departments?limit=4', key);
        for (const page of departments)
          expectParses(LatticeDepartmentList, page, 'departments page');
        for (const department of departments.flatMap(dataOf)) {
          const one = await readObject(
            await call(sandbox, `/v1/department/${idOf(department)}`, key),
          );
          expectParses(LatticeDepartment, one, 'department');
          if (strict) expectKnownFields(one, Object.keys(LatticeDepartment.shape), 'department');
        }
      }
    });
  }

  it('should parse every {"error"} body it sends, the documented ones and its own 401 and 429', async () => {
    const sandbox = createLatticeSandbox();
    const key = sandboxKeys.smallCompanyAdmin;
    const overBudget = createLatticeSandbox({ requestBudget: { burst: 1, perSecond: 1 } });
    await call(overBudget, '/v1/me', key);
    const spent = await call(overBudget, '/v1/me', key);
    expect(spent.status).toBe(429);
    expectParses(LatticeErrorBody, await readObject(spent), 'over budget');
    const errors: [string, string | null, number, string?][] = [
      ['/v1/me', sandboxKeys.rateLimited, 429],
      ['/v1/me', null, 401],
      ['/v1/me', sandboxKeys.revoked, 401],
      ['/v1/users?cursor=abc', key, 400],
      ['/v1/users?limit=1&limit=2', key, 400],
      ['/v1/users?limit=0', key, 400],
      ['/v1/users?status=ALL', key, 400],
      ['/v1/users?startingAfter=nope', key, 400],
      ['/v1/user/nobody', key, 404],
      ['/v1/user/nobody/directReports', key, 404],
      ['/v1/department/nothing', key, 404],
      ['/v1/unknown', key, 404],
      ['/v1/users', key, 405, 'POST'],
      ['/v1/me', sandboxKeys.serverError, 500],
    ];
    for (const [path, withKey, status, method] of errors) {
      const response = await call(sandbox, path, withKey, { method: method ?? 'GET' });
      expect(response.status, path).toBe(status);
      const body = await readObject(response);
      expectParses(LatticeErrorBody, body, path);
      expectKnownFields(body, Object.keys(LatticeErrorBody.shape), path);
    }
  });
});

function asRef(value: unknown): JsonObject {
  expectParses(LatticeRef, value, 'ref');
  return typeof value === 'object' && value !== null
    ? Object.fromEntries(Object.entries(value))
    : {};
}
