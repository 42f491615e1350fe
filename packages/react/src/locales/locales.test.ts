import { describe, expect, it } from 'vitest';
import type { LinkAccountLocale } from '../index';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/**
 * Every text of a catalogue with its path. Functions are called with sample values (a count, a
 * step, a flag…) so their sentences are compared too; error messages get an error's context.
 */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const sample = path.startsWith('errors.')
      ? [{ provider: 'Acme HR', guideStep: 2, hasRegions: true, retryAfterSeconds: 3 }]
      : [10000, 3, 2, true];
    return leaves(String(value(...sample)), path);
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/**
 * Texts a native speaker writes exactly as in English, by path. Anything else equal to the
 * English is a text someone forgot to translate, or one added in English only.
 */
const sameAsEnglish: Record<string, readonly string[]> = {
  fr: [],
  de: ['regionLabel', 'confirmRegion', 'sampleColumns.name'],
  es: ['rolesHeading', 'sampleColumns.roles'],
};

const english = new Map(leaves(en.messages));

describe.each([
  ['fr', fr],
  ['de', de],
  ['es', es],
] as const)('the %s locale', (tag: string, locale: LinkAccountLocale) => {
  const texts = new Map(leaves(locale.messages));

  it('should be tagged with its language', () => {
    expect(locale.tag).toBe(tag);
  });

  it('should have every English message, and no other', () => {
    const missing = [...english.keys()].filter((path) => !texts.has(path));
    const extra = [...texts.keys()].filter((path) => !english.has(path));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('should translate every message', () => {
    const allowed = new Set(sameAsEnglish[tag]);
    const untranslated = [...texts].filter(
      ([path, text]) => text === english.get(path) && /\p{L}{2}/u.test(text) && !allowed.has(path),
    );
    expect(untranslated).toEqual([]);
    const broken = [...texts].filter(
      ([, text]) => text.trim() === '' || /undefined|NaN|\[object/.test(text),
    );
    expect(broken).toEqual([]);
  });
});

describe('numbers and plurals', () => {
  it.each([
    [en, '10,000 users', '1 user'],
    [fr, '10 000 utilisateurs', '1 utilisateur'],
    [de, '10.000 Benutzer', '1 Benutzer'],
    [es, '10.000 usuarios', '1 usuario'],
  ])('should write counts as the language does', (locale, many, one) => {
    // Intl separates French thousands with a narrow no-break space.
    expect(locale.messages.totalUsers(10000).replace(/\u202f|\u00a0/g, ' ')).toBe(many);
    expect(locale.messages.totalUsers(1)).toBe(one);
  });

  it('should pick the plural form by the language’s rules', () => {
    expect(en.messages.confirmSummary(1, 1, 'Lattice', true)).toBe(
      '1 user and 1 role will sync from Lattice.',
    );
    expect(fr.messages.confirmSummary(0, 2, 'Lattice', true)).toBe(
      '0 utilisateur et 2 rôles seront synchronisés depuis Lattice.',
    );
    expect(es.messages.confirmSummary(1, 3, 'Lattice', false)).toBe(
      'Se sincronizará al menos 1 usuario y 3 roles desde Lattice.',
    );
  });
});
