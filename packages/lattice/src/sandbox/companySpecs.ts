import type { DepartmentKey } from './departmentPlans';

export type CompanyKey = 'small' | 'mid' | 'large' | 'unapproved';

export interface CompanySpec {
  key: CompanyKey;
  name: string;
  domain: string;
  /** Exact head count, every status included. */
  size: number;
  departments: readonly DepartmentKey[];
  /** People in the People department who are Lattice admins, besides its head. */
  extraAdmins: number;
  /** When the company started and when it moved to Lattice (bulk import of existing staff). */
  foundedOn: string;
  adoptedLatticeOn: string;
  /** Whether people carry an HRIS id in `externalUserId`. */
  hasHris: boolean;
  /** Whether Lattice has approved the company for API access (its admin console offers API Keys). */
  apiAccess: boolean;
  /** Names placed deliberately, so the small company shows the awkward cases at a glance. */
  featuredNames: readonly { name: string; emailLocal: string; timezone: string }[];
}

export const companySpecs: Readonly<Record<CompanyKey, CompanySpec>> = {
  small: {
    key: 'small',
    name: 'Pinecone Bakery Co.',
    domain: 'pinecone-bakery.example',
    size: 25,
    departments: ['operations', 'sales', 'people', 'finance'],
    extraAdmins: 1,
    foundedOn: '2019-04-01',
    adoptedLatticeOn: '2022-01-10',
    hasHris: false,
    apiAccess: true,
    featuredNames: [
      { name: 'José Núñez', emailLocal: 'jose.nunez', timezone: 'Europe/Madrid' },
      { name: 'Zoë Løvås', emailLocal: 'zoe.lovas', timezone: 'Europe/Oslo' },
      { name: 'Nguyễn Thị Mai', emailLocal: 'mai.nguyen', timezone: 'Asia/Ho_Chi_Minh' },
      { name: 'Łukasz Żółw', emailLocal: 'lukasz.zolw', timezone: 'Europe/Warsaw' },
      { name: 'Siobhán Ó Briain', emailLocal: 'siobhan.obriain', timezone: 'Europe/Dublin' },
      { name: '李娜', emailLocal: 'na.li', timezone: 'Asia/Shanghai' },
    ],
  },
  mid: {
    key: 'mid',
    name: 'Northwind Analytics',
    domain: 'northwind-analytics.example',
    size: 250,
    departments: ['engineering', 'product', 'sales', 'success', 'marketing', 'people', 'finance'],
    extraAdmins: 2,
    foundedOn: '2014-09-15',
    adoptedLatticeOn: '2020-03-02',
    hasHris: true,
    apiAccess: true,
    featuredNames: [],
  },
  large: {
    key: 'large',
    name: 'Globex Logistics',
    domain: 'globex-logistics.example',
    size: 10_000,
    departments: [
      'engineering',
      'product',
      'sales',
      'success',
      'marketing',
      'people',
      'finance',
      'operations',
      'legal',
      'data',
    ],
    extraAdmins: 4,
    foundedOn: '2003-02-03',
    adoptedLatticeOn: '2019-06-17',
    hasHris: true,
    apiAccess: true,
    featuredNames: [],
  },
  // The company behind the apiNotEnabled scenario: in the console, its admins find no API Keys.
  unapproved: {
    key: 'unapproved',
    name: 'Harbour Florists',
    domain: 'harbour-florists.example',
    size: 12,
    departments: ['operations', 'people'],
    extraAdmins: 0,
    foundedOn: '2021-05-03',
    adoptedLatticeOn: '2024-02-12',
    hasHris: false,
    apiAccess: false,
    featuredNames: [],
  },
};

/** The sandbox's "today": fixed, so dates never depend on when the tests run. */
export const sandboxNow = Date.UTC(2026, 10, 1) / 1000;
