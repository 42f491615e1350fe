import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LinkAccountEvent } from './index';
import { ACME_KEY, acmePreview, acmeVerified } from './test/acmeHr';
import { everythingTheHostSaw, renderWidget, submitKey } from './test/renderWidget';
import type { RenderedWidget } from './test/renderWidget';
import { createStubServer, gated, ok } from './test/stubServer';

/** A verify answer whose preview is still running, then two polls: one running, one complete. */
function progressiveServer() {
  const server = createStubServer();
  const running = (usersSeen: number, pagesRead: number) =>
    acmePreview({
      status: 'running',
      usersSeen,
      pagesRead,
      updatedAt: `2030-01-01T00:00:0${pagesRead}.000Z`,
    });
  const verify = gated(ok('verify', acmeVerified(running(100, 1))));
  server.reply('verify', verify.reply);
  server.reply(
    'getPreview',
    ok('getPreview', { preview: running(200, 2) }),
    ok('getPreview', {
      preview: acmePreview({ usersSeen: 250, pagesRead: 3, updatedAt: '2030-01-01T00:00:03.000Z' }),
    }),
  );
  return { server, releaseVerify: verify.release };
}

async function runFullFlow(rendered: RenderedWidget, releaseVerify: () => void) {
  const { user } = rendered;
  await submitKey(user);
  await screen.findByRole('heading', { name: 'Checking with Acme HR…' });
  releaseVerify();
  await screen.findByRole('heading', { name: 'Here is what we found' });
  expect(screen.getByRole('progressbar', { name: 'Reading users' })).toBeInTheDocument();
  expect(screen.getByText('100 users read so far (1 page)…')).toBeInTheDocument();
  await act(() => vi.advanceTimersByTimeAsync(1000));
  expect(await screen.findByText('200 users read so far (2 pages)…')).toBeInTheDocument();
  await act(() => vi.advanceTimersByTimeAsync(1000));
  await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(await screen.findByRole('button', { name: 'Link account' }));
  await screen.findByRole('heading', { name: "You're all set" });
}

const fullFlowEvents: LinkAccountEvent[] = [
  { type: 'opened' },
  { type: 'step_viewed', step: 'loading' },
  { type: 'step_viewed', step: 'guide' },
  { type: 'step_viewed', step: 'form' },
  { type: 'key_submitted', provider: 'acme-hr', region: 'us', attempt: 1 },
  { type: 'step_viewed', step: 'verifying' },
  { type: 'verified', provider: 'acme-hr', access: 'full', region: 'us', ownerIsAdmin: true },
  { type: 'step_viewed', step: 'preview' },
  { type: 'preview_progress', usersSeen: 100, pagesRead: 1 },
  { type: 'preview_progress', usersSeen: 200, pagesRead: 2 },
  { type: 'preview_ready', status: 'complete', usersSeen: 250, roles: 2 },
  { type: 'step_viewed', step: 'confirm' },
  { type: 'confirmed', accountId: 'acc_1', provider: 'acme-hr', mode: 'create' },
  { type: 'step_viewed', step: 'success' },
];

describe('LinkAccount flow', () => {
  it('should emit exactly this sequence of events for a full flow', async () => {
    const { server, releaseVerify } = progressiveServer();
    const rendered = renderWidget({}, { server, fakeTimers: true });
    await runFullFlow(rendered, releaseVerify);
    expect(rendered.events()).toEqual(fullFlowEvents);
    expect(rendered.onSuccess).toHaveBeenCalledOnce();
    expect(rendered.onExit).not.toHaveBeenCalled();
    expect(rendered.onError).not.toHaveBeenCalled();
  });

  it('given StrictMode, should send each request once and emit each event once', async () => {
    const { server, releaseVerify } = progressiveServer();
    const rendered = renderWidget({}, { server, fakeTimers: true, strict: true });
    await runFullFlow(rendered, releaseVerify);
    expect(server.calls('getLinkSession')).toHaveLength(1);
    expect(server.calls('verify')).toHaveLength(1);
    expect(server.calls('getPreview')).toHaveLength(2);
    expect(server.calls('confirm')).toHaveLength(1);
    expect(rendered.events()).toEqual(fullFlowEvents);
    expect(rendered.onSuccess).toHaveBeenCalledOnce();
  });

  it('given Enter pressed twice on the key field, should verify once', async () => {
    const server = createStubServer();
    const held = gated(ok('verify', acmeVerified()));
    server.reply('verify', held.reply);
    const { user } = renderWidget({}, { server, strict: true });
    await user.click(await screen.findByRole('button', { name: 'I have my key' }));
    await user.type(screen.getByLabelText('Acme token'), 'acme_0123456789');
    await user.keyboard('{Enter}{Enter}');
    held.release();
    await screen.findByRole('heading', { name: 'Here is what we found' });
    expect(server.calls('verify')).toHaveLength(1);
  });

  it('given a double click on Connect, should confirm once', async () => {
    const rendered = renderWidget({}, { strict: true });
    const { user, server } = rendered;
    await submitKey(user);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    const connect = await screen.findByRole('button', { name: 'Link account' });
    await user.dblClick(connect);
    await screen.findByRole('heading', { name: "You're all set" });
    expect(server.calls('confirm')).toHaveLength(1);
  });

  it('should keep the key out of callbacks, the DOM after success, and browser storage', async () => {
    const { server, releaseVerify } = progressiveServer();
    const rendered = renderWidget({}, { server, fakeTimers: true });
    await runFullFlow(rendered, releaseVerify);
    // The key did go where it must: to the server, once.
    expect(rendered.server.calls('verify')[0]?.body).toContain(ACME_KEY);
    expect(everythingTheHostSaw(rendered)).not.toContain(ACME_KEY);
    expect(document.documentElement.outerHTML).not.toContain(ACME_KEY);
    for (const input of document.querySelectorAll('input')) {
      expect(input.value).not.toContain(ACME_KEY);
    }
    const stored = [localStorage, sessionStorage].flatMap((storage) =>
      Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ''}`),
    );
    expect(stored.join('\n')).not.toContain(ACME_KEY);
    expect(document.cookie).not.toContain(ACME_KEY);
  });

  it('given a failed verification, should keep the key out of every event and error', async () => {
    const server = createStubServer();
    server.reply('verify', {
      kind: 'json',
      status: 401,
      body: { error: { code: 'invalid_credentials', message: 'No.' } },
    });
    const rendered = renderWidget({}, { server });
    await submitKey(rendered.user);
    await screen.findByRole('alert');
    expect(rendered.onError).toHaveBeenCalled();
    expect(everythingTheHostSaw(rendered)).not.toContain(ACME_KEY);
  });

  it('given "Use a different key", should go back to the form and verify again', async () => {
    const { user, server, events } = renderWidget();
    await submitKey(user);
    await user.click(await screen.findByRole('button', { name: 'Use a different key' }));
    const field = screen.getByLabelText('Acme token');
    await user.clear(field);
    await user.type(field, 'acme_abcdefghij');
    await user.click(screen.getByRole('button', { name: 'Check key' }));
    await screen.findByRole('heading', { name: 'Here is what we found' });
    expect(server.calls('verify')).toHaveLength(2);
    expect(events().filter((event) => event.type === 'key_submitted')).toEqual([
      { type: 'key_submitted', provider: 'acme-hr', region: 'us', attempt: 1 },
      { type: 'key_submitted', provider: 'acme-hr', region: 'us', attempt: 2 },
    ]);
  });
});
