import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWidget } from './test/renderWidget';
import { createStubServer, fail } from './test/stubServer';

/** Splits a selector list on its top-level commas (not those inside `:is(…)`). */
function topLevelParts(list: string): string[] {
  const parts = [''];
  let depth = 0;
  for (const char of list) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts;
}

describe('LinkAccount theming', () => {
  it('should put the mode in a class and the brand colour in custom properties only', () => {
    renderWidget({ theme: { mode: 'dark', brandColor: '#fde047' }, className: 'host-extra' });
    const root = screen.getByRole('region', { name: 'Link account' });
    expect(root).toHaveClass('kl-root', 'kl-theme-dark', 'host-extra');
    expect(root.style.getPropertyValue('--kl-brand')).toBe('#fde047');
    // A light brand colour gets dark text on it.
    expect(root.style.getPropertyValue('--kl-on-brand')).toBe('#111827');
    expect([...root.style].every((property) => property.startsWith('--kl-'))).toBe(true);
  });

  it('should follow the system by default', () => {
    renderWidget();
    expect(screen.getByRole('region', { name: 'Link account' })).toHaveClass('kl-theme-system');
  });

  it('should scope every rule of styles.css under a kl- class', () => {
    const css = readFileSync(join(import.meta.dirname, 'styles.css'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@keyframes[^{]+\{(?:[^{}]*\{[^{}]*\})*\s*\}/g, '');
    const selectors = [...css.matchAll(/([^{}@]+)\{[^{}]*\}/g)]
      .flatMap((match) => topLevelParts(match[1] ?? ''))
      .map((selector) => selector.trim())
      .filter(Boolean);
    expect(selectors.length).toBeGreaterThan(20);
    expect(selectors.filter((selector) => !selector.startsWith('.kl-'))).toEqual([]);
  });

  it('given two widgets on a page, should keep their states apart', async () => {
    const ended = createStubServer();
    ended.reply('getLinkSession', fail(410, 'session_expired'));
    renderWidget({}, { server: ended });
    expect(
      await screen.findByRole('heading', { name: 'This link has expired' }),
    ).toBeInTheDocument();
    renderWidget({ className: 'second' });
    expect(await screen.findByRole('heading', { name: 'How to get your key' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'This link has expired' })).toBeInTheDocument();
  });
});
