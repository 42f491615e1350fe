import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { acmePreview, acmeVerified } from './test/acmeHr';
import { openForm, renderWidget, submitKey } from './test/renderWidget';
import { createStubServer, fail, gated, ok } from './test/stubServer';

/**
 * axe on the widget's DOM. jsdom computes no layout or colours, so `color-contrast` cannot run
 * here and is the one rule turned off; contrast is checked in a real browser by the end-to-end
 * tests (axe via Playwright, both themes).
 */
async function violations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe.each(['light', 'dark'] as const)('LinkAccount accessibility (%s)', (mode) => {
  it('should have no axe violations on the loading, guide and form steps', async () => {
    const server = createStubServer();
    const { container, user } = renderWidget({ theme: { mode } }, { server });
    expect(await violations(container)).toEqual([]);
    await screen.findByRole('heading', { name: 'How to get your key' });
    expect(await violations(container)).toEqual([]);
    await openForm(user);
    await user.click(screen.getByRole('button', { name: 'Check key' }));
    await screen.findByText(/cannot be empty/);
    expect(await violations(container)).toEqual([]);
  });

  it('should have no axe violations while verifying and on a verification error', async () => {
    const server = createStubServer();
    const held = gated(fail(401, 'invalid_credentials'));
    server.reply('verify', held.reply);
    const { container, user } = renderWidget({ theme: { mode } }, { server });
    await submitKey(user);
    await screen.findByRole('heading', { name: 'Checking with Acme HR…' });
    expect(await violations(container)).toEqual([]);
    held.release();
    await screen.findByRole('alert');
    expect(await violations(container)).toEqual([]);
  });

  it('should have no axe violations on the preview, confirm and success steps', async () => {
    const server = createStubServer();
    server.reply(
      'verify',
      ok('verify', acmeVerified(acmePreview({ status: 'running' }), 'partial')),
    );
    const { container, user } = renderWidget({ theme: { mode } }, { server });
    await submitKey(user);
    await screen.findByRole('progressbar');
    expect(await violations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Confirm the connection' });
    expect(await violations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Link account' }));
    await screen.findByRole('heading', { name: "You're all set" });
    expect(await violations(container)).toEqual([]);
  });

  it('should have no axe violations on the end and load-failure states', async () => {
    const ended = createStubServer();
    ended.reply('getLinkSession', fail(410, 'session_expired'));
    const first = renderWidget({ theme: { mode } }, { server: ended });
    await screen.findByRole('heading', { name: 'This link has expired' });
    expect(await violations(first.container)).toEqual([]);
    first.unmount();
    const down = createStubServer();
    down.reply('getLinkSession', { kind: 'network_error' });
    const second = renderWidget({ theme: { mode } }, { server: down });
    await screen.findByRole('heading', { name: 'This page could not load' });
    expect(await violations(second.container)).toEqual([]);
  });
});
