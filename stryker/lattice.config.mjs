// StrykerJS for packages/lattice: the mapping, paging and connector modules.
import { strykerConfig } from './strykerConfig.mjs';

export default strykerConfig('lattice', [
  'src/mapping.ts',
  'src/client/paging.ts',
  'src/client/backoff.ts',
  'src/connector/*.ts',
  '!src/**/*.test.ts',
]);
