import type { LatticeTexts } from '../texts/LatticeTexts';
import { latticeMark } from './latticeLogo';
import { arrow, clickRing, label, palette, svgDocument } from './svgParts';

/** A downward chevron at the right of a select box. */
function chevron(x: number, y: number): string {
  return `<path d="M${x} ${y}l4 4 4-4" fill="none" stroke="${palette.muted}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/**
 * Step 5: Keylink's own form, drawn as the widget lays it out in the guide's language: the region
 * first, then the key field (holding the pasted key behind dots) with its Show button, then the
 * button that checks the key. A test compares these words with the widget's.
 */
export function pasteApiKeySvg(
  words: LatticeTexts['formPicture'],
  notes: LatticeTexts['pictureNotes'],
): string {
  return svgDocument(
    `<rect x="70.5" y="12.5" width="259" height="215" rx="12" fill="${palette.surface}" stroke="${palette.line}"/>` +
      `<g transform="translate(86 26) scale(0.55)">${latticeMark}</g>` +
      label(114, 42, words.heading, { size: 13, weight: 700 }) +
      label(86, 68, words.region, { size: 12, weight: 600 }) +
      `<rect x="86.5" y="74.5" width="227" height="25" rx="6" fill="${palette.surface}" stroke="${palette.line}"/>` +
      label(96, 91, words.regionValue, { size: 12 }) +
      chevron(296, 85) +
      label(86, 120, words.keyLabel, { size: 12, weight: 600 }) +
      `<rect x="86.5" y="126.5" width="162" height="29" rx="6" fill="${palette.surface}" stroke="${palette.text}"/>` +
      label(96, 145.5, '•'.repeat(16), { size: 12, fill: palette.text }) +
      `<rect x="254.5" y="126.5" width="59" height="29" rx="6" fill="${palette.sunken}" stroke="${palette.line}"/>` +
      label(284, 145, words.show, { size: 11, weight: 600, anchor: 'middle' }) +
      clickRing(86, 126, 163, 30) +
      `<rect x="86" y="176" width="228" height="28" rx="6" fill="${palette.text}"/>` +
      label(200, 194, words.checkButton, {
        size: 12,
        weight: 600,
        fill: palette.surface,
        anchor: 'middle',
      }) +
      arrow(22, 141, 74, 141) +
      label(44, 130, notes.paste, {
        size: 12,
        weight: 600,
        fill: palette.accentText,
        anchor: 'middle',
      }),
  );
}
