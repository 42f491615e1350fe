import { companySpecs } from './companySpecs';
import type { CompanyKey } from './companySpecs';
import { getCompany } from './companies';
import type { SandboxCompany, SandboxPerson } from './sandboxCompany';

/** How far a key sees: everyone, the owner and everyone under them, or only /v1/me. */
export type KeyReach = 'company' | 'team' | 'self';

/** A key made at run time (in the console, or through the sandbox's key API), without its secret. */
export interface SandboxApiKey {
  id: string;
  name: string;
  company: CompanyKey;
  ownerId: string;
  ownerName: string;
  reach: KeyReach;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601, or null while the key works. */
  revokedAt: string | null;
}

/** What generate() answers: the only time the key itself is handed out. */
export interface GeneratedApiKey extends SandboxApiKey {
  key: string;
}

/** Who makes a key: a scenario role of the company, or a person's id. */
export type KeyOwnerChoice = 'superAdmin' | 'manager' | 'employee' | (string & {});

export interface GenerateKeyOptions {
  company: CompanyKey;
  /** @default 'superAdmin' */
  owner?: KeyOwnerChoice;
  /** @default `API key <n>`, numbered per company */
  name?: string;
}

export type SandboxKeyErrorCode = 'unknown_person' | 'inactive_person' | 'api_not_enabled';

/** Why a key could not be made; the console and the key API turn it into a message. */
export class SandboxKeyError extends Error {
  readonly code: SandboxKeyErrorCode;
  constructor(code: SandboxKeyErrorCode, message: string) {
    super(message);
    this.name = 'SandboxKeyError';
    this.code = code;
  }
}

/**
 * The keys made at run time in one sandbox instance. The scenario keys (sandboxKeys) stay fixed
 * and are not in here; these come and go, each with the reach of the person who made it.
 */
export interface SandboxKeyStore {
  /** Makes a key at once; it works against the API straight away. Throws SandboxKeyError. */
  generate(options: GenerateKeyOptions): GeneratedApiKey;
  /** Revokes a key by id, at once: the API answers 401 from the next request. False when unknown or already revoked. */
  revoke(id: string): boolean;
  /** The company's keys that still work, newest first. */
  list(company: CompanyKey): SandboxApiKey[];
  /** One key by id, revoked or not. */
  get(id: string): SandboxApiKey | undefined;
  /** The record behind a Bearer token, revoked or not; undefined for a token it never made. */
  lookup(token: string): SandboxApiKey | undefined;
}

/** A Lattice super admin in the sandbox is a person Lattice flags isAdmin. */
export const isSuperAdmin = (person: SandboxPerson): boolean => person.isAdmin;

/** The reach of a key made by this person: a key can do exactly what its maker can. */
export function reachOf(company: SandboxCompany, person: SandboxPerson): KeyReach {
  if (isSuperAdmin(person)) return 'company';
  return (company.reports.get(person.id)?.length ?? 0) > 0 ? 'team' : 'self';
}

function ownerOf(company: SandboxCompany, choice: KeyOwnerChoice): SandboxPerson {
  const id =
    choice === 'superAdmin'
      ? company.owners.admin
      : choice === 'manager'
        ? company.owners.manager
        : choice === 'employee'
          ? company.owners.employee
          : choice;
  const person = company.byId.get(id);
  if (person === undefined) {
    throw new SandboxKeyError(
      'unknown_person',
      `${company.name} has no person "${choice}": give superAdmin, manager, employee or a person's id.`,
    );
  }
  if (person.status !== 'ACTIVE') {
    throw new SandboxKeyError(
      'inactive_person',
      `${person.name} is ${person.status.toLowerCase()} in ${company.name} and cannot make keys.`,
    );
  }
  return person;
}

/**
 * A key store for one sandbox: two sandboxes never share keys.
 *
 * @example
 * const keys = createKeyStore();
 * const { id, key } = keys.generate({ company: 'small' });
 * keys.revoke(id); // the API answers 401 to `key` from now on
 */
export function createKeyStore(now: () => number = Date.now): SandboxKeyStore {
  const byId = new Map<string, SandboxApiKey>();
  const byToken = new Map<string, SandboxApiKey>();
  const counts = new Map<CompanyKey, number>();

  return {
    generate({ company: key, owner = 'superAdmin', name }) {
      const spec = companySpecs[key];
      if (!spec.apiAccess) {
        throw new SandboxKeyError(
          'api_not_enabled',
          `Lattice has not enabled API access for ${spec.name}, so it cannot make API keys.`,
        );
      }
      const company = getCompany(key);
      const person = ownerOf(company, owner);
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      const record: SandboxApiKey = {
        id: crypto.randomUUID(),
        name: name?.trim() || `API key ${count}`,
        company: key,
        ownerId: person.id,
        ownerName: person.name,
        reach: reachOf(company, person),
        createdAt: new Date(now()).toISOString(),
        revokedAt: null,
      };
      const token = crypto.randomUUID();
      byId.set(record.id, record);
      byToken.set(token, record);
      return { ...record, key: token };
    },
    revoke(id) {
      const record = byId.get(id);
      if (record === undefined || record.revokedAt !== null) return false;
      record.revokedAt = new Date(now()).toISOString();
      return true;
    },
    list(company) {
      return [...byId.values()]
        .filter((record) => record.company === company && record.revokedAt === null)
        .reverse()
        .map((record) => ({ ...record }));
    },
    get(id) {
      const record = byId.get(id);
      return record && { ...record };
    },
    lookup: (token) => byToken.get(token),
  };
}
