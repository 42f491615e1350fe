import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ACME_KEY, acmeVerified } from './test/acmeHr';
import { renderWidget, submitKey } from './test/renderWidget';
import { createStubServer, fail, ok } from './test/stubServer';

const rateLimited = (requestId: string) =>
  fail(429, 'provider_rate_limited', { retryAfterSeconds: 2, requestId });

/** The keys the widget sent to verify, in order. */
function sentKeys(server: ReturnType<typeof createStubServer>): string[] {
  return server.calls('verify').map((call) => {
    const body: unknown = JSON.parse(call.body ?? '{}');
    const credentials =
      body && typeof body === 'object' && 'credentials' in body ? body.credentials : null;
    return credentials && typeof credentials === 'object' && 'apiKey' in credentials
      ? String(credentials.apiKey)
      : '';
  });
}

describe('retrying after a rate limit', () => {
  it('given the provider keeps rate-limiting, should retry three times, then wait for the person', async () => {
    const server = createStubServer();
    server.reply(
      'verify',
      rateLimited('req_1'),
      rateLimited('req_2'),
      rateLimited('req_3'),
      rateLimited('req_4'),
      ok('verify', acmeVerified()),
    );
    const { user } = renderWidget({}, { server, fakeTimers: true });
    await submitKey(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('(try 1 of 3)');
    for (let second = 0; second < 30; second += 1) {
      await act(() => vi.advanceTimersByTimeAsync(1000));
    }
    expect(server.calls('verify')).toHaveLength(4);
    const stopped = await screen.findByRole('alert');
    expect(stopped).toHaveTextContent('We tried again 3 times for you.');
    expect(stopped).not.toHaveTextContent('Trying again in');
    // One outcome, one reference: the first one, whatever the retries' ids were.
    expect(stopped).toHaveTextContent('Reference for support: req_1');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Here is what we found' })).toBeVisible();
    expect(sentKeys(server)).toEqual([ACME_KEY, ACME_KEY, ACME_KEY, ACME_KEY, ACME_KEY]);
  });

  it('given the person edits the key during the countdown, should stop and send nothing they did not submit', async () => {
    const server = createStubServer();
    server.reply('verify', rateLimited('req_1'), ok('verify', acmeVerified()));
    const { user } = renderWidget({}, { server, fakeTimers: true });
    await submitKey(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Trying again in 2 sec');
    await user.type(screen.getByLabelText('Acme token'), '_half');
    expect(screen.getByRole('alert')).toHaveTextContent('You changed the key');
    for (let second = 0; second < 10; second += 1) {
      await act(() => vi.advanceTimersByTimeAsync(1000));
    }
    expect(server.calls('verify')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Check key' }));
    await screen.findByRole('heading', { name: 'Here is what we found' });
    expect(sentKeys(server)).toEqual([ACME_KEY, `${ACME_KEY}_half`]);
  });

  it('given a different failure after a retry, should show its own reference', async () => {
    const server = createStubServer();
    server.reply(
      'verify',
      rateLimited('req_1'),
      fail(503, 'provider_unavailable', { requestId: 'req_2' }),
    );
    const { user } = renderWidget({}, { server, fakeTimers: true });
    await submitKey(user);
    await screen.findByRole('alert');
    for (let second = 0; second < 3; second += 1) {
      await act(() => vi.advanceTimersByTimeAsync(1000));
    }
    const alert = await screen.findByText(/Acme HR is not answering right now/);
    expect(alert.closest('[role="alert"]')).toHaveTextContent('Reference for support: req_2');
  });
});
