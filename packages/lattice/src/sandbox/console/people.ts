import { companyKeys, getCompany } from '../companies';
import { companySpecs } from '../companySpecs';
import type { CompanyKey } from '../companySpecs';
import { isSuperAdmin } from '../keyStore';
import type { SandboxCompany, SandboxPerson } from '../sandboxCompany';

/** The roles the sign-in picker names; only a super admin can open the admin view. */
export type ConsoleRole = 'Super admin' | 'Manager' | 'Employee';

export interface ConsolePerson {
  company: SandboxCompany;
  person: SandboxPerson;
  role: ConsoleRole;
}

/**
 * Who the picker offers, per company: every active super admin, then the manager and the
 * employee the scenario keys belong to (so a key made by each reaches what theirs does).
 */
export function signInChoices(key: CompanyKey): ConsolePerson[] {
  const company = getCompany(key);
  const admins = company.people.filter((p) => isSuperAdmin(p) && p.status === 'ACTIVE');
  const others = [company.owners.manager, company.owners.employee].flatMap((id) => {
    const person = company.byId.get(id);
    return person === undefined ? [] : [person];
  });
  return [...admins, ...others].map((person) => ({
    company,
    person,
    role: roleOf(company, person),
  }));
}

export function roleOf(company: SandboxCompany, person: SandboxPerson): ConsoleRole {
  if (isSuperAdmin(person)) return 'Super admin';
  return (company.reports.get(person.id)?.length ?? 0) > 0 ? 'Manager' : 'Employee';
}

/** A person who may sign in (active, in a sandbox company), or undefined. */
export function findPerson(companyKey: string, personId: string): ConsolePerson | undefined {
  const key = companyKeys.find((k) => k === companyKey);
  if (key === undefined) return undefined;
  const company = getCompany(key);
  const person = company.byId.get(personId);
  if (person === undefined || person.status !== 'ACTIVE') return undefined;
  return { company, person, role: roleOf(company, person) };
}

export const hasApiAccess = (company: SandboxCompany): boolean =>
  companySpecs[company.key].apiAccess;
