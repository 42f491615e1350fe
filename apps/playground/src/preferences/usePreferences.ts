import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

export type ThemeMode = 'light' | 'dark' | 'system';
export type Locale = 'en' | 'fr' | 'de' | 'es';

export interface Preferences {
  theme: ThemeMode;
  locale: Locale;
}

const storageKey = 'acme.preferences';
const darkQuery = '(prefers-color-scheme: dark)';

function isTheme(value: unknown): value is ThemeMode {
  return value === 'light' || value === 'dark' || value === 'system';
}

function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fr' || value === 'de' || value === 'es';
}

function readStored(): Preferences {
  const fallback: Preferences = { theme: 'system', locale: 'en' };
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return fallback;
    const theme = 'theme' in stored && isTheme(stored.theme) ? stored.theme : fallback.theme;
    const locale = 'locale' in stored && isLocale(stored.locale) ? stored.locale : fallback.locale;
    return { theme, locale };
  } catch {
    return fallback;
  }
}

function subscribeToScheme(onChange: () => void) {
  const query = window.matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * The page's theme and language, remembered in localStorage (they are not secrets). The resolved
 * theme lands on `<html data-theme>` so the page's own CSS follows it.
 */
export function usePreferences() {
  const [preferences, setPreferences] = useState(readStored);
  const systemDark = useSyncExternalStore(
    subscribeToScheme,
    () => window.matchMedia(darkQuery).matches,
  );
  const resolvedTheme =
    preferences.theme === 'system' ? (systemDark ? 'dark' : 'light') : preferences.theme;

  useEffect(() => {
    document.documentElement.dataset.theme = resolvedTheme;
    document.documentElement.style.colorScheme = resolvedTheme;
  }, [resolvedTheme]);

  const update = useCallback((change: Partial<Preferences>) => {
    setPreferences((current) => {
      const next = { ...current, ...change };
      localStorage.setItem(storageKey, JSON.stringify(next));
      return next;
    });
  }, []);

  return { preferences, resolvedTheme, update };
}
