import { describe, expect, it } from 'vitest';
import { createLatticeConnector, latticeAppUrl } from '../index';

const linksOf = (baseUrl?: string, appUrl?: string) =>
  createLatticeConnector({ baseUrl, appUrl }).descriptor.guide.flatMap((step) =>
    step.link ? [step.link] : [],
  );

describe('the guide’s links into Lattice', () => {
  it('given no base URL, should open Lattice’s own app', () => {
    expect(linksOf()).toEqual([{ label: 'Open Lattice', url: 'https://app.latticehq.com' }]);
  });

  it.each([
    ['https://api.latticehq.com', 'https://app.latticehq.com'],
    ['https://api.emea.latticehq.com/', 'https://app.emea.latticehq.com'],
    ['http://127.0.0.1:4510', 'http://127.0.0.1:4510/app'],
    ['http://localhost:4010/', 'http://localhost:4010/app'],
  ])('given the base URL %s, should open %s', (baseUrl, expected) => {
    expect(latticeAppUrl({ baseUrl })).toBe(expected);
    expect(linksOf(baseUrl).map((link) => link.url)).toEqual([expected]);
  });

  it.each(['not a url', 'localhost:4010', 'file:///tmp/lattice'])(
    'given the base URL %s, which is no web address, should still open Lattice’s app',
    (baseUrl) => {
      expect(latticeAppUrl({ baseUrl })).toBe('https://app.latticehq.com');
    },
  );

  it('given an explicit app URL, should open it whatever the base URL', () => {
    expect(linksOf('http://127.0.0.1:4510', 'https://lattice.example/')).toEqual([
      { label: 'Open Lattice', url: 'https://lattice.example' },
    ]);
  });

  it('should leave the help links on Lattice’s help site', () => {
    const { descriptor } = createLatticeConnector({ baseUrl: 'http://127.0.0.1:4510' });
    expect(descriptor.helpLinks.map((link) => link.url)).toContain('https://help.lattice.com');
    expect(descriptor.notices.flatMap((n) => (n.link ? [n.link.url] : []))).toEqual([
      'https://help.lattice.com',
    ]);
  });
});
