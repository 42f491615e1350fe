import type { Locale, Preferences, ThemeMode } from './usePreferences';

const themes: readonly { value: ThemeMode; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

const locales: readonly { value: Locale; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
  { value: 'de', label: 'Deutsch' },
  { value: 'es', label: 'Español' },
];

interface PreferencesFormProps {
  preferences: Preferences;
  onChange: (change: Partial<Preferences>) => void;
}

/** Theme and widget language: the switches a host passes to the widget as props. */
export function PreferencesForm({ preferences, onChange }: PreferencesFormProps) {
  return (
    <form
      className="preferences"
      aria-label="Display preferences"
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="segmented">
        <legend>Theme</legend>
        {themes.map((theme) => (
          <label key={theme.value}>
            <input
              type="radio"
              name="theme"
              value={theme.value}
              checked={preferences.theme === theme.value}
              onChange={() => onChange({ theme: theme.value })}
            />
            <span>{theme.label}</span>
          </label>
        ))}
      </fieldset>
      <label className="select-field">
        <span>Widget language</span>
        <select
          value={preferences.locale}
          onChange={(event) => {
            const locale = locales.find((l) => l.value === event.target.value);
            if (locale) onChange({ locale: locale.value });
          }}
        >
          {locales.map((locale) => (
            <option key={locale.value} value={locale.value} lang={locale.value}>
              {locale.label}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
