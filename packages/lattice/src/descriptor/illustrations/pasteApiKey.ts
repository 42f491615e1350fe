import type { Illustration } from '@keylink/contract';
import { latticeMark } from './latticeLogo';
import { arrow, clickRing, label, palette, svgDocument } from './svgParts';

/** A downward chevron at the right of a select box. */
function chevron(x: number, y: number): string {
  return `<path d="M${x} ${y}l4 4 4-4" fill="none" stroke="${palette.muted}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** An eye: the show/hide toggle of a secret field. */
const eye =
  `<path d="M290 95q8-8 16 0q-8 8-16 0z" fill="none" stroke="${palette.muted}" stroke-width="1.5"/>` +
  `<circle cx="298" cy="95" r="2.2" fill="${palette.muted}"/>`;

/** Step 5: Keylink's form with the pasted key in the API key field. */
export const pasteApiKey: Illustration = {
  alt: 'Keylink’s Link Account form: the Lattice API key field, holding the pasted key hidden behind dots, is circled. Below it are a region picker set to United States and a Continue button.',
  svg: svgDocument(
    `<rect x="70.5" y="12.5" width="259" height="215" rx="12" fill="${palette.surface}" stroke="${palette.line}"/>` +
      `<g transform="translate(86 26) scale(0.55)">${latticeMark}</g>` +
      label(114, 43, 'Link your Lattice account', { size: 14, weight: 700 }) +
      label(86, 72, 'Lattice API key', { size: 12, weight: 600 }) +
      `<rect x="86.5" y="80.5" width="227" height="29" rx="6" fill="${palette.surface}" stroke="${palette.text}"/>` +
      label(96, 99.5, '•'.repeat(20), { size: 12, fill: palette.text }) +
      eye +
      clickRing(86, 80, 228, 30) +
      label(86, 128, 'Settings › Platform › API Keys in Lattice', {
        size: 11,
        fill: palette.muted,
      }) +
      label(86, 152, 'Region', { size: 12, weight: 600 }) +
      `<rect x="86.5" y="158.5" width="227" height="25" rx="6" fill="${palette.surface}" stroke="${palette.line}"/>` +
      label(96, 175, 'United States', { size: 12 }) +
      chevron(296, 169) +
      `<rect x="86" y="194" width="228" height="24" rx="6" fill="${palette.text}"/>` +
      label(200, 210, 'Continue', {
        size: 12,
        weight: 600,
        fill: palette.surface,
        anchor: 'middle',
      }) +
      arrow(22, 95, 74, 95) +
      label(22, 84, 'Paste', { size: 12, weight: 600, fill: palette.accentText }),
  ),
};
