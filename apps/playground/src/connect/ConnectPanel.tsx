import { useState } from 'react';
import type { Preferences } from '../preferences/usePreferences';
import { ConnectTabs } from './ConnectTabs';
import { InlineWidget } from './InlineWidget';
import { useWidgetSession } from './useWidgetSession';
import type { WidgetCallbacks } from './widgetProps';
import { widgetProps } from './widgetProps';

type Variant = 'dialog' | 'inline';

interface ConnectPanelProps {
  preferences: Preferences & { resolvedTheme: 'light' | 'dark' };
  /** Opens the dialog variant with a new session (a reconnect one when given an account). */
  onOpenDialog: () => void;
  dialogStarting: boolean;
  dialogError: Error | null;
  callbacks: (source: string) => WidgetCallbacks;
}

/** The Lattice integration card: the widget as a dialog, or inline in the page. */
export function ConnectPanel({
  preferences,
  onOpenDialog,
  dialogStarting,
  dialogError,
  callbacks,
}: ConnectPanelProps) {
  const [variant, setVariant] = useState<Variant>('dialog');
  const inline = useWidgetSession();
  const { session: inlineSession, start: startInline, isStarting: inlineStarting } = inline;

  // The inline widget gets its session when its tab is shown (from the event, not an effect, so
  // StrictMode's doubled effects never make two sessions).
  const selectVariant = (next: Variant) => {
    setVariant(next);
    if (next === 'inline' && !inlineSession && !inlineStarting) startInline();
  };

  const inlineCallbacks = callbacks('inline');

  return (
    <section className="section integration" aria-labelledby="lattice-heading">
      <div className="integration-header">
        <span className="provider-logo" aria-hidden="true">
          L
        </span>
        <div>
          <h2 id="lattice-heading">Lattice</h2>
          <p className="muted">
            Bring your people, their managers and their admin rights from Lattice into Acme. A
            Lattice super admin pastes an API key; Acme never sees it.
          </p>
        </div>
      </div>
      <ConnectTabs
        label="How the widget opens"
        selected={variant}
        onSelect={selectVariant}
        tabs={[
          {
            id: 'dialog',
            label: 'As a dialog',
            panel: (
              <div className="stack">
                <p>The usual way: a button in your settings page opens the widget over it.</p>
                <div>
                  <button
                    type="button"
                    className="button primary"
                    onClick={onOpenDialog}
                    aria-busy={dialogStarting}
                  >
                    {dialogStarting ? 'Opening…' : 'Connect Lattice'}
                  </button>
                </div>
                {dialogError ? (
                  <p role="alert" className="error-text">
                    {dialogError.message}
                  </p>
                ) : null}
              </div>
            ),
          },
          {
            id: 'inline',
            label: 'Inline',
            panel: (
              <div className="stack">
                <p>The same widget placed in the page, for an onboarding step.</p>
                {inline.error ? (
                  <p role="alert" className="error-text">
                    {inline.error.message}
                  </p>
                ) : null}
                {inlineSession ? (
                  <div lang={preferences.locale} className="inline-widget">
                    <InlineWidget
                      key={inlineSession.key}
                      props={widgetProps(inlineSession, preferences, {
                        ...inlineCallbacks,
                        onExit: (exit) => {
                          inlineCallbacks.onExit(exit);
                          // Cancel starts over; an ended session (expired, used, locked) stays
                          // on screen with its explanation until "Start over".
                          if (exit.reason === 'cancelled') startInline();
                        },
                      })}
                    />
                  </div>
                ) : inline.error ? null : (
                  <p>Opening a connect session…</p>
                )}
                <div>
                  <button
                    type="button"
                    className="button ghost"
                    onClick={() => startInline()}
                    disabled={inlineStarting}
                  >
                    Start over with a new session
                  </button>
                </div>
              </div>
            ),
          },
        ]}
      />
    </section>
  );
}
