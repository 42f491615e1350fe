// The browser half of the consumer check: serves a built host page, and drives the widget in it
// through a whole link in Chromium, as a person would (roles and labels, auto-waiting).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, expect } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Serves a built page on a free loopback port. */
export function serveStatic(dir) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** Makes a connect session as a host backend does (the secret key stays on this side). */
async function newSession(serverUrl, secretKey, owner) {
  const response = await fetch(`${serverUrl}/v1/connect-sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ provider: 'lattice', originOwnerId: owner, originOwnerName: owner }),
  });
  if (response.status !== 201)
    throw new Error(`session: ${response.status} ${await response.text()}`);
  const { token } = await response.json();
  return token;
}

/** Links the small sandbox company through each page's widget, then reads the account back. */
export async function linkInBrowser({ pages, serverUrl, secretKey, sandboxKey }) {
  const browser = await chromium.launch(chromiumLaunchOptions('/usr/bin/chromium'));
  try {
    await Promise.all(
      pages.map(async ({ name, url }, index) => {
        const owner = `org_consumer_${index}`;
        const token = await newSession(serverUrl, secretKey, owner);
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${url}/?${new URLSearchParams({ token, server: serverUrl })}`);
        await expect(page.getByRole('heading', { name: 'How to get your key' })).toBeVisible({
          timeout: 30_000,
        });
        await page.getByRole('button', { name: 'I have my key' }).click();
        await page.getByLabel('Lattice API key', { exact: true }).fill(sandboxKey);
        await page.getByRole('button', { name: 'Check key', exact: true }).click();
        await expect(page.getByRole('heading', { name: 'Here is what we found' })).toBeVisible({
          timeout: 30_000,
        });
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(page.getByRole('heading', { name: 'Confirm the connection' })).toBeVisible();
        await page.getByRole('button', { name: 'Link account', exact: true }).click();
        await expect(page.getByRole('heading', { name: "You're all set" })).toBeVisible({
          timeout: 30_000,
        });
        const status = await page
          .getByRole('status')
          .filter({ hasText: 'Linked account' })
          .textContent();
        const accountId = status?.replace('Linked account', '').trim();
        const account = await fetch(`${serverUrl}/v1/accounts/${accountId}`, {
          headers: { authorization: `Bearer ${secretKey}` },
        });
        if (!account.ok) throw new Error(`${name}: account ${accountId} not found after linking`);
        if (errors.length > 0) throw new Error(`${name}: errors on the page: ${errors.join('; ')}`);
        console.log(`  ${name}: linked ${accountId}`);
        await page.close();
      }),
    );
  } finally {
    await browser.close();
  }
}
