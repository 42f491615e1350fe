import { LinkAccountDialog } from '@keylink/react';
import type { Preferences } from '../preferences/usePreferences';
import type { WidgetSession } from './useWidgetSession';
import type { WidgetCallbacks } from './widgetProps';
import { widgetProps } from './widgetProps';

interface WidgetDialogProps {
  /** The session to show; the dialog is open while there is one. */
  session: WidgetSession | null;
  preferences: Preferences & { resolvedTheme: 'light' | 'dark' };
  callbacks: WidgetCallbacks;
  onClose: () => void;
}

/**
 * The widget as a modal. It stays mounted and opens once the backend has made a session (a round
 * trip after the click), so it knows which button to give focus back to when it closes.
 */
export function WidgetDialog({ session, preferences, callbacks, onClose }: WidgetDialogProps) {
  const props = session
    ? widgetProps(session, preferences, callbacks)
    : { sessionToken: '', serverUrl: '', ...callbacks };
  return (
    <LinkAccountDialog
      {...props}
      open={session !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    />
  );
}
