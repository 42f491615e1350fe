export { isLatticeRegion, latticeRegions, resolveBaseUrl } from './regions';
export type { LatticeRegion } from './regions';
