import {
  englishNames,
  frenchNames,
  germanNames,
  irishNames,
  nordicNames,
  polishNames,
  portugueseNames,
  spanishNames,
} from './europeanNames';
import {
  arabicNames,
  chineseNames,
  indianNames,
  japaneseNames,
  koreanNames,
  nigerianNames,
  turkishNames,
  vietnameseNames,
} from './worldNames';

// Name pools for the seeded companies. Entries are `Native|latin` when the script is not Latin
// (the latin form builds the email) and `Full~Short` when people commonly go by a short form
// (which becomes their preferredName). Non-ASCII names are deliberate: clients must not mangle
// them, and emails are ASCII-folded from them the way an HR admin would type them.

export interface NameCulture {
  /** Relative frequency in a company. */
  weight: number;
  /** western: "Given Family"; eastern: "Family Middle Given"; compact: "FamilyGiven", no space. */
  order: 'western' | 'eastern' | 'compact';
  given: readonly string[];
  middle?: readonly string[];
  family: readonly string[];
  timezones: readonly string[];
}

// The order is part of the seed: changing it changes who is drawn in every company.
export const nameCultures: readonly NameCulture[] = [
  englishNames,
  spanishNames,
  nordicNames,
  vietnameseNames,
  polishNames,
  irishNames,
  chineseNames,
  koreanNames,
  japaneseNames,
  germanNames,
  frenchNames,
  turkishNames,
  indianNames,
  nigerianNames,
  arabicNames,
  portugueseNames,
];
