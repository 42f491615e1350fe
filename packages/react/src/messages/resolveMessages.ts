import { en } from './en';
import { fr } from './fr';
import type { LinkAccountMessageOverrides, LinkAccountMessages } from './LinkAccountMessages';

/** The locales with a complete catalogue. */
export type LinkAccountLocale = 'en' | 'fr';

const catalogues: Record<LinkAccountLocale, LinkAccountMessages> = { en, fr };

/** The catalogue's language for a locale tag: `fr-CA` → `fr`; anything unknown → `en`. */
export function languageOf(locale: string): LinkAccountLocale {
  return locale.toLowerCase().split('-')[0] === 'fr' ? 'fr' : 'en';
}

/**
 * The catalogue for a locale with the host's overrides laid over it. An unknown locale falls back
 * to English; a region tag ("fr-CA") uses its language.
 */
export function resolveMessages(
  locale: string,
  overrides: LinkAccountMessageOverrides = {},
): LinkAccountMessages {
  const base = catalogues[languageOf(locale)];
  return {
    ...base,
    ...overrides,
    errors: { ...base.errors, ...overrides.errors },
    endHeadings: { ...base.endHeadings, ...overrides.endHeadings },
    endTexts: { ...base.endTexts, ...overrides.endTexts },
    statuses: { ...base.statuses, ...overrides.statuses },
    noticeKinds: { ...base.noticeKinds, ...overrides.noticeKinds },
    sampleColumns: { ...base.sampleColumns, ...overrides.sampleColumns },
  };
}
