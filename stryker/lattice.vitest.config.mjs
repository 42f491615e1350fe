// The lattice package's Vitest config under StrykerJS (see vitestConfig.mjs).
import lattice from '../packages/lattice/vitest.config.ts';
import { strykerVitestConfig } from './vitestConfig.mjs';

export default strykerVitestConfig(lattice);
