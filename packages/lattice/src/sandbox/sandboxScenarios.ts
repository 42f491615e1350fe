import { companySpecs } from './companySpecs';
import { tightRequestBudget } from './requestBudget';

const sandboxKeyNames = [
  'smallCompanyAdmin',
  'smallCompanySecondAdmin',
  'midCompanyAdmin',
  'largeCompanyAdmin',
  'nonAdmin',
  'usersForbidden',
  'apiNotEnabled',
  'revoked',
  'rateLimited',
  'slow',
  'timeout',
  'serverError',
  'malformed',
  'stuckCursor',
  'tightBudget',
] as const;

/** The names of the sandbox's API keys, one per scenario. */
export type SandboxKeyName = (typeof sandboxKeyNames)[number];

/**
 * The sandbox's API keys. They look like Lattice keys (UUIDs) and never change, so they can be
 * written into docs, tests and a playground.
 *
 * @example
 * fetch('http://127.0.0.1:4010/v1/me', { headers: { Authorization: `Bearer ${sandboxKeys.smallCompanyAdmin}` } });
 */
export const sandboxKeys: Readonly<Record<SandboxKeyName, string>> = Object.freeze({
  smallCompanyAdmin: 'aada58b0-e296-4160-a7bb-d4eb6f31f1dd',
  smallCompanySecondAdmin: '5b0e7c2a-91d4-4f6e-8a3b-c27d1e9f40b6',
  midCompanyAdmin: 'd104ad4f-29c1-4a71-94ac-acdb9a4a0185',
  largeCompanyAdmin: '2d42cdcb-e311-4f31-a4cc-4a1e14530330',
  nonAdmin: '354a88df-72b3-488b-aa93-f8c738016884',
  usersForbidden: 'ec4afb1a-56cb-4f3b-bb30-a8cf76ac11fc',
  apiNotEnabled: 'c4b2936d-8429-4f60-8983-9523af2108f1',
  revoked: '1cab3c7b-751f-4c34-9667-80fdcff4c967',
  rateLimited: '60a78e68-2463-4a32-8803-1f0ff4b3a1cb',
  slow: 'e35038db-8b66-4347-9966-6d4874ba8136',
  timeout: 'f139a8c6-f456-424f-9a03-8d159e95528b',
  serverError: '1d9321d6-83aa-400d-9dc2-459a5dd926db',
  malformed: 'e3d283bd-7e3b-4ed2-84ed-a65bb2c646af',
  stuckCursor: '7b1f0c52-9d4e-4a36-b8e1-53c2f6a9d0e4',
  tightBudget: '54fb4036-2ceb-4d4c-a1f6-58f25e00e0e5',
});

/** One scenario key, described for people choosing one (the playground, the command's table). */
export interface SandboxScenario {
  name: SandboxKeyName;
  key: string;
  title: string;
  description: string;
  /** What a correct client (Keylink's verify) should end up showing. */
  expected: string;
  /** The company whose data the key reads, or null when it never reaches any data. */
  companyName: string | null;
}

const small = companySpecs.small;
const mid = companySpecs.mid;
const large = companySpecs.large;

type ScenarioText = Omit<SandboxScenario, 'name' | 'key'>;

