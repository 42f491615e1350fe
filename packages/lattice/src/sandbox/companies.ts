import { companyId } from './companyId';
import { companySpecs } from './companySpecs';
import type { CompanyKey } from './companySpecs';
import { generateCompany } from './generateCompany';
import type { SandboxCompany } from './sandboxCompany';

// Generated on first use and then shared: the data is immutable and identical for every sandbox,
// so a test file creating many sandboxes pays for the 10,000-person company at most once.
const generated = new Map<CompanyKey, SandboxCompany>();

/** The company, generated the first time it is asked for. */
export function getCompany(key: CompanyKey): SandboxCompany {
  const existing = generated.get(key);
  if (existing) return existing;
  const company = generateCompany(companySpecs[key]);
  generated.set(key, company);
  return company;
}

/** The company's id without generating its people (ids come first in the seeded stream). */
export function companySummaries(): { id: string; name: string; userCount: number }[] {
  return (['small', 'mid', 'large'] as const).map((key) => ({
    id: companyId(key),
    name: companySpecs[key].name,
    userCount: companySpecs[key].size,
  }));
}
