import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as widget from './index';
import { LinkAccountDialog, en } from './index';
import type { LinkAccountLocale } from './index';
import { fr } from './locales/fr';
import { renderWidget } from './test/renderWidget';
import { STUB_TOKEN, STUB_URL, createStubServer, fail } from './test/stubServer';

describe('LinkAccount messages', () => {
  it('should keep other locales out of the main entry, so hosts download only those they import', () => {
    expect(Object.keys(widget)).toContain('en');
    expect(Object.keys(widget)).not.toContain('fr');
    expect(Object.keys(widget)).not.toContain('de');
    expect(Object.keys(widget)).not.toContain('es');
  });

  it('given no locale, should render in English with lang en', async () => {
    renderWidget();
    expect(await screen.findByRole('heading', { name: 'Connect Acme HR' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Link account' })).toHaveAttribute('lang', 'en');
  });

  it('given the French locale, should render the flow in French', async () => {
    const { user } = renderWidget({ locale: fr });
    expect(await screen.findByRole('heading', { name: 'Connecter Acme HR' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Connecter un compte' })).toHaveAttribute(
      'lang',
      'fr',
    );
    await user.click(screen.getByRole('button', { name: 'J’ai ma clé' }));
    expect(screen.getByRole('combobox', { name: 'Région' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vérifier la clé' })).toBeInTheDocument();
  });

  it('given French with a region tag, should render French texts under that tag', async () => {
    renderWidget({ locale: { ...fr, tag: 'fr-CA' } });
    expect(await screen.findByRole('heading', { name: 'Connecter Acme HR' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Connecter un compte' })).toHaveAttribute(
      'lang',
      'fr-CA',
    );
  });

  it("given a host's own locale, should render its texts and tag", async () => {
    const pirate: LinkAccountLocale = {
      tag: 'en-x-pirate',
      messages: { ...en.messages, title: (provider) => `Board ${provider}, matey` },
    };
    renderWidget({ locale: pirate });
    expect(
      await screen.findByRole('heading', { name: 'Board Acme HR, matey' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Link account' })).toHaveAttribute(
      'lang',
      'en-x-pirate',
    );
  });

  it('given the French locale, should label the dialog and its close button in French', async () => {
    render(
      <LinkAccountDialog
        open
        onOpenChange={() => {}}
        sessionToken={STUB_TOKEN}
        serverUrl={STUB_URL}
        locale={fr}
      />,
    );
    expect(screen.getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fermer' }).closest('dialog')).toHaveAttribute(
      'lang',
      'fr',
    );
  });

  it('given overrides, should use them and keep the rest of the locale', async () => {
    const server = createStubServer();
    server.reply('verify', fail(503, 'provider_unavailable'));
    const { user } = renderWidget(
      {
        locale: fr,
        messages: {
          guideContinue: 'C’est parti',
          errors: { provider_unavailable: ({ provider }) => `${provider} fait la sieste.` },
        },
      },
      { server },
    );
    await user.click(await screen.findByRole('button', { name: 'C’est parti' }));
    await user.type(screen.getByLabelText('Acme token'), 'acme_0123456789');
    await user.click(screen.getByRole('button', { name: 'Vérifier la clé' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Acme HR fait la sieste.');
    expect(screen.getByRole('alert')).toHaveTextContent('Cela n’a pas fonctionné');
  });

  it('given overrides without a locale, should lay them over English', async () => {
    renderWidget({ messages: { guideContinue: 'Got it', statuses: { active: 'Current' } } });
    expect(await screen.findByRole('button', { name: 'Got it' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });
});
