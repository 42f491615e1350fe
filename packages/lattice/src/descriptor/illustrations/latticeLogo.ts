import type { Illustration } from '@keylink/contract';

const ink = '#1e1b4b';
const brand = '#4f46e5';

/**
 * An original 40 × 40 mark for Lattice in Keylink's lists and headers (not Lattice's trademark): a
 * diamond lattice of four cells with a node at each crossing, beside the word "Lattice".
 */
export const latticeMark =
  `<rect width="40" height="40" rx="10" fill="${brand}"/>` +
  `<path d="M20 7L33 20L20 33L7 20z M13.5 13.5L26.5 26.5 M26.5 13.5L13.5 26.5" fill="none" stroke="#ffffff" stroke-width="2.4" stroke-linejoin="round"/>` +
  [
    [20, 7],
    [33, 20],
    [20, 33],
    [7, 20],
    [20, 20],
  ]
    .map(([cx, cy]) => `<circle cx="${cx}" cy="${cy}" r="2.6" fill="#ffffff"/>`)
    .join('');

/** The Lattice logo the widget shows: the mark and the wordmark (a 140 × 40 picture). */
export const latticeLogo = (alt: string): Illustration => ({
  alt,
  svg:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 140 40" width="140" height="40" font-family="system-ui, sans-serif">' +
    latticeMark +
    `<text x="50" y="28" font-size="22" font-weight="700" fill="${ink}">Lattice</text>` +
    '</svg>',
});
