// StrykerJS for packages/lattice: the mapping, paging and connector modules.
import { fileURLToPath } from 'node:url';
import { strykerConfig } from './strykerConfig.mjs';

export default strykerConfig(
  'lattice',
  [
    'src/mapping.ts',
    'src/client/paging.ts',
    'src/client/backoff.ts',
    'src/connector/*.ts',
    '!src/**/*.test.ts',
  ],
  fileURLToPath(new URL('./lattice.vitest.config.mjs', import.meta.url)),
);
