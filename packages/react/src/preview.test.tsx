import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { acmePreview, acmeVerified } from './test/acmeHr';
import { renderWidget, submitKey } from './test/renderWidget';
import { createStubServer, fail, gated, ok } from './test/stubServer';

describe('LinkAccount preview', () => {
  it('given a cancelled verification whose answer arrives late, should stay on the form', async () => {
    const server = createStubServer();
    const late = gated(ok('verify', acmeVerified()));
    server.reply('verify', late.reply);
    const { user, events } = renderWidget({}, { server });
    await submitKey(user);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    late.release();
    // Wait for the late answer to reach the widget: the fetch settles, then its handlers run.
    const answers = vi.mocked(fetch).mock.results.map((result) => result.value);
    await act(async () => {
      await Promise.allSettled(answers);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByLabelText('Acme token')).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Here is what we found' }),
    ).not.toBeInTheDocument();
    expect(events().map((event) => event.type)).not.toContain('verified');
  });

  it('given a walk that failed part-way, should say the counts are incomplete and allow going on', async () => {
    const server = createStubServer();
    const failed = acmePreview({
      status: 'failed',
      error: { code: 'provider_timeout', message: 'Slow.' },
    });
    server.reply('verify', ok('verify', acmeVerified(failed)));
    const { user, events } = renderWidget({}, { server });
    await submitKey(user);
    expect(await screen.findByText(/the counts below are not complete/)).toBeInTheDocument();
    expect(events()).toContainEqual({
      type: 'preview_ready',
      status: 'failed',
      usersSeen: 3,
      roles: 2,
    });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      screen.getByText('At least 3 users and 2 roles will sync from Acme HR.'),
    ).toBeInTheDocument();
  });

  it('given a poll that fails, should say so and poll again on request', async () => {
    const server = createStubServer();
    server.reply('verify', ok('verify', acmeVerified(acmePreview({ status: 'running' }))));
    server.reply(
      'getPreview',
      fail(503, 'internal_error'),
      ok('getPreview', { preview: acmePreview() }),
    );
    const { user } = renderWidget({}, { server, fakeTimers: true });
    await submitKey(user);
    await screen.findByRole('progressbar');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(await screen.findByText('The counts could not be refreshed.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(server.calls('getPreview')).toHaveLength(2);
  });

  it('given confirm while counts still arrive, should say "at least"', async () => {
    const server = createStubServer();
    server.reply('verify', ok('verify', acmeVerified(acmePreview({ status: 'running' }))));
    server.reply('getPreview', { kind: 'hang' });
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(
      screen.getByText('At least 3 users and 2 roles will sync from Acme HR.'),
    ).toBeInTheDocument();
  });
});
