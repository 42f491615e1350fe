import { PreferencesForm } from './preferences/PreferencesForm';
import type { Preferences } from './preferences/usePreferences';

interface AppHeaderProps {
  preferences: Preferences;
  onChange: (change: Partial<Preferences>) => void;
}

/** Acme's top bar: brand, navigation, the signed-in organisation and the display switches. */
export function AppHeader({ preferences, onChange }: AppHeaderProps) {
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          A
        </span>
        <span className="brand-name">Acme People Analytics</span>
      </div>
      <nav aria-label="Main" className="main-nav">
        <ul>
          <li>
            <a href="#main">Dashboard</a>
          </li>
          <li>
            <a href="#main">People</a>
          </li>
          <li>
            <a href="#main" aria-current="page">
              Integrations
            </a>
          </li>
        </ul>
      </nav>
      <PreferencesForm preferences={preferences} onChange={onChange} />
    </header>
  );
}
