import { describe, expect, it } from 'vitest';
import { buildPath, routePaths, routes } from './index';

describe('routes', () => {
  it('should give every route a distinct method and path', () => {
    const keys = Object.values(routes).map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('should put every widget route under /v1/link and every host route elsewhere', () => {
    for (const route of Object.values(routes)) {
      expect(route.path.startsWith('/v1/link/')).toBe(route.auth === 'session');
    }
  });
});

describe('routePaths', () => {
  it('should list every route with the method, path and caller of its full definition', () => {
    expect(Object.keys(routePaths)).toEqual(Object.keys(routes));
    for (const [name, route] of Object.entries(routes)) {
      const { method, path, auth } = route;
      expect(Object.entries(routePaths).find(([key]) => key === name)?.[1]).toEqual({
        method,
        path,
        auth,
      });
    }
  });
});

describe('buildPath', () => {
  it('should fill and encode path parameters', () => {
    expect(buildPath(routes.getIamUser.path, { accountId: 'acc 1', userId: 'a/b' })).toBe(
      '/v1/accounts/acc%201/iam/users/a%2Fb',
    );
  });

  it('given a missing parameter, should throw rather than build a wrong URL', () => {
    expect(() => buildPath(routes.getAccount.path)).toThrow(/accountId/);
  });
});
