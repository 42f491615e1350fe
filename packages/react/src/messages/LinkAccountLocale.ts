import type { LinkAccountMessages } from './LinkAccountMessages';

/**
 * A language for the widget: its BCP 47 tag and every text in it. English is built in (`en`);
 * other locales are imported from `@keylink/react/locales/*`, so a host downloads only the ones it
 * passes. A host may write its own with a complete `LinkAccountMessages`.
 *
 * @example
 * import type { LinkAccountLocale } from '@keylink/react';
 * const de: LinkAccountLocale = { tag: 'de', messages: { widgetLabel: 'Konto verbinden', … } };
 * <LinkAccount locale={de} … />
 */
export interface LinkAccountLocale {
  /** The language tag, e.g. `fr` or `fr-CA`: set as the widget's `lang` attribute. */
  tag: string;
  /** Every text of the widget in that language. */
  messages: LinkAccountMessages;
}
