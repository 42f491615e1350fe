import type { DescriptorLanguage } from '@keylink/contract';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { LatticeTexts } from './LatticeTexts';

/** The Lattice descriptor's words in every language Keylink ships. */
export const latticeTexts: Readonly<Record<DescriptorLanguage, LatticeTexts>> = { en, fr, de, es };

/**
 * Words that stay the same in every language, so a translation may equal the English: names, and
 * the labels of Lattice's own (English) screens, which the guide quotes exactly as Lattice shows
 * them so a person can find them.
 */
export const untranslatedTerms = [
  'Lattice',
  'Keylink',
  'Switch to admin',
  'Settings',
  'Platform',
  'API Keys',
  'Generate API key',
  'Copy',
] as const;
