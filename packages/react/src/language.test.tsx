import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LinkAccount } from './index';
import { de } from './locales/de';
import { acmeHr, acmeSession } from './test/acmeHr';
import { renderWidget, submitKey } from './test/renderWidget';
import { STUB_TOKEN, STUB_URL, createStubServer, ok } from './test/stubServer';

describe('the widget’s language on the wire', () => {
  it('should send its locale tag as Accept-Language on every call', async () => {
    const { user, server } = renderWidget({ locale: { ...de, tag: 'de-CH' } });
    await user.click(await screen.findByRole('button', { name: 'Ich habe meinen Schlüssel' }));
    await user.click(screen.getByLabelText('Acme token'));
    await user.paste('acme_0123456789');
    await user.click(screen.getByRole('button', { name: 'Schlüssel prüfen' }));
    await user.click(await screen.findByRole('button', { name: 'Weiter' }));
    await user.click(await screen.findByRole('button', { name: 'Konto verknüpfen' }));
    await screen.findByRole('heading', { name: 'Alles erledigt' });
    const languages = server.requests.map((request) => request.headers.get('accept-language'));
    expect(server.requests.map((request) => request.path)).toEqual(
      expect.arrayContaining(['/v1/link/session', '/v1/link/verify', '/v1/link/confirm']),
    );
    expect(new Set(languages)).toEqual(new Set(['de-CH']));
  });

  it('given the host switches language mid-flow, should fetch the provider’s words again and keep the key', async () => {
    const server = createStubServer();
    const german = {
      ...acmeHr,
      language: 'de',
      credentialFields: acmeHr.credentialFields.map((field) => ({ ...field, label: 'Acme-Token' })),
    };
    server.reply(
      'getLinkSession',
      ok('getLinkSession', acmeSession()),
      ok('getLinkSession', acmeSession({ provider: german })),
    );
    const { user, rerender } = renderWidget({}, { server });
    await submitKey(user);
    await user.click(await screen.findByRole('button', { name: 'Use a different key' }));
    rerender(<LinkAccount sessionToken={STUB_TOKEN} serverUrl={STUB_URL} locale={de} />);
    expect(await screen.findByLabelText('Acme-Token')).toHaveValue('acme_s3cr3tk3y');
    expect(screen.getByRole('button', { name: 'Schlüssel prüfen' })).toBeVisible();
    const sessions = server.calls('getLinkSession');
    expect(sessions.map((call) => call.headers.get('accept-language'))).toEqual(['en', 'de']);
  });
});
