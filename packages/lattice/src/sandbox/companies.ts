import { companyId } from './companyId';
import { companySpecs } from './companySpecs';
import type { CompanyKey } from './companySpecs';
import { generateCompany } from './generateCompany';
import type { SandboxCompany } from './sandboxCompany';

// Generated on first use and then shared: the data is immutable and identical for every sandbox,
// so a test file creating many sandboxes pays for the 10,000-person company at most once.
const generated = new Map<CompanyKey, SandboxCompany>();

/** Every company key, in the order the sandbox lists them. */
export const companyKeys: readonly CompanyKey[] = ['small', 'mid', 'large', 'unapproved'];

export function isCompanyKey(value: string): value is CompanyKey {
  return Object.hasOwn(companySpecs, value);
}

/** The company, generated the first time it is asked for. */
export function getCompany(key: CompanyKey): SandboxCompany {
  const existing = generated.get(key);
  if (existing) return existing;
  const company = generateCompany(companySpecs[key]);
  generated.set(key, company);
  return company;
}

/** One company as the sandbox lists it, without generating its people. */
export interface CompanySummary {
  /** The name the console and the key store use for it: small, mid, large, unapproved. */
  key: CompanyKey;
  id: string;
  name: string;
  userCount: number;
  /** False for the company Lattice has not approved for API access (apiNotEnabled). */
  apiAccess: boolean;
}

/** The company's id without generating its people (ids come first in the seeded stream). */
export function companySummaries(): CompanySummary[] {
  return companyKeys.map((key) => ({
    key,
    id: companyId(key),
    name: companySpecs[key].name,
    userCount: companySpecs[key].size,
    apiAccess: companySpecs[key].apiAccess,
  }));
}
