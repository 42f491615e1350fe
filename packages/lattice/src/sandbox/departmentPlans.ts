// The functions a seeded company is made of, with the titles people in them hold.

export interface DepartmentPlan {
  name: string;
  description: string | null;
  /** Title of the department's head, who reports to the CEO. */
  head: string;
  /** Title of the managers one level under the head. */
  director: string;
  /** Title of the managers further down. */
  manager: string;
  /** Titles of the people who manage nobody. */
  individual: readonly string[];
}

export const departmentPlans = {
  engineering: {
    name: 'Engineering',
    description: 'Builds and runs the product.',
    head: 'VP of Engineering',
    director: 'Director of Engineering',
    manager: 'Engineering Manager',
    individual: [
      'Software Engineer',
      'Senior Software Engineer',
      'Staff Software Engineer',
      'Site Reliability Engineer',
      'QA Engineer',
      'Frontend Engineer',
    ],
  },
  product: {
    name: 'Product',
    description: null,
    head: 'Chief Product Officer',
    director: 'Director of Product',
    manager: 'Group Product Manager',
    individual: ['Product Manager', 'Senior Product Manager', 'Product Designer', 'UX Researcher'],
  },
  sales: {
    name: 'Sales',
    description: 'New business and expansion.',
    head: 'Chief Revenue Officer',
    director: 'Regional Sales Director',
    manager: 'Sales Manager',
    individual: [
      'Account Executive',
      'Senior Account Executive',
      'Sales Development Representative',
      'Sales Engineer',
    ],
  },
  success: {
    name: 'Customer Success',
    description: 'Onboarding, support and renewals.',
    head: 'VP of Customer Success',
    director: 'Director of Support',
    manager: 'Support Team Lead',
    individual: ['Customer Success Manager', 'Support Specialist', 'Implementation Consultant'],
  },
  marketing: {
    name: 'Marketing',
    description: null,
    head: 'Chief Marketing Officer',
    director: 'Director of Marketing',
    manager: 'Marketing Manager',
    individual: [
      'Content Marketer',
      'Product Marketing Manager',
      'Growth Marketer',
      'Brand Designer',
    ],
  },
  people: {
    name: 'People',
    description: 'HR, recruiting and the Lattice admins.',
    head: 'Head of People',
    director: 'Director of Talent',
    manager: 'People Operations Manager',
    individual: ['People Partner', 'Recruiter', 'People Operations Specialist'],
  },
  finance: {
    name: 'Finance',
    description: 'Accounting, FP&A and payroll.',
    head: 'Chief Financial Officer',
    director: 'Controller',
    manager: 'Accounting Manager',
    individual: ['Accountant', 'Financial Analyst', 'Payroll Specialist'],
  },
  operations: {
    name: 'Operations',
    description: null,
    head: 'Chief Operating Officer',
    director: 'Director of Operations',
    manager: 'Operations Manager',
    individual: ['Operations Analyst', 'IT Administrator', 'Office Manager'],
  },
  legal: {
    name: 'Legal',
    description: 'Contracts, privacy and compliance.',
    head: 'General Counsel',
    director: 'Associate General Counsel',
    manager: 'Legal Operations Manager',
    individual: ['Counsel', 'Paralegal', 'Privacy Analyst'],
  },
  data: {
    name: 'Data & Analytics',
    description: null,
    head: 'VP of Data',
    director: 'Director of Analytics',
    manager: 'Analytics Manager',
    individual: ['Data Analyst', 'Data Engineer', 'Data Scientist'],
  },
} as const satisfies Record<string, DepartmentPlan>;

export type DepartmentKey = keyof typeof departmentPlans;
