import { nameCultures } from './names';
import type { NameCulture } from './names';
import type { Random } from './random';

export interface PersonName {
  name: string;
  preferredName: string | null;
  /** The email's local part before de-duplication, ASCII only. */
  emailLocal: string;
  timezone: string;
}

// Letters NFD does not split into a base letter and a mark.
const foldedLetters: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  œ: 'oe',
  þ: 'th',
};

/** "Łukasz Żółw" → "Lukasz Zolw": what an admin types when an email must be ASCII. */
export function asciiFold(text: string): string {
  return text
    .replace(/[łŁøØæÆßđĐıœþ]/g, (letter) => foldedLetters[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

function emailPart(latin: string): string {
  return asciiFold(latin)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

interface Part {
  native: string;
  /** ASCII-folded, lower case, letters and digits only: half of an email's local part. */
  email: string;
  short: string | null;
}

function parsePart(entry: string): Part {
  const [withShort = entry, latin] = entry.split('|');
  const [native = withShort, short] = withShort.split('~');
  return { native, email: emailPart(latin ?? native), short: short ?? null };
}

interface ParsedCulture {
  culture: NameCulture;
  given: readonly Part[];
  family: readonly Part[];
  middle: readonly Part[] | null;
}

// Parsed and folded once: the 10,000-person company draws 10,000 names and must stay fast.
let parsed: { cultures: readonly ParsedCulture[]; totalWeight: number } | undefined;

function parsedCultures(): { cultures: readonly ParsedCulture[]; totalWeight: number } {
  parsed ??= {
    cultures: nameCultures.map((culture) => ({
      culture,
      given: culture.given.map(parsePart),
      family: culture.family.map(parsePart),
      middle: culture.middle ? culture.middle.map(parsePart) : null,
    })),
    totalWeight: nameCultures.reduce((sum, culture) => sum + culture.weight, 0),
  };
  return parsed;
}

function pickCulture(random: Random): ParsedCulture {
  const { cultures, totalWeight } = parsedCultures();
  let roll = random.next() * totalWeight;
  for (const entry of cultures) {
    roll -= entry.culture.weight;
    if (roll < 0) return entry;
  }
  return random.pick(cultures);
}

function format(culture: NameCulture, given: Part, family: Part, middle: Part | null): string {
  if (culture.order === 'compact') return `${family.native}${given.native}`;
  if (culture.order === 'eastern') {
    return [family.native, middle?.native, given.native].filter(Boolean).join(' ');
  }
  return `${given.native} ${family.native}`;
}

/** Draws one person's name from a weighted mix of cultures. */
export function drawName(random: Random): PersonName {
  const { culture, ...parts } = pickCulture(random);
  const given = random.pick(parts.given);
  const family = random.pick(parts.family);
  const middle = parts.middle ? random.pick(parts.middle) : null;
  // Lattice leaves preferredName empty for most people; some go by a short form or first name.
  const roll = random.next();
  const preferredName =
    given.short !== null && roll < 0.5
      ? given.short
      : roll < 0.2 && culture.order === 'western'
        ? given.native
        : null;
  return {
    name: format(culture, given, family, middle),
    preferredName,
    emailLocal: `${given.email}.${family.email}`,
    timezone: random.pick(culture.timezones),
  };
}

/** Builds a name from a full "Given Family" (or CJK "FamilyGiven") string given by hand. */
export function fixedName(name: string, emailLocal: string, timezone: string): PersonName {
  return { name, preferredName: null, emailLocal, timezone };
}
