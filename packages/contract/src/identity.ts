import { z } from 'zod/mini';

/**
 * What a verified key can see: `full` when its owner can read the whole company, `partial` when
 * it works but the provider limits it to part of the company (for Lattice, a non-admin's key).
 */
export const AccessLevel = z.enum(['full', 'partial']);
export type AccessLevel = z.infer<typeof AccessLevel>;

/**
 * A linked account as the widget may name it to the person linking (who is entitled to it: the
 * session is for the account's own origin owner). Never holds a credential.
 */
export const AccountSummary = z.object({
  id: z.string(),
  originOwnerName: z.nullable(z.string()),
  /** Whose key the account holds now, as the provider reported it. */
  ownerName: z.nullable(z.string()),
  ownerEmail: z.nullable(z.string()),
  /** The provider tenant (company) it is, as people recognise it; null when the connector has none. */
  tenantLabel: z.nullable(z.string()),
  access: AccessLevel,
  createdAt: z.string(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

/**
 * What confirm will do with the verified key. `requested`: the host asked to reconnect this
 * account. `already_linked`: the host asked for a new account, but this origin owner already
 * linked this tenant, so confirm updates that account instead of making a twin.
 */
export const LinkTarget = z.object({
  mode: z.enum(['create', 'reconnect']),
  reason: z.enum(['new', 'requested', 'already_linked']),
  /** The account confirm updates; null when it creates one. */
  account: z.nullable(AccountSummary),
});
export type LinkTarget = z.infer<typeof LinkTarget>;

/** The warnings confirm needs acknowledged (by code, in the confirm body's `acknowledgedWarnings`). */
export const LinkWarningCode = z.enum(['access_reduced']);
export type LinkWarningCode = z.infer<typeof LinkWarningCode>;

/**
 * Something the person must know before confirming. `access_reduced`: the account reaches the
 * whole company today and this key reaches only part of it, so people would stop syncing.
 */
export const LinkWarning = z.object({
  code: z.literal('access_reduced'),
  /** What the account has now, and what it would have with this key. */
  previousAccess: AccessLevel,
  access: AccessLevel,
  message: z.string(),
});
export type LinkWarning = z.infer<typeof LinkWarning>;
