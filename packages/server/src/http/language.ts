import { match } from '@formatjs/intl-localematcher';
import type { Connector, DescriptorLanguage, ProviderDescriptor } from '@keylink/contract';
import { descriptorLanguages } from '@keylink/contract';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';

function isDescriptorLanguage(value: string): value is DescriptorLanguage {
  return descriptorLanguages.some((language) => language === value);
}

/** The tag as Intl writes it, or null for something that is not a language tag. */
function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The best of Keylink's languages for an Accept-Language header: its tags in order of preference
 * (q-values honoured, `*` and garbage ignored), each matched to the nearest language Keylink has
 * (`fr-CA` finds `fr`), English when nothing fits or there is no header.
 *
 * @example
 * negotiateLanguage('de-CH, fr;q=0.8') // 'de'
 */
export function negotiateLanguage(c: Context): DescriptorLanguage {
  const picked = accepts(c, {
    header: 'Accept-Language',
    supports: [...descriptorLanguages],
    default: 'en',
    match: (accepted) => {
      // `*` (what fetch sends by default) says nothing; skipped here rather than by canonical,
      // whose thrown RangeError costs more than the rest of the negotiation.
      const requested = accepted
        .filter((entry) => entry.q > 0 && entry.type !== '*')
        .sort((a, b) => b.q - a.q)
        .map((entry) => canonical(entry.type))
        .filter((tag) => tag !== null);
      return requested.length === 0
        ? 'en'
        : match(requested, descriptorLanguages, 'en', { algorithm: 'best fit' });
    },
  });
  return isDescriptorLanguage(picked) ? picked : 'en';
}

/**
 * The connector's descriptor in the request's best language, and a function that makes an
 * answer say which (Content-Language) and that it depends on the request's (Vary), so caches
 * keep them apart. (Set on the answer itself: Hono adds `c.header` values only to answers it
 * makes.)
 */
export function localizedDescriptor(
  c: Context,
  connector: Connector,
): { descriptor: ProviderDescriptor; labelled: (response: Response) => Response } {
  const language = negotiateLanguage(c);
  return {
    descriptor: connector.descriptors[language],
    labelled: (response) => {
      response.headers.set('Content-Language', language);
      response.headers.append('Vary', 'Accept-Language');
      return response;
    },
  };
}
