import { Verification } from '@keylink/contract';
import type {
  Connector,
  Credentials,
  DescriptorLanguage,
  ProviderDescriptor,
  VerifyRequest,
  VerifyResponse,
} from '@keylink/contract';
import type { Deps, SessionRow } from './context';
import { isoNow } from './context';
import { sealCredentials, sessionAad } from './credentials';
import { HttpError } from './http/HttpError';
import { resolveTarget } from './linkTarget';
import type { PreviewWalker } from './previewWalker';
import { callProvider } from './providerCall';
import { providerTextForStorage } from './scrub';
import { assertSessionOpen, connectorOf } from './sessions';

type Issue = { path: string; message: string };

/**
 * Checks the typed values against the provider's own form: its fields, lengths and regions. The
 * descriptor is the one in the person's language, so a field's message reads as the widget's.
 */
function checkAgainstDescriptor(
  connector: Connector,
  descriptor: ProviderDescriptor,
  request: VerifyRequest,
): { credentials: Credentials; region: string | null } {
  const { credentialFields, regions, defaultRegion } = descriptor;
  const issues: Issue[] = [];
  const credentials: Record<string, string> = {};
  for (const field of credentialFields) {
    const value = request.credentials[field.name]?.trim() ?? '';
    if (value === '') {
      issues.push({
        path: `credentials.${field.name}`,
        message: field.requiredMessage ?? `Enter the ${field.label}.`,
      });
    } else if (value.length > field.maxLength) {
      issues.push({
        path: `credentials.${field.name}`,
        message:
          field.tooLongMessage ??
          `The ${field.label} is longer than ${field.maxLength} characters: paste only the key.`,
      });
    } else credentials[field.name] = value;
  }
  for (const name of Object.keys(request.credentials)) {
    if (!credentialFields.some((field) => field.name === name)) {
      issues.push({ path: `credentials.${name}`, message: 'This field is not part of the form.' });
    }
  }
  // The connector's own look at the values (e.g. characters no key can hold): a mistake the
  // person can fix, found without calling the provider, so no attempt is spent on it.
  for (const issue of connector.credentialIssues?.(credentials) ?? []) {
    issues.push({ path: `credentials.${issue.field}`, message: issue.message });
  }
  let region: string | null = null;
  if (regions.length === 0) {
    if (request.region !== undefined)
      issues.push({ path: 'region', message: 'This provider has no regions.' });
  } else {
    region = request.region ?? defaultRegion;
    if (region === null || !regions.some((known) => known.id === region)) {
      issues.push({
        path: 'region',
        message: `Choose one of: ${regions.map((known) => known.id).join(', ')}.`,
      });
    }
  }
  if (issues.length > 0) {
    throw new HttpError('invalid_request', 'Some fields need fixing before checking the key.', {
      issues,
    });
  }
  return { credentials, region };
}

/** Counts an attempt atomically; refuses when the session is spent, expired or locked. */
async function spendAttempt(deps: Deps, session: SessionRow): Promise<void> {
  const result = await deps.db
    .updateTable('keylink_sessions')
    .set((eb) => ({ verify_attempts: eb('verify_attempts', '+', 1) }))
    .where('id', '=', session.id)
    .where('status', '!=', 'used')
    .where('expires_at', '>', isoNow(deps))
    .where('verify_attempts', '<', deps.settings.maxVerifyAttempts)
    .executeTakeFirst();
  if (result.numUpdatedRows > 0n) return;
  const current = await deps.db
    .selectFrom('keylink_sessions')
    .selectAll()
    .where('id', '=', session.id)
    .executeTakeFirstOrThrow();
  assertSessionOpen(deps, current);
  throw new HttpError(
    'too_many_attempts',
    `This session allows ${deps.settings.maxVerifyAttempts} tries and they are used up. Close the window and start linking again.`,
  );
}

/**
 * Verifies the credentials with the provider (within a deadline), keeps them encrypted on the
 * session (not an account yet), stores the first preview and starts the walk to complete it.
 */
export async function verifySession(
  deps: Deps,
  walker: PreviewWalker,
  session: SessionRow,
  request: VerifyRequest,
  clientSignal: AbortSignal,
  language: DescriptorLanguage = 'en',
): Promise<VerifyResponse> {
  assertSessionOpen(deps, session);
  const connector = connectorOf(deps, session.provider);
  const { credentials, region } = checkAgainstDescriptor(
    connector,
    connector.descriptors[language],
    request,
  );
  await spendAttempt(deps, session);

  const { outcome, target } = await callProvider(
    {
      connector,
      credentials,
      signal: clientSignal,
      deadlineMs: deps.settings.verifyTimeoutMs,
      retryHint: 'Try again in a minute.',
    },
    async (signal) => {
      const context = { credentials, region, signal };
      const outcome = await connector.verify(context);
      // Before anything is stored: a key of another tenant never reaches the account.
      return { outcome, target: await resolveTarget(deps, connector, session, context, outcome) };
    },
  );

  // The owner's name and email become columns of the account at confirm: no NUL may reach them.
  const verification = Verification.parse(providerTextForStorage(outcome.verification));
  const now = isoNow(deps);
  const generation = await deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('keylink_sessions')
      .set({
        status: 'verified',
        credential: sealCredentials(deps, credentials, sessionAad(session.id)),
        region,
        verification: JSON.stringify(verification),
        tenant: JSON.stringify(providerTextForStorage(outcome.tenant)),
        target_account_id: target.account?.id ?? null,
        verified_at: now,
      })
      .where('id', '=', session.id)
      .where('status', '!=', 'used')
      .where('closed_reason', 'is', null)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return undefined;
    const row = {
      walk_status: 'running' as const,
      preview: JSON.stringify(outcome.preview),
      manager_remote_ids: null,
      lease_owner: deps.instanceId,
      lease_expires_at: isoNow(deps, deps.settings.previewLeaseMs),
      updated_at: now,
    };
    const written = await trx
      .insertInto('keylink_previews')
      .values({ session_id: session.id, generation: 1, ...row })
      .onConflict((oc) =>
        oc.column('session_id').doUpdateSet((eb) => ({
          ...row,
          generation: eb(eb.ref('keylink_previews.generation'), '+', 1),
        })),
      )
      .returning('generation')
      .executeTakeFirstOrThrow();
    return written.generation;
  });
  if (generation === undefined) {
    throw new HttpError(
      'session_used',
      'This account was linked meanwhile with this session. Close the window.',
    );
  }
  walker.start(session.id, generation, {
    connector,
    credentials,
    region,
    walkStart: outcome.walkStart,
    shown: outcome.preview,
  });
  return {
    verification,
    preview: outcome.preview,
    link: target.link,
    warnings: target.warnings,
  };
}
