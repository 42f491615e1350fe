import { errorCodes } from '@keylink/contract';
import type { ErrorCode } from '@keylink/contract';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LinkAccount, en } from './index';
import { ACME_KEY, acmePreview, acmeSession, acmeVerified } from './test/acmeHr';
import { renderWidget, submitKey } from './test/renderWidget';
import { STUB_TOKEN, STUB_URL, createStubServer, fail, ok } from './test/stubServer';

const endCodes = ['session_expired', 'session_used', 'too_many_attempts', 'unauthorized'] as const;
const isEndCode = (code: ErrorCode): code is (typeof endCodes)[number] =>
  (endCodes as readonly string[]).includes(code);
const context = {
  provider: 'Acme HR',
  guideStep: 2,
  hasRegions: true,
  retryAfterSeconds: null,
  account: null,
};

describe('LinkAccount errors', () => {
  const recoverable = errorCodes.filter(
    (code) => !isEndCode(code) && code !== 'provider_rate_limited',
  );

  it.each(recoverable)(
    'given verify fails with %s, should explain it at the form, focus it and keep the key',
    async (code) => {
      const server = createStubServer();
      server.reply('verify', fail(400, code));
      const { user, events, onError } = renderWidget({}, { server });
      await submitKey(user);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(en.messages.errors[code](context));
      expect(alert).toHaveFocus();
      expect(screen.getByLabelText('Acme token')).toHaveValue(ACME_KEY);
      expect(events()).toContainEqual({
        type: 'verification_failed',
        code,
        retryAfterSeconds: null,
      });
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code, status: 400 }));
    },
  );

  it.each(endCodes)(
    'given verify fails with %s, should end the flow with a clear message and call onExit',
    async (code) => {
      const server = createStubServer();
      server.reply('verify', fail(code === 'unauthorized' ? 401 : 410, code));
      const { user, onExit } = renderWidget({}, { server });
      await submitKey(user);
      expect(
        await screen.findByRole('heading', { name: en.messages.endHeadings[code] }),
      ).toBeInTheDocument();
      expect(screen.getByText(en.messages.endTexts[code])).toBeInTheDocument();
      expect(screen.queryByLabelText('Acme token')).not.toBeInTheDocument();
      // onExit fires from an effect after the end screen paints: wait for it, then make sure
      // it came once.
      await waitFor(() => expect(onExit).toHaveBeenCalled());
      expect(onExit).toHaveBeenCalledExactlyOnceWith({ reason: code, step: 'verifying' });
    },
  );

  it.each(endCodes)('given the session load fails with %s, should end the flow', async (code) => {
    const server = createStubServer();
    server.reply('getLinkSession', fail(401, code));
    const { onExit } = renderWidget({}, { server });
    expect(
      await screen.findByRole('heading', { name: en.messages.endHeadings[code] }),
    ).toBeInTheDocument();
    await waitFor(() => expect(onExit).toHaveBeenCalled());
    expect(onExit).toHaveBeenCalledExactlyOnceWith({ reason: code, step: 'loading' });
  });

  it('given an invalid key, should point at the guide step that makes one', async () => {
    const server = createStubServer();
    server.reply('verify', fail(422, 'invalid_credentials'));
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('(step 2 of the guide)');
    await user.click(screen.getByRole('button', { name: 'Show step 2 of the guide' }));
    const step = screen.getByRole('button', { name: /Step 2 of 2 Make a token/ });
    expect(step).toHaveFocus();
    expect(step).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Select New token and copy it.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'I have my key' }));
    expect(screen.getByLabelText('Acme token')).toHaveValue(ACME_KEY);
  });

  it('given invalid_request with issues, should list them', async () => {
    const server = createStubServer();
    server.reply(
      'verify',
      fail(400, 'invalid_request', {
        issues: [
          { path: 'region', message: 'Unknown region' },
          { path: 'credentials.apiKey', message: 'Too short for a token' },
        ],
      }),
    );
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('region: Unknown region');
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveAccessibleDescription(
      /Unknown region/,
    );
    expect(screen.getByLabelText('Acme token')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Acme token')).toHaveAccessibleDescription(
      /Too short for a token/,
    );
  });

  it('given the network fails, should say so and let the person try again', async () => {
    const server = createStubServer();
    server.reply('verify', { kind: 'network_error' }, ok('verify', acmeVerified()));
    const { user, onError } = renderWidget({}, { server });
    await submitKey(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      en.messages.errors.network_error(context),
    );
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'network_error' }));
    await user.click(screen.getByRole('button', { name: 'Check key' }));
    expect(
      await screen.findByRole('heading', { name: 'Here is what we found' }),
    ).toBeInTheDocument();
  });

  it('given an answer outside the contract, should treat it as unexpected', async () => {
    const server = createStubServer();
    server.reply('verify', { kind: 'json', status: 200, body: { surprise: true } });
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      en.messages.errors.unexpected_response(context),
    );
  });

  it('given a session whose guide is missing, should show the load failure and load again on Try again', async () => {
    const server = createStubServer();
    const { guide: _guide, ...withoutGuide } = acmeSession().provider;
    server.reply(
      'getLinkSession',
      { kind: 'json', status: 200, body: { ...acmeSession(), provider: withoutGuide } },
      ok('getLinkSession', acmeSession()),
    );
    const { user, onError, events } = renderWidget({}, { server });
    expect(
      await screen.findByRole('heading', { name: en.messages.loadFailedHeading }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      en.messages.errors.unexpected_response(context),
    );
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unexpected_response' }));
    expect(events()).toContainEqual(expect.objectContaining({ type: 'error', step: 'guide' }));
    await user.click(screen.getByRole('button', { name: en.messages.tryAgain }));
    expect(await screen.findByRole('button', { name: 'I have my key' })).toBeVisible();
    expect(server.calls('getLinkSession')).toHaveLength(2);
  });

  it('given an error whose code this widget does not know, should treat it as unexpected', async () => {
    const server = createStubServer();
    server.reply('verify', {
      kind: 'json',
      status: 400,
      body: { error: { code: 'from_a_newer_server', message: 'New.' } },
    });
    const { user, onError } = renderWidget({}, { server });
    await submitKey(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      en.messages.errors.unexpected_response(context),
    );
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'unexpected_response', status: 400 }),
    );
    expect(screen.getByLabelText('Acme token')).toHaveValue(ACME_KEY);
  });

  it('given a confirm answer without the account id, should not report success', async () => {
    const server = createStubServer();
    server.reply('confirm', {
      kind: 'json',
      status: 200,
      body: { provider: 'acme-hr', mode: 'create' },
    });
    const { user, onSuccess, onError } = renderWidget({}, { server });
    await submitKey(user);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Link account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      en.messages.errors.unexpected_response(context),
    );
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unexpected_response' }));
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('given a non-JSON error page, should treat it as unexpected', async () => {
    const server = createStubServer();
    server.reply('verify', { kind: 'json', status: 502, body: 'Bad gateway' });
    const { user, onError } = renderWidget({}, { server });
    await submitKey(user);
    await screen.findByRole('alert');
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'unexpected_response', status: 502 }),
    );
  });

  it('given the provider rate-limits, should count down and retry by itself', async () => {
    const server = createStubServer();
    server.reply(
      'verify',
      fail(429, 'provider_rate_limited', { retryAfterSeconds: 3 }),
      ok('verify', acmeVerified()),
    );
    const { user, events } = renderWidget({}, { server, fakeTimers: true });
    await submitKey(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Acme HR is receiving too many requests right now.');
    expect(alert).toHaveTextContent('Trying again in 3 sec (try 1 of 3)…');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(alert).toHaveTextContent('Trying again in 2 sec (try 1 of 3)…');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(alert).toHaveTextContent('Trying again in 1 sec (try 1 of 3)…');
    expect(server.calls('verify')).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(
      await screen.findByRole('heading', { name: 'Here is what we found' }),
    ).toBeInTheDocument();
    expect(server.calls('verify')).toHaveLength(2);
    expect(events()).toContainEqual({
      type: 'verification_failed',
      code: 'provider_rate_limited',
      retryAfterSeconds: 3,
    });
  });

  it('given a host that re-renders every 300 ms, should still count down and retry', async () => {
    const server = createStubServer();
    server.reply(
      'verify',
      fail(429, 'provider_rate_limited', { retryAfterSeconds: 2 }),
      ok('verify', acmeVerified()),
    );
    vi.stubGlobal('fetch', server.fetch);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    function BusyHost() {
      const [tick, setTick] = useState(0);
      useEffect(() => {
        const timer = setInterval(() => setTick((value) => value + 1), 300);
        return () => clearInterval(timer);
      }, []);
      // New callbacks on every render, as hosts often write them.
      return (
        <LinkAccount
          sessionToken={STUB_TOKEN}
          serverUrl={STUB_URL}
          onEvent={() => tick}
          messages={{ guideContinue: 'I have my key' }}
        />
      );
    }
    render(<BusyHost />);
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await submitKey(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Trying again in 2 sec');
    // Let React re-render between host ticks, as it would in a browser.
    for (let step = 0; step < 8; step += 1) {
      await act(() => vi.advanceTimersByTimeAsync(300));
    }
    expect(
      await screen.findByRole('heading', { name: 'Here is what we found' }),
    ).toBeInTheDocument();
    expect(server.calls('verify')).toHaveLength(2);
  });

  it('given the session load cannot reach the server, should offer to try again', async () => {
    const server = createStubServer();
    server.reply('getLinkSession', { kind: 'network_error' }, ok('getLinkSession', acmeSession()));
    const { user } = renderWidget({}, { server });
    expect(
      await screen.findByRole('heading', { name: 'This page could not load' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Connect Acme HR' })).toBeInTheDocument();
  });

  it('given confirm fails for a passing reason, should retry with the same idempotency key', async () => {
    const server = createStubServer();
    server.reply(
      'confirm',
      fail(503, 'internal_error'),
      ok('confirm', { accountId: 'acc_1', provider: 'acme-hr', mode: 'create' }),
    );
    const { user, onSuccess } = renderWidget({}, { server });
    await submitKey(user);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Link account' }));
    expect(await screen.findByRole('alert')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Link account' }));
    await screen.findByRole('heading', { name: "You're all set" });
    const [first, second] = server.calls('confirm').map((c) => c.headers.get('Idempotency-Key'));
    expect(first).toBeTruthy();
    expect(second).toBe(first);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('given confirm says the session is used, should end the flow', async () => {
    const server = createStubServer();
    server.reply('confirm', fail(409, 'session_used'));
    const { user, onExit } = renderWidget({}, { server });
    await submitKey(user);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Link account' }));
    expect(
      await screen.findByRole('heading', { name: en.messages.endHeadings.session_used }),
    ).toBeInTheDocument();
    expect(onExit).toHaveBeenCalledWith({ reason: 'session_used', step: 'confirm' });
  });

  it('given confirm says the key is not verified, should go back to the form and say why', async () => {
    const server = createStubServer();
    server.reply('confirm', fail(409, 'session_not_verified'));
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Link account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      en.messages.errors.session_not_verified(context),
    );
    expect(screen.getByLabelText('Acme token')).toHaveValue(ACME_KEY);
  });

  it('given the session expires while the preview fills in, should end the flow', async () => {
    const server = createStubServer();
    server.reply('verify', ok('verify', acmeVerified(acmePreview({ status: 'running' }))));
    server.reply('getPreview', fail(410, 'session_expired'));
    const { user, onExit } = renderWidget({}, { server, fakeTimers: true });
    await submitKey(user);
    await screen.findByRole('heading', { name: 'Here is what we found' });
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(
      await screen.findByRole('heading', { name: en.messages.endHeadings.session_expired }),
    ).toBeInTheDocument();
    expect(onExit).toHaveBeenCalledWith({ reason: 'session_expired', step: 'preview' });
  });
});
