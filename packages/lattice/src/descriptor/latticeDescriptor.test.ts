import { ProviderDescriptor } from '@keylink/contract';
import { describe, expect, it } from 'vitest';
import { latticeRegions } from '../index';
import { latticeDescriptor } from './index';

const [apiKeyField] = latticeDescriptor.credentialFields;

function looksLikeKey(value: string, flags = ''): boolean {
  return new RegExp(apiKeyField?.formatPattern ?? '(?!)', flags).test(value);
}

describe('latticeDescriptor', () => {
  it('should parse with the contract schema, unchanged', () => {
    expect(ProviderDescriptor.parse(latticeDescriptor)).toEqual(latticeDescriptor);
  });

  it('should offer exactly the regions the client knows, with their labels and how to pick', () => {
    expect(latticeDescriptor.regions.map(({ id, label }) => ({ id, label }))).toEqual(
      Object.entries(latticeRegions).map(([id, region]) => ({ id, label: region.label })),
    );
    expect(latticeDescriptor.language).toBe('en');
    expect(latticeDescriptor.regions.map((region) => region.id)).toContain(
      latticeDescriptor.defaultRegion,
    );
    const emea = latticeDescriptor.regions.find((region) => region.id === 'emea');
    expect(emea?.description).toMatch(/EU/);
  });

  it('should ask for one secret field named apiKey, with a placeholder and a hint', () => {
    expect(latticeDescriptor.credentialFields).toHaveLength(1);
    expect(apiKeyField).toMatchObject({ name: 'apiKey', secret: true });
    expect(apiKeyField?.placeholder).toBeTruthy();
    expect(apiKeyField?.hint).toMatch(/API Keys/);
  });

  it.each([
    ['a lowercase UUID', '3f2b8c1e-9d4a-4b7f-a1c2-5e6d7f8a9b0c'],
    ['an uppercase UUID', '3F2B8C1E-9D4A-4B7F-A1C2-5E6D7F8A9B0C'],
    ['a mixed-case UUID', '3f2B8c1E-9d4A-4b7F-a1C2-5e6D7f8A9b0C'],
    ['a UUID of any version or variant', '00000000-0000-0000-0000-000000000000'],
    ['a time-ordered UUID', '01890a5d-ac96-774b-bcce-b302099a8057'],
  ])('given %s, should find the key well-formed', (_case, key) => {
    expect(looksLikeKey(key)).toBe(true);
    // The widget may compile the pattern with the unicode flags; it must mean the same there.
    expect(looksLikeKey(key, 'u')).toBe(true);
    expect(looksLikeKey(key, 'v')).toBe(true);
  });

  it.each([
    ['a key copied without its dashes', '3f2b8c1e9d4a4b7fa1c25e6d7f8a9b0c'],
    ['a key missing its last characters', '3f2b8c1e-9d4a-4b7f-a1c2-5e6d7f8a9b'],
    ['a key pasted with the header prefix', 'Bearer 3f2b8c1e-9d4a-4b7f-a1c2-5e6d7f8a9b0c'],
    ['two keys pasted together', '3f2b8c1e-9d4a-4b7f-a1c2-5e6d7f8a9b0c 3f2b8c1e-9d4a-4b7f-a1c2'],
    ['a line of text', 'my lattice key'],
  ])('given %s, should warn with a message that still lets the person continue', (_case, value) => {
    expect(looksLikeKey(value)).toBe(false);
    expect(apiKeyField?.formatMessage).toMatch(/dashes/);
    expect(apiKeyField?.formatMessage).toMatch(/still continue/);
  });

  it('should give every guide step its own illustration and link only to Lattice’s app', () => {
    const pictures = latticeDescriptor.guide.map((step) => step.illustration.svg);
    expect(new Set(pictures).size).toBe(latticeDescriptor.guide.length);
    for (const step of latticeDescriptor.guide) {
      if (step.link) expect(new URL(step.link.url).origin).toBe('https://app.latticehq.com');
    }
  });

  it('should state both prerequisites and the shown-once warning before the guide', () => {
    const notices = latticeDescriptor.notices.map((notice) => `${notice.title} ${notice.text}`);
    expect(notices.join('\n')).toMatch(/super admin/);
    expect(notices.join('\n')).toMatch(/approved/);
    expect(notices.join('\n')).toMatch(/only once/);
  });

  it('should sync users and roles, link to Lattice’s help and name Keylink support', () => {
    expect(latticeDescriptor.syncedData.map((data) => data.id)).toEqual(['users', 'roles']);
    expect(latticeDescriptor.roles.map((role) => role.id)).toEqual([
      'admin',
      'manager',
      'employee',
    ]);
    expect(latticeDescriptor.helpLinks.map((link) => link.url)).toEqual([
      'https://help.lattice.com',
      'https://developers.lattice.com',
    ]);
    expect(latticeDescriptor.support).toEqual({
      label: 'Keylink support',
      email: 'support@keylink.dev',
    });
  });
});

describe('the guide’s control names', () => {
  /** The labels of Lattice's UI the steps quote; they stay in English in every language. */
  const quoted = latticeDescriptor.guide.flatMap((step) =>
    [...step.text.matchAll(/“([^”]+)”/g)].map((match) => match[1]),
  );

  it('should quote every control the person clicks, in order, as Lattice labels it', () => {
    // Each control in the order of its first mention (a step may name one again).
    expect([...new Set(quoted)]).toEqual([
      'Switch to admin',
      'Settings',
      'Platform',
      'API Keys',
      'Generate API key',
      'Copy',
    ]);
  });
});
