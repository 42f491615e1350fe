import { LinkSession, ProviderDescriptor, VerifyResponse } from '@keylink/contract';
import type { Preview, UnifiedUser } from '@keylink/contract';

const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><text x="2" y="14">${label}</text></svg>`;

/** The secret every test pastes; assertions look for it everywhere it must not be. */
export const ACME_KEY = 'acme_s3cr3tk3y';

/** A made-up provider: if the widget renders it, the widget knows nothing of Lattice. */
export const acmeHr: ProviderDescriptor = ProviderDescriptor.parse({
  id: 'acme-hr',
  language: 'en',
  name: 'Acme HR',
  logo: { svg: svg('Acme'), alt: 'Acme HR logo' },
  regions: [
    { id: 'us', label: 'United States', description: 'Your Acme address ends in acme.com' },
    { id: 'eu', label: 'Europe', description: 'Your Acme address ends in acme.eu' },
  ],
  defaultRegion: 'us',
  credentialFields: [
    {
      name: 'apiKey',
      label: 'Acme token',
      placeholder: 'acme_xxxxxxxxxx',
      hint: 'Starts with acme_',
      secret: true,
      formatPattern: '^acme_[a-z0-9]{10}$',
      guideStep: 2,
    },
  ],
  notices: [
    { kind: 'prerequisite', title: 'Owner access', text: 'Only Acme owners can make tokens.' },
    { kind: 'warning', title: 'Token shown once', text: 'Copy it before closing the page.' },
  ],
  guide: [
    {
      title: 'Open Acme settings',
      text: 'Go to Settings.',
      illustration: { svg: svg('1'), alt: 'The Acme settings menu' },
      link: { label: 'Open Acme', url: 'https://acme.example/settings' },
    },
    {
      title: 'Make a token',
      text: 'Select New token and copy it.',
      illustration: { svg: svg('2'), alt: 'The New token button' },
    },
  ],
  syncedData: [
    { id: 'users', label: 'People', description: 'Names, emails and titles' },
    { id: 'roles', label: 'Roles', description: 'Who is an owner' },
  ],
  roles: [
    { id: 'owner', name: 'Owner', description: 'Runs Acme' },
    { id: 'member', name: 'Member', description: '' },
  ],
  helpLinks: [{ label: 'Acme help centre', url: 'https://help.acme.example/tokens' }],
  support: { label: 'Widget support', email: 'support@keylink.example' },
});

export function acmeSession(overrides: Partial<LinkSession> = {}): LinkSession {
  return LinkSession.parse({
    provider: acmeHr,
    mode: 'create',
    expiresAt: '2030-01-01T00:00:00.000Z',
    originOwnerName: 'Globex',
    attemptsRemaining: 5,
    ...overrides,
  });
}

function user(n: number, roles: string[]): UnifiedUser {
  return {
    id: `usr_${n}`,
    remoteId: `r${n}`,
    name: `Person ${n}`,
    preferredName: null,
    email: `person${n}@globex.example`,
    title: n === 1 ? 'Chief Owner' : null,
    status: 'active',
    isAdmin: n === 1,
    managerId: null,
    departmentId: null,
    startDate: null,
    roles,
    createdAt: null,
    updatedAt: null,
  };
}

export function acmePreview(overrides: Partial<Preview> = {}): Preview {
  return {
    status: 'complete',
    usersSeen: 3,
    pagesRead: 1,
    countsByStatus: { active: 2, invited: 1, pending: 0, inactive: 0 },
    roles: [
      { id: 'owner', name: 'Owner', description: 'Runs Acme', source: 'derived', userCount: 1 },
      { id: 'member', name: 'Member', description: '', source: 'derived', userCount: 3 },
    ],
    sample: [user(1, ['owner', 'member']), user(2, ['member'])],
    updatedAt: '2030-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function acmeVerified(
  preview: Preview = acmePreview(),
  access: 'full' | 'partial' = 'full',
): VerifyResponse {
  return VerifyResponse.parse({
    verification: {
      owner: { remoteId: 'r1', name: 'Person 1', email: 'person1@globex.example', isAdmin: true },
      access,
      region: 'us',
    },
    preview,
  });
}
