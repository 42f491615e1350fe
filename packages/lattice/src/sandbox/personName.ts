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
  latin: string;
  short: string | null;
}

function parsePart(entry: string): Part {
  const [withShort = entry, latin] = entry.split('|');
  const [native = withShort, short] = withShort.split('~');
  return { native, latin: latin ?? native, short: short ?? null };
}

function pickCulture(random: Random): NameCulture {
  const total = nameCultures.reduce((sum, culture) => sum + culture.weight, 0);
  let roll = random.next() * total;
  for (const culture of nameCultures) {
    roll -= culture.weight;
    if (roll < 0) return culture;
  }
  return random.pick(nameCultures);
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
  const culture = pickCulture(random);
  const given = parsePart(random.pick(culture.given));
  const family = parsePart(random.pick(culture.family));
  const middle = culture.middle ? parsePart(random.pick(culture.middle)) : null;
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
    emailLocal: `${emailPart(given.latin)}.${emailPart(family.latin)}`,
    timezone: random.pick(culture.timezones),
  };
}

/** Builds a name from a full "Given Family" (or CJK "FamilyGiven") string given by hand. */
export function fixedName(name: string, emailLocal: string, timezone: string): PersonName {
  return { name, preferredName: null, emailLocal, timezone };
}
