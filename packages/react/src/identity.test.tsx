import { VerifyResponse } from '@keylink/contract';
import type { AccountSummary } from '@keylink/contract';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fr } from './locales/fr';
import { ACME_KEY, acmePreview, acmeVerified } from './test/acmeHr';
import { renderWidget, submitKey } from './test/renderWidget';
import { createStubServer, fail, ok } from './test/stubServer';

const account: AccountSummary = {
  id: 'acc_1',
  originOwnerName: 'Acme Corp',
  ownerName: 'José Núñez',
  ownerEmail: 'jose@pinecone.example',
  tenantLabel: 'pinecone.example',
  access: 'full',
  createdAt: '2030-01-01T00:00:00.000Z',
};

function verifiedWith(extra: Partial<VerifyResponse>): VerifyResponse {
  const base = acmeVerified(acmePreview(), extra.verification?.access ?? 'full');
  return VerifyResponse.parse({ ...base, ...extra, verification: base.verification });
}

// The first render of a file warms the module graph up, which takes seconds on a busy machine.
const firstRender = 20_000;

describe('LinkAccount account identity', () => {
  it(
    'given a key of another company on a reconnect, should name the account and keep the key field to try another',
    async () => {
      const server = createStubServer();
      server.reply('verify', fail(409, 'account_mismatch', { account }));
      const { user } = renderWidget({}, { server });
      await submitKey(user);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(/another Acme HR company/);
      expect(alert).toHaveTextContent(/pinecone\.example, with José Núñez’s key/);
      expect(alert).toHaveTextContent(/add it as a new connection/);
      const field = screen.getByLabelText('Acme token');
      expect(field).toHaveValue(ACME_KEY);
      expect(field).toBeEnabled();
      expect(screen.getByRole('button', { name: 'Check key' })).toBeEnabled();
    },
    firstRender,
  );

  it('given a key of another company, should explain it in French too', async () => {
    const server = createStubServer();
    server.reply('verify', fail(409, 'account_mismatch', { account }));
    const { user } = renderWidget({ locale: fr }, { server });
    await user.click(await screen.findByRole('button', { name: 'J’ai ma clé' }));
    await user.click(await screen.findByLabelText('Acme token'));
    await user.paste(ACME_KEY);
    await user.click(screen.getByRole('button', { name: 'Vérifier la clé' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /une autre entreprise Acme HR.*pinecone\.example, avec la clé de José Núñez/,
    );
  });

  it('given a key that sees less than the account, should warn and confirm only once acknowledged', async () => {
    const server = createStubServer();
    server.reply(
      'verify',
      ok(
        'verify',
        verifiedWith({
          verification: acmeVerified(acmePreview(), 'partial').verification,
          link: { mode: 'reconnect', reason: 'requested', account },
          warnings: [
            {
              code: 'access_reduced',
              previousAccess: 'full',
              access: 'partial',
              message: 'Sees less.',
            },
          ],
        }),
      ),
    );
    server.reply(
      'confirm',
      ok('confirm', { accountId: 'acc_1', provider: 'acme', mode: 'reconnect' }),
    );
    const { user, onSuccess } = renderWidget({}, { server });
    await submitKey(user);
    expect(await screen.findByText('This key sees less than the current one')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const button = screen.getByRole('button', { name: 'Replace key' });
    expect(button).toBeDisabled();
    await user.click(
      screen.getByRole('checkbox', {
        name: 'I understand that only part of the company will sync with this key',
      }),
    );
    expect(button).toBeEnabled();
    await user.click(button);
    expect(await screen.findByText("You're all set")).toBeInTheDocument();
    expect(onSuccess).toHaveBeenCalledTimes(1);
    const [request] = server.calls('confirm');
    expect(JSON.parse(request?.body ?? '{}')).toEqual({ acknowledgedWarnings: ['access_reduced'] });
  });

  it('given a company this owner already linked, should say the existing connection is updated', async () => {
    const server = createStubServer();
    server.reply(
      'verify',
      ok(
        'verify',
        verifiedWith({ link: { mode: 'reconnect', reason: 'already_linked', account } }),
      ),
    );
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    expect(
      await screen.findByText(
        /This Acme HR company is already connected \(pinecone\.example, with José Núñez’s key\)/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('button', { name: 'Replace key' })).toBeEnabled();
    expect(screen.getByText(/will be replaced by this one/)).toBeInTheDocument();
  });
});
