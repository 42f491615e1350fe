import { Hono } from 'hono';
import { SandboxKeyError } from '../keyStore';
import type { SandboxKeyStore } from '../keyStore';
import {
  adminHomePage,
  adminNotInSandboxPage,
  platformPage,
  settingsPage,
  settingsSections,
} from './adminPages';
import { apiKeysPage, revokePage } from './apiKeysPage';
import type { ConsoleEnv } from './consoleEnv';
import { adminRefusedPage } from './employeePages';
import { adminMenu } from './layout';
import { hasApiAccess } from './people';
import { notFoundPage } from './notFoundPage';

const platformItems: Record<string, string> = { integrations: 'Integrations', scim: 'SCIM' };

/**
 * The admin view, under /app/admin: only super admins get in. Settings › Platform › API Keys
 * generates and revokes keys in the sandbox's key store, in the signed-in person's name.
 */
export function createAdminRoutes(keys: SandboxKeyStore): Hono<ConsoleEnv> {
  const admin = new Hono<ConsoleEnv>();

  admin.use('*', async (c, next) => {
    const who = c.get('who');
    if (who.role !== 'Super admin') return c.html(adminRefusedPage(who), 403);
    await next();
  });

  admin.get('/', (c) => c.html(adminHomePage(c.get('who'))));
  admin.get('/settings', (c) => c.html(settingsPage(c.get('who'))));
  admin.get('/settings/platform', (c) => c.html(platformPage(c.get('who'))));

  // The API Keys page exists only for companies Lattice approved for API access.
  const apiKeys = new Hono<ConsoleEnv>();
  apiKeys.use('*', async (c, next) => {
    if (!hasApiAccess(c.get('who').company)) return c.html(notFoundPage(c.get('who')), 404);
    await next();
  });
  apiKeys.get('/', (c) => {
    const who = c.get('who');
    return c.html(apiKeysPage(who, keys.list(who.company.key)));
  });
  apiKeys.post('/', (c) => {
    const who = c.get('who');
    try {
      who.session.reveal = keys.generate({ company: who.company.key, owner: who.person.id });
    } catch (error) {
      if (!(error instanceof SandboxKeyError)) throw error;
      who.session.flash = { kind: 'error', text: error.message };
    }
    return c.redirect(c.req.path, 303);
  });

  const ownKey = (companyKey: string, id: string) => {
    const key = keys.get(id);
    return key && key.company === companyKey && key.revokedAt === null ? key : undefined;
  };
  apiKeys.get('/:id/revoke', (c) => {
    const who = c.get('who');
    const key = ownKey(who.company.key, c.req.param('id'));
    return key ? c.html(revokePage(who, key)) : c.html(notFoundPage(who), 404);
  });
  apiKeys.post('/:id/revoke', (c) => {
    const who = c.get('who');
    const key = ownKey(who.company.key, c.req.param('id'));
    if (key === undefined) return c.html(notFoundPage(who), 404);
    keys.revoke(key.id);
    who.session.flash = {
      kind: 'success',
      text: `Revoked ${key.name}. Anything that used it no longer has access.`,
    };
    return c.redirect(c.req.path.replace(/\/[^/]+\/revoke$/, ''), 303);
  });
  admin.route('/settings/platform/api-keys', apiKeys);

  admin.get('/settings/platform/:item', (c) => {
    const label = platformItems[c.req.param('item')];
    const who = c.get('who');
    return label
      ? c.html(adminNotInSandboxPage(who, label, c.req.path))
      : c.html(notFoundPage(who), 404);
  });
  admin.get('/settings/:section', (c) => {
    const section = settingsSections.find((s) => s.href === c.req.path);
    const who = c.get('who');
    return section
      ? c.html(adminNotInSandboxPage(who, section.label, c.req.path))
      : c.html(notFoundPage(who), 404);
  });
  admin.get('/:item', (c) => {
    const item = adminMenu.find((i) => i.href === c.req.path);
    const who = c.get('who');
    return item
      ? c.html(adminNotInSandboxPage(who, item.label, c.req.path))
      : c.html(notFoundPage(who), 404);
  });
  return admin;
}