const texts: Record<SandboxKeyName, ScenarioText> = {
  smallCompanyAdmin: {
    title: `Super admin, ${small.size} people`,
    description: `The key of a super admin of ${small.name}: every endpoint works; every status and some tricky names are present.`,
    expected: `Verified; the preview lists all ${small.size} people, counted by status, with admin, manager and employee roles.`,
    companyName: small.name,
  },
  smallCompanySecondAdmin: {
    title: `Another super admin, ${small.size} people`,
    description: `The key of a second super admin of ${small.name}, made by another person than smallCompanyAdmin's: same company, another key owner.`,
    expected: `Verified, like smallCompanyAdmin (all ${small.size} people); reconnecting a ${small.name} account with it is accepted as the same company.`,
    companyName: small.name,
  },
  midCompanyAdmin: {
    title: `Super admin, ${mid.size} people`,
    description: `The key of a super admin of ${mid.name}: several pages of users, a manager tree five levels deep.`,
    expected: `Verified; the preview fills in over a few pages and ends with ${mid.size} people.`,
    companyName: mid.name,
  },
  largeCompanyAdmin: {
    title: `Super admin, ${large.size.toLocaleString('en-US')} people`,
    description: `The key of a super admin of ${large.name}: 100 pages of 100 users for a complete walk.`,
    expected: 'Verified at once with a first sample; the complete counts arrive progressively.',
    companyName: large.name,
  },
  nonAdmin: {
    title: 'Not an admin',
    description: `A valid key made by a director at ${mid.name} who is not an admin: /v1/me works, /v1/users lists only them and the people under them.`,
    expected:
      'Verified, with a warning that the key sees only part of the company; a super admin should make the key.',
    companyName: mid.name,
  },
  usersForbidden: {
    title: 'No access to users',
    description: `A valid key of an ordinary employee at ${small.name}: /v1/me answers, every other endpoint answers 403.`,
    expected: 'Rejected as lacking permissions; the person is told to use a super admin’s key.',
    companyName: small.name,
  },
  apiNotEnabled: {
    title: 'API access not enabled',
    description:
      'A key of a company Lattice has not approved for API access: every endpoint answers 403.',
    expected:
      'Rejected as lacking permissions; the person is told to ask Lattice to enable API access.',
    companyName: null,
  },
  revoked: {
    title: 'Revoked key',
    description: 'A key that was revoked in Lattice: every endpoint answers 401.',
    expected: 'Rejected as an invalid key; the person is asked to generate a new one.',
    companyName: null,
  },
  rateLimited: {
    title: 'Rate-limited',
    description: 'Every call answers 429 with a Retry-After header (20 seconds unless configured).',
    expected: 'A rate-limit error saying when to try again, after the client’s capped retries.',
    companyName: null,
  },
  slow: {
    title: 'Slow Lattice',
    description: `${small.name}'s super admin, but every answer takes slowLatencyMs (3 s unless configured) longer.`,
    expected: 'Verified, slowly; or a timeout when the client’s timeout is shorter than the delay.',
    companyName: small.name,
  },
  timeout: {
    title: 'Lattice never answers',
    description: 'Every request hangs until the caller gives up (aborts it).',
    expected: 'A timeout error after the client’s timeout; nothing hangs.',
    companyName: null,
  },
  serverError: {
    title: 'Lattice is down',
    description: 'Every call answers 500 {"error": …}.',
    expected: 'An error saying Lattice is unavailable, after the client’s capped retries.',
    companyName: null,
  },
  malformed: {
    title: 'Malformed answers',
    description: 'Every call answers 200 with a body that is not valid JSON.',
    expected: 'An error saying Lattice answered something unexpected; no crash.',
    companyName: null,
  },
  stuckCursor: {
    title: 'Cursor that does not advance',
    description: `${mid.name}'s super admin, but the second page of users hands back the cursor it was asked with, so paging cannot go on past it.`,
    expected: `Verified; the preview ends incomplete after 200 of ${mid.size} people, saying the list could not be read to its end; linking is still possible.`,
    companyName: mid.name,
  },
  tightBudget: {
    title: 'Tight request budget',
    description: `${mid.name}'s super admin, but the key may make only ${tightRequestBudget.burst} requests at once and ${tightRequestBudget.perSecond} more a second: past that, 429 with Retry-After.`,
    expected: `Verified; the walk is slowed by a few 429s, waits as Retry-After says, and ends with all ${mid.size} people.`,
    companyName: mid.name,
  },
};

/**
 * Every scenario key with what it does, in a stable order.
 *
 * @example
 * for (const s of sandboxScenarios) console.log(s.title, s.key);
 */
export const sandboxScenarios: readonly SandboxScenario[] = Object.freeze(
  sandboxKeyNames.map((name) => ({ name, key: sandboxKeys[name], ...texts[name] })),
);
