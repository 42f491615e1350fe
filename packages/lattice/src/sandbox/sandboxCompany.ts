import type { LatticeUserStatus } from '../wire';
import type { CompanyKey } from './companySpecs';

/** One person as the sandbox stores them; serialized to Lattice's user object per request. */
export interface SandboxPerson {
  id: string;
  name: string;
  preferredName: string | null;
  email: string;
  title: string | null;
  status: LatticeUserStatus;
  isAdmin: boolean;
  externalUserId: string | null;
  managerId: string | null;
  departmentId: string | null;
  timezone: string | null;
  startDate: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface SandboxDepartment {
  id: string;
  name: string;
  description: string | null;
  createdAt: number;
}

export interface SandboxCompany {
  key: CompanyKey;
  id: string;
  name: string;
  /** Everyone, in the order Lattice lists them (by id, unrelated to the org chart). */
  people: readonly SandboxPerson[];
  byId: ReadonlyMap<string, SandboxPerson>;
  /** Direct reports per manager id, in listing order. */
  reports: ReadonlyMap<string, readonly SandboxPerson[]>;
  departments: readonly SandboxDepartment[];
  departmentById: ReadonlyMap<string, SandboxDepartment>;
  /** Whose keys the scenario keys are. */
  owners: { admin: string; secondAdmin: string; manager: string; employee: string };
}
