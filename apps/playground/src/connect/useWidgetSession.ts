import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { SessionResponse } from '../api';
import { api } from '../api';

/** A connect session the page opened, and whether it links a new account or reconnects one. */
export interface WidgetSession extends SessionResponse {
  accountId: string | undefined;
  /** Changes with every session, so the widget starts fresh. */
  key: number;
}

/**
 * Asks Acme's backend for a connect session (the backend holds the secret key) and keeps the
 * one the widget shows. `start(accountId)` makes a reconnect session.
 */
export function useWidgetSession() {
  const [session, setSession] = useState<WidgetSession | null>(null);
  const count = useRef(0);
  const create = useMutation({
    mutationFn: (accountId: string | undefined) => api.createSession(accountId),
    onSuccess: (created, accountId) => setSession({ ...created, accountId, key: ++count.current }),
  });
  return {
    session,
    start: (accountId?: string) => create.mutate(accountId),
    isStarting: create.isPending,
    error: create.error,
    close: () => {
      setSession(null);
      create.reset();
    },
  };
}
