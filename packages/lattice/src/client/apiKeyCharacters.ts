// A Lattice key travels as `Authorization: Bearer <key>`, and an HTTP header holds visible ASCII
// only. A key with anything else in it was mangled on its way to the field (a word processor
// turning "-" into "–", a line break, an invisible character): no call could carry it, and the
// HTTP library's error would quote the raw key. So it is refused before any call, saying how to fix it.

/** Dashes that look like "-" but are not (hyphen, en dash, em dash, minus, …). */
const lookalikeDashes = new Set([
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2212',
  '\ufe63',
  '\uff0d',
]);

function isVisibleAscii(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x21 && code <= 0x7e;
}

/**
 * Why this key cannot be a Lattice key because of its characters, as advice for the person who
 * pasted it, or undefined when every character can be sent.
 *
 * @example
 * apiKeyCharacterProblem('a1b2–c3'); // 'The key contains a long dash (–) …'
 */
export function apiKeyCharacterProblem(apiKey: string): string | undefined {
  const characters = [...apiKey];
  if (characters.every(isVisibleAscii)) return undefined;
  if (characters.some((character) => lookalikeDashes.has(character))) {
    return 'The key contains a long dash (–) where a Lattice key has a plain dash (-), often added by a text editor or chat app. Copy the key again from Lattice, with all the dashes, and paste it here directly.';
  }
  if (characters.some((character) => /\s/.test(character))) {
    return 'The key contains a space or a line break, which cannot be part of a key. Copy the key again from Lattice, with all the dashes, and paste only the key.';
  }
  return 'The key contains a character that cannot be part of a key (an invisible or non-Latin character). Copy the key again from Lattice, with all the dashes, and paste it here directly.';
}
