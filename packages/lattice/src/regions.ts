/**
 * Lattice's hosts by region: the API, and the web app people sign in to (the guide links there).
 * The only place these URLs are written. The EMEA app host follows the API's naming; no public
 * page confirms it.
 */
export const latticeRegions = {
  us: {
    label: 'United States',
    baseUrl: 'https://api.latticehq.com',
    appUrl: 'https://app.latticehq.com',
  },
  emea: {
    label: 'Europe, Middle East and Africa',
    baseUrl: 'https://api.emea.latticehq.com',
    appUrl: 'https://app.emea.latticehq.com',
  },
} as const;

export type LatticeRegion = keyof typeof latticeRegions;

export function isLatticeRegion(value: string): value is LatticeRegion {
  return Object.hasOwn(latticeRegions, value);
}

/**
 * The API origin to call: an explicit base URL wins (tests, the sandbox), else the region's host.
 *
 * @example
 * resolveBaseUrl({ region: 'emea' }) // 'https://api.emea.latticehq.com'
 */
export function resolveBaseUrl(options: { region?: LatticeRegion; baseUrl?: string }): string {
  if (options.baseUrl !== undefined) return options.baseUrl.replace(/\/+$/, '');
  return latticeRegions[options.region ?? 'us'].baseUrl;
}
