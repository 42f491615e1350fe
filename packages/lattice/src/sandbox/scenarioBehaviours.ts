import { readBearer, revokedToken, unknownToken } from './authorization';
import type { AuthProblem } from './authorization';
import type { CompanyKey } from './companySpecs';
import { tightRequestBudget } from './requestBudget';
import type { RequestBudget } from './requestBudget';
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
      /** This key's own request budget, whatever the sandbox's (even when that is off). */
      budget?: RequestBudget;
    }
  | { kind: 'unauthorized'; problem: AuthProblem }
  | { kind: 'forbidden' | 'rateLimited' | 'serverError' | 'malformed' | 'hang' };

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
  revoked: { kind: 'unauthorized', problem: revokedToken },
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
  tightBudget: {
    kind: 'company',
    company: 'mid',
    owner: 'admin',
    reach: 'company',
    slow: false,
    budget: tightRequestBudget,
  },
};

const byKey = new Map(
  sandboxScenarios.map((scenario) => [scenario.key, behaviours[scenario.name]]),
);

/** A request's key (null when the header is unusable) and what that key does. */
export interface ResolvedKey {
  key: string | null;
  behaviour: KeyBehaviour;
}

/**
 * What the request's key does: a scenario key, else a key made at run time (a revoked one is
 * unauthorized at once). Unknown keys and unusable Authorization headers are unauthorized, each
 * with what was wrong.
 */
export function resolveKey(request: Request, keys: SandboxKeyStore): ResolvedKey {
  const bearer = readBearer(request);
  if (!bearer.ok)
    return { key: null, behaviour: { kind: 'unauthorized', problem: bearer.problem } };
  const key = bearer.token;
  const scenario = byKey.get(key);
  if (scenario !== undefined) return { key, behaviour: scenario };
  const made = keys.lookup(key);
  if (made === undefined)
    return { key, behaviour: { kind: 'unauthorized', problem: unknownToken } };
  if (made.revokedAt !== null) {
    return { key, behaviour: { kind: 'unauthorized', problem: revokedToken } };
  }
  const behaviour: KeyBehaviour = {
    kind: 'company',
    company: made.company,
    owner: { id: made.ownerId },
    reach: made.reach,
    slow: false,
  };
  return { key, behaviour };
}
