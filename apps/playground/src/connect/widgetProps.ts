import { en } from '@keylink/react';
import type {
  LinkAccountLocale,
  LinkAccountOnEvent,
  LinkAccountOnExit,
  LinkAccountOnSuccess,
  LinkAccountProps,
} from '@keylink/react';
import { de } from '@keylink/react/locales/de';
import { es } from '@keylink/react/locales/es';
import { fr } from '@keylink/react/locales/fr';
import type { Locale, Preferences } from '../preferences/usePreferences';
import type { WidgetSession } from './useWidgetSession';

/** The widget's locale for each language the page offers (English is built in; the others are subpaths). */
const widgetLocales: Record<Locale, LinkAccountLocale> = { en, fr, de, es };

/** Acme's brand colour, per theme (as the page's own CSS has it), so the widget looks at home. */
const acmeBrandColors = { light: '#4338ca', dark: '#a5b4fc' } as const;

export interface WidgetCallbacks {
  onSuccess: LinkAccountOnSuccess;
  onExit: LinkAccountOnExit;
  onEvent: LinkAccountOnEvent;
}

/** The props every variant of the widget gets from the page. */
export function widgetProps(
  session: WidgetSession,
  preferences: Preferences & { resolvedTheme: 'light' | 'dark' },
  callbacks: WidgetCallbacks,
): LinkAccountProps {
  return {
    sessionToken: session.token,
    serverUrl: session.serverUrl,
    theme: { mode: preferences.theme, brandColor: acmeBrandColors[preferences.resolvedTheme] },
    locale: widgetLocales[preferences.locale],
    ...callbacks,
  };
}
