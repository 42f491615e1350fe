import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en, fr } from './index';
import type { LinkAccountMessages } from './index';
import { renderWidget } from './test/renderWidget';
import { createStubServer, fail } from './test/stubServer';

/** Every text of a catalogue, with its functions called on sample values. */
function leaves(catalogue: LinkAccountMessages): string[] {
  const { errors, ...rest } = catalogue;
  const sample = { provider: 'Acme HR', guideStep: 2, hasRegions: true, retryAfterSeconds: 3 };
  const walk = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return walk(String(value('Acme HR', 2, 3, true)));
    if (value && typeof value === 'object') return Object.values(value).flatMap(walk);
    return [];
  };
  return [...walk(rest), ...Object.values(errors).map((message) => message(sample))];
}

describe('LinkAccount messages', () => {
  it('should have a complete French catalogue, different from the English one', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(fr.errors).sort()).toEqual(Object.keys(en.errors).sort());
    const french = leaves(fr);
    const english = leaves(en);
    expect(french).toHaveLength(english.length);
    expect(french.every((text) => text.trim().length > 0 && !text.includes('undefined'))).toBe(
      true,
    );
    // Only symbols may be the same in both languages.
    expect(french.filter((text, i) => text === english[i] && /\p{L}{2}/u.test(text))).toEqual([]);
  });

  it('given locale fr, should render the flow in French', async () => {
    const { user } = renderWidget({ locale: 'fr' });
    expect(await screen.findByRole('heading', { name: 'Connecter Acme HR' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Connecter un compte' })).toHaveAttribute(
      'lang',
      'fr',
    );
    await user.click(screen.getByRole('button', { name: 'J’ai ma clé' }));
    expect(screen.getByRole('combobox', { name: 'Région' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Connecter' })).toBeInTheDocument();
  });

  it('given a regional French locale, should use French; an unknown one, English', async () => {
    renderWidget({ locale: 'fr-CA' });
    expect(await screen.findByRole('heading', { name: 'Connecter Acme HR' })).toBeInTheDocument();
  });

  it('given overrides, should use them and keep the rest of the locale', async () => {
    const server = createStubServer();
    server.reply('verify', fail(503, 'provider_unavailable'));
    const { user } = renderWidget(
      {
        locale: 'fr',
        messages: {
          guideContinue: 'C’est parti',
          errors: { provider_unavailable: ({ provider }) => `${provider} fait la sieste.` },
        },
      },
      { server },
    );
    await user.click(await screen.findByRole('button', { name: 'C’est parti' }));
    await user.type(screen.getByLabelText('Acme token'), 'acme_0123456789');
    await user.click(screen.getByRole('button', { name: 'Connecter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Acme HR fait la sieste.');
    expect(screen.getByRole('alert')).toHaveTextContent('Cela n’a pas fonctionné');
  });
});
