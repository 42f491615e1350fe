import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LinkAccountDialog, en } from './index';
import { fr } from './locales/fr';
import { acmeHr, acmePreview, acmeSession, acmeVerified } from './test/acmeHr';
import { openForm, renderWidget, submitKey } from './test/renderWidget';
import { STUB_TOKEN, STUB_URL, createStubServer, fail, ok } from './test/stubServer';

const context = {
  provider: 'Acme HR',
  guideStep: 2,
  hasRegions: true,
  retryAfterSeconds: null,
  account: null,
};

describe('honest states', () => {
  it('given counts still arriving, should say the roles are being counted', async () => {
    const running = acmePreview({ status: 'running' });
    const server = createStubServer();
    server.reply('verify', ok('verify', acmeVerified(running)));
    server.reply('getPreview', ok('getPreview', { preview: running }));
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    const roles = await screen.findByRole('heading', { name: 'Roles' });
    const list = roles.parentElement;
    if (!list) throw new Error('No roles section.');
    expect(within(list).getAllByText(/: counting…/)).toHaveLength(2);
    expect(within(list).queryByText(/\d+ users?/)).not.toBeInTheDocument();
  });

  it('should name the roles as the descriptor does in the widget’s language', async () => {
    const server = createStubServer();
    const provider = {
      ...acmeHr,
      language: 'fr',
      roles: [
        { id: 'owner', name: 'Propriétaire', description: 'Dirige Acme' },
        { id: 'member', name: 'Membre', description: '' },
      ],
    };
    server.reply('getLinkSession', ok('getLinkSession', acmeSession({ provider })));
    const { user } = renderWidget({ locale: fr }, { server });
    await user.click(await screen.findByRole('button', { name: 'J’ai ma clé' }));
    await user.click(screen.getByLabelText('Acme token'));
    await user.paste('acme_0123456789');
    await user.click(screen.getByRole('button', { name: 'Vérifier la clé' }));
    await screen.findByRole('heading', { name: 'Voici ce que nous avons trouvé' });
    expect(screen.getByText('Propriétaire', { selector: 'strong' })).toBeVisible();
    expect(screen.getByText(/Dirige Acme/)).toBeVisible();
    expect(screen.queryByText('Owner', { selector: 'strong' })).not.toBeInTheDocument();
    expect(screen.getByText('Propriétaire, Membre')).toBeVisible();
  });

  it('given a linked account in a dialog, should say what was linked and close on Done', async () => {
    vi.stubGlobal('fetch', createStubServer().fetch);
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    function Host() {
      const [open, setOpen] = useState(true);
      return (
        <LinkAccountDialog
          open={open}
          onOpenChange={(next) => {
            onOpenChange(next);
            setOpen(next);
          }}
          sessionToken={STUB_TOKEN}
          serverUrl={STUB_URL}
        />
      );
    }
    render(<Host />);
    await submitKey(user);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Link account' }));
    await screen.findByRole('heading', { name: "You're all set" });
    expect(screen.getByText('Globex is linked to Acme HR.')).toBeVisible();
    expect(
      screen.getByText('This key belongs to Person 1 (person1@globex.example).'),
    ).toBeVisible();
    expect(screen.getByText('3 users and 2 roles will sync from Acme HR.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('given an inline widget, should not offer a Done that does nothing', async () => {
    const { user } = renderWidget();
    await submitKey(user);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Link account' }));
    await screen.findByRole('heading', { name: "You're all set" });
    expect(screen.queryByRole('button', { name: 'Done' })).not.toBeInTheDocument();
  });

  it('should name the check and the final link differently', async () => {
    const { user } = renderWidget();
    await openForm(user);
    expect(screen.getByRole('button', { name: 'Check key' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Link account' })).not.toBeInTheDocument();
  });
});

describe('errors with their own next step', () => {
  it('given a key without admin reach, should send the person to a super admin and the guide', async () => {
    const server = createStubServer();
    server.reply('verify', fail(422, 'insufficient_permissions'));
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.messages.errors.insufficient_permissions(context));
    expect(alert).toHaveTextContent(/super admin/);
    await user.click(within(alert).getByRole('button', { name: 'Show step 1 of the guide' }));
    expect(screen.getByRole('button', { name: /Step 1 of 2/ })).toHaveFocus();
  });

  it('given API access not enabled, should say so and point to where to ask for it', async () => {
    const server = createStubServer();
    server.reply('verify', fail(422, 'api_not_enabled'));
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.messages.errors.api_not_enabled(context));
    expect(en.messages.errors.api_not_enabled(context)).not.toBe(
      en.messages.errors.insufficient_permissions(context),
    );
    expect(within(alert).getByRole('link', { name: /Acme help centre/ })).toHaveAttribute(
      'href',
      'https://help.acme.example/tokens',
    );
  });

  it.each(['internal_error', 'provider_unavailable', 'invalid_credentials'] as const)(
    'given %s, should show the support contact',
    async (code) => {
      const server = createStubServer();
      server.reply('verify', fail(422, code));
      const { user } = renderWidget({}, { server });
      await submitKey(user);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Contact Widget support:');
      expect(within(alert).getByRole('link', { name: 'support@keylink.example' })).toHaveAttribute(
        'href',
        'mailto:support@keylink.example',
      );
    },
  );

  it('given the session ended, should show the support contact', async () => {
    const server = createStubServer();
    server.reply('verify', fail(410, 'session_expired'));
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    await screen.findByRole('heading', { name: 'This link has expired' });
    expect(screen.getByRole('link', { name: 'support@keylink.example' })).toBeVisible();
  });
});
