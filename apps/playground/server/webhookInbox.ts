import { AccountEventPayload } from '@keylink/contract';
import type { AccountEventPayload as Payload } from '@keylink/contract';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

/** One webhook Acme's backend accepted, as the page lists it. */
interface ReceivedEvent extends Payload {
  /** The `webhook-id`: the same on every retry, so a repeat is recognised. */
  id: string;
  receivedAt: string;
}

/** Per organisation: the page polls for its own. */
const keptPerOrganisation = 200;

type InboxAnswer =
  { ok: true; duplicate: boolean } | { ok: false; status: 400 | 401; message: string };

/**
 * What a host does with Keylink's webhooks: checks each signature with standardwebhooks'
 * verifier (which also refuses a timestamp more than 5 minutes off), ignores a repeat of an id it
 * already has (delivery is at least once), and keeps the event, here in memory for the page.
 *
 * @example
 * const inbox = createWebhookInbox(process.env.KEYLINK_WEBHOOK_SECRET);
 * const answer = inbox.receive(await request.text(), Object.fromEntries(request.headers));
 */
export function createWebhookInbox(secret: string) {
  const verifier = new Webhook(secret);
  const byOrganisation = new Map<string, ReceivedEvent[]>();
  const seen = new Set<string>();

  return {
    receive(body: string, headers: Record<string, string>): InboxAnswer {
      let verified: unknown;
      try {
        verified = verifier.verify(body, headers);
      } catch (error) {
        if (!(error instanceof WebhookVerificationError)) throw error;
        return { ok: false, status: 401, message: `Signature refused: ${error.message}.` };
      }
      const payload = AccountEventPayload.safeParse(verified);
      const id = headers['webhook-id'] ?? '';
      if (!payload.success) {
        return { ok: false, status: 400, message: 'Not a Keylink account event.' };
      }
      if (seen.has(id)) return { ok: true, duplicate: true };
      seen.add(id);
      const owner = payload.data.data.originOwnerId;
      const list = byOrganisation.get(owner) ?? [];
      list.unshift({ id, receivedAt: new Date().toISOString(), ...payload.data });
      byOrganisation.set(owner, list.slice(0, keptPerOrganisation));
      return { ok: true, duplicate: false };
    },
    /** The organisation's events, newest first. */
    list(organisationId: string): readonly ReceivedEvent[] {
      return byOrganisation.get(organisationId) ?? [];
    },
  };
}
