import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { LinkedAccounts } from './accounts/LinkedAccounts';
import { ConnectPanel } from './connect/ConnectPanel';
import { useWidgetSession } from './connect/useWidgetSession';
import { WidgetDialog } from './connect/WidgetDialog';
import type { WidgetCallbacks } from './connect/widgetProps';
import { EventLog } from './events/EventLog';
import { useEventLog } from './events/useEventLog';
import { useWebhookFeed } from './events/useWebhookFeed';
import { AppHeader } from './AppHeader';
import { SandboxKeysPanel } from './sandbox/SandboxKeysPanel';
import { usePreferences } from './preferences/usePreferences';

/** Acme People Analytics' integrations page: a host app embedding the Keylink widget. */
export function App() {
  const { preferences, resolvedTheme, update } = usePreferences();
  const look = { ...preferences, resolvedTheme };
  const { events, log, clear } = useEventLog();
  const webhooks = useWebhookFeed(log);
  const queryClient = useQueryClient();
  const dialog = useWidgetSession();

  const callbacks = useCallback(
    (source: string): WidgetCallbacks => ({
      onEvent: (event) => {
        const { type, ...detail } = event;
        log(source, type, Object.keys(detail).length > 0 ? detail : undefined);
      },
      onSuccess: (result) => {
        log(source, 'onSuccess', result);
        void queryClient.invalidateQueries({ queryKey: ['accounts'] });
      },
      onExit: (exit) => log(source, 'onExit', exit),
    }),
    [log, queryClient],
  );

  const dialogCallbacks = callbacks('dialog');

  const openDialog = (accountId?: string) => {
    if (!dialog.isStarting) dialog.start(accountId);
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader preferences={preferences} onChange={update} />
      <div className="layout">
        <main id="main" className="content" tabIndex={-1}>
          <h1>Integrations</h1>
          <p className="lead">
            Connect the tools your company already uses. Acme reads people and roles; it never
            writes back.
          </p>
          <ConnectPanel
            preferences={look}
            onOpenDialog={() => openDialog()}
            dialogStarting={dialog.isStarting && !dialog.session}
            dialogError={dialog.session ? null : dialog.error}
            callbacks={callbacks}
          />
          <LinkedAccounts
            onReconnect={(accountId) => openDialog(accountId)}
            onRemoved={(accountId) => log('page', 'account_removed', { accountId })}
          />
        </main>
        <aside className="sidebar" aria-label="Demo tools">
          <SandboxKeysPanel />
          <EventLog events={events} onClear={clear} webhooks={webhooks.enabled} />
        </aside>
      </div>
      <WidgetDialog
        session={dialog.session}
        preferences={look}
        callbacks={dialogCallbacks}
        onClose={dialog.close}
      />
    </div>
  );
}
