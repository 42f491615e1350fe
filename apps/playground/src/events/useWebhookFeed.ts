import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../api';

/**
 * Puts each webhook Acme's backend received into the event log (once, oldest first) and reloads
 * the accounts, so a key revoked in Lattice shows as "Needs reconnect" without a page reload.
 * The backend keeps them; the page asks every second.
 */
export function useWebhookFeed(log: (source: string, type: string, detail?: unknown) => void) {
  const queryClient = useQueryClient();
  const seen = useRef(new Set<string>());
  const events = useQuery({
    queryKey: ['webhook-events'],
    queryFn: api.webhookEvents,
    refetchInterval: 1000,
  });

  useEffect(() => {
    const fresh = (events.data?.data ?? []).filter((event) => !seen.current.has(event.id));
    if (fresh.length === 0) return;
    for (const event of [...fresh].reverse()) {
      seen.current.add(event.id);
      const { accountId, status, access, reason } = event.data;
      log('webhook', event.type, {
        accountId,
        status,
        access,
        ...(reason ? { reason: reason.code } : {}),
      });
    }
    void queryClient.invalidateQueries({ queryKey: ['accounts'] });
  }, [events.data, log, queryClient]);

  return { enabled: events.data?.enabled ?? false };
}
