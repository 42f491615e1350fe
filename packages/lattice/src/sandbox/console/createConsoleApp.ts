import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { SandboxKeyStore } from '../keyStore';
import { createAdminRoutes } from './adminRoutes';
import { consoleScript, consoleStyles } from './assets';
import type { ConsoleEnv } from './consoleEnv';
import { homePage, notInSandboxPage } from './employeePages';
import { createKeyApi } from './keyApi';
import { homeMenu } from './layout';
import { notFoundPage } from './notFoundPage';
import { findPerson } from './people';
import { createSessions } from './sessions';
import { scenarioKeysPage, scenarioKeysPath } from './scenarioKeysPage';
import { signInPage } from './signInPage';

export interface ConsoleOptions {
  keys: SandboxKeyStore;
}

const pageHeaders = {
  // A key is on the page right after it is generated: never keep a copy in a cache.
  'Cache-Control': 'no-store',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

const publicPaths = new Set([
  '/app/sign-in',
  '/app/console.css',
  '/app/console.js',
  scenarioKeysPath,
]);

/**
 * Lattice's web app as the sandbox plays it, under /app: sign in as someone, switch to admin,
 * Settings › Platform › API Keys, generate (shown once) and revoke keys. Plain server-rendered
 * HTML; forms post and redirect; a form from another origin is refused (hono/csrf).
 */
export function createConsoleApp({ keys }: ConsoleOptions): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>().basePath('/app');
  const sessions = createSessions();

  app.route('/api/keys', createKeyApi(keys));

  app.use('*', async (c, next) => {
    await next();
    if (c.res.headers.get('content-type')?.startsWith('text/html')) {
      for (const [name, value] of Object.entries(pageHeaders)) c.res.headers.set(name, value);
    }
  });
  app.use('*', csrf());

  app.get('/console.css', (c) =>
    c.body(consoleStyles, 200, { 'Content-Type': 'text/css; charset=utf-8' }),
  );
  app.get('/console.js', (c) =>
    c.body(consoleScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );

  app.get('/sign-in', (c) => c.html(signInPage()));
  app.get('/sandbox-keys', (c) => c.html(scenarioKeysPage()));
  app.post('/sign-in', async (c) => {
    const form = await c.req.parseBody();
    const { company, person } = form;
    const who =
      typeof company === 'string' && typeof person === 'string'
        ? findPerson(company, person)
        : undefined;
    if (who === undefined) return c.html(signInPage(), 400);
    sessions.signIn(c, who.company.key, who.person.id);
    return c.redirect('/app', 303);
  });
  app.post('/sign-out', (c) => {
    sessions.signOut(c);
    return c.redirect('/app/sign-in', 303);
  });

  // Everything else needs someone signed in.
  app.use('*', async (c, next) => {
    if (publicPaths.has(c.req.path)) return next();
    const who = sessions.current(c);
    if (who === undefined) return c.redirect('/app/sign-in', 303);
    c.set('who', who);
    await next();
  });

  app.get('/', (c) => c.html(homePage(c.get('who'))));
  app.route('/admin', createAdminRoutes(keys));
  app.get('/:item', (c) => {
    const item = homeMenu.find((i) => i.href === c.req.path);
    const who = c.get('who');
    return item
      ? c.html(notInSandboxPage(who, item.label, c.req.path))
      : c.html(notFoundPage(who), 404);
  });

  app.notFound((c) => c.html(notFoundPage(), 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error('lattice-sandbox console: unexpected error', error);
    return c.text('Internal Server Error', 500);
  });
  return app;
}
