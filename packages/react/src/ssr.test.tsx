// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server rendering', () => {
  it('should import and render to a string without window or document', async () => {
    expect(typeof globalThis.window).toBe('undefined');
    const { LinkAccount } = await import('./index');
    await import('./mount');
    const html = renderToString(
      <LinkAccount
        sessionToken="t"
        serverUrl="https://keylink.test"
        theme={{ mode: 'dark', brandColor: '#0f766e' }}
        onSuccess={() => {}}
        onExit={() => {}}
        onEvent={() => {}}
      />,
    );
    expect(html).toContain('kl-root kl-theme-dark');
    expect(html).toContain('Loading…');
    // No inline style for a strict CSP to block: the brand colour is set in the browser.
    expect(html).not.toContain('style=');
  });

  it('given the French locale from its subpath, should render French with lang fr', async () => {
    const { LinkAccount } = await import('./index');
    const { fr } = await import('./locales/fr');
    const html = renderToString(
      <LinkAccount sessionToken="t" serverUrl="https://keylink.test" locale={fr} />,
    );
    expect(html).toContain('lang="fr"');
    expect(html).toContain('Chargement…');
  });
});
