import type { CompanyKey } from './companySpecs';
import type { SandboxQuirks } from './sandboxOptions';
import type { SandboxKeyStore } from './keyStore';
import type { SandboxKeyName } from './sandboxScenarios';
import { sandboxScenarios } from './sandboxScenarios';

/** What a key reaches: a company, as whom, and how far. */
export type KeyBehaviour =
  | {
      kind: 'company';
      company: CompanyKey;
      /** A scenario owner of the company, or (for a key made at run time) its maker. */
      owner: 'admin' | 'secondAdmin' | 'manager' | 'employee' | { id: string };
      /** company: everyone; team: the owner and everyone under them; self: only /v1/me. */
      reach: 'company' | 'team' | 'self';
      slow: boolean;
      /** Paging quirks of this key alone, on top of the sandbox's own. */
      quirks?: SandboxQuirks;
    }
  | { kind: 'unauthorized' | 'forbidden' | 'rateLimited' | 'serverError' | 'malformed' | 'hang' };

const behaviours: Readonly<Record<SandboxKeyName, KeyBehaviour>> = {
  smallCompanyAdmin: {
    kind: 'company',
    company: 'small',
    owner: 'admin',
    reach: 'company',
    slow: false,
  },
  smallCompanySecondAdmin: {
    kind: 'company',
    company: 'small',
    owner: 'secondAdmin',
    reach: 'company',
    slow: false,
  },
  midCompanyAdmin: {
    kind: 'company',
    company: 'mid',
    owner: 'admin',
    reach: 'company',
    slow: false,
  },
  largeCompanyAdmin: {
    kind: 'company',
    company: 'large',
    owner: 'admin',
    reach: 'company',
    slow: false,
  },
  nonAdmin: { kind: 'company', company: 'mid', owner: 'manager', reach: 'team', slow: false },
  usersForbidden: {
    kind: 'company',
    company: 'small',
    owner: 'employee',
    reach: 'self',
    slow: false,
  },
  apiNotEnabled: { kind: 'forbidden' },
  revoked: { kind: 'unauthorized' },
  rateLimited: { kind: 'rateLimited' },
  slow: { kind: 'company', company: 'small', owner: 'admin', reach: 'company', slow: true },
  timeout: { kind: 'hang' },
  serverError: { kind: 'serverError' },
  malformed: { kind: 'malformed' },
  stuckCursor: {
    kind: 'company',
    company: 'mid',
    owner: 'admin',
    reach: 'company',
    slow: false,
    quirks: { repeatCursor: true },
  },
};

const byKey = new Map(
  sandboxScenarios.map((scenario) => [scenario.key, behaviours[scenario.name]]),
);

/** The key in `Authorization: Bearer <key>`, or null when the header is missing or not Bearer. */
export function bearerKey(request: Request): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}

/**
 * What the request's key does: a scenario key, else a key made at run time (a revoked one is
 * unauthorized at once). Unknown keys (and no key) are unauthorized, as on Lattice.
 */
export function behaviourOf(request: Request, keys: SandboxKeyStore): KeyBehaviour {
  const key = bearerKey(request);
  if (key === null) return { kind: 'unauthorized' };
  const scenario = byKey.get(key);
  if (scenario !== undefined) return scenario;
  const made = keys.lookup(key);
  if (made === undefined || made.revokedAt !== null) return { kind: 'unauthorized' };
  return {
    kind: 'company',
    company: made.company,
    owner: { id: made.ownerId },
    reach: made.reach,
    slow: false,
  };
}
