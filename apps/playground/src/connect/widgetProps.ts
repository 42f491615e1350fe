import type { Locale, ThemeMode } from '../preferences/usePreferences';
import type { WidgetSession } from './useWidgetSession';

/** Acme's brand colour, passed to the widget so it looks at home. */
export const acmeBrandColor = '#4338ca';

export interface WidgetCallbacks {
  onSuccess: (result: { accountId: string; provider: string }) => void;
  onExit: (exit: { reason: string }) => void;
  onEvent: (event: { type: string }) => void;
}

/** The props every variant of the widget gets from the page. */
export function widgetProps(
  session: WidgetSession,
  preferences: { theme: ThemeMode; locale: Locale },
  callbacks: WidgetCallbacks,
) {
  return {
    sessionToken: session.token,
    serverUrl: session.serverUrl,
    theme: { mode: preferences.theme, brandColor: acmeBrandColor },
    locale: preferences.locale,
    ...callbacks,
  };
}
