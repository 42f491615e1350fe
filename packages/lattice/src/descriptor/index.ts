export {
  buildLatticeDescriptor,
  latticeDescriptor,
  latticeDescriptors,
  latticeLinks,
} from './latticeDescriptor';
export type { LatticeLinks } from './latticeDescriptor';
export { latticeTexts, untranslatedTerms } from './texts';
export type { LatticeTexts } from './texts/LatticeTexts';
