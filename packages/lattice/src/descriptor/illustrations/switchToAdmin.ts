import {
  arrow,
  browserWindow,
  clickRing,
  icon,
  label,
  palette,
  placeholder,
  sidebar,
  svgDocument,
} from './svgParts';

const menu = ['Home', 'Goals', 'Reviews', 'Feedback']
  .map((name, index) => {
    const y = 62 + index * 26;
    const active = index === 0;
    const highlight = active
      ? `<rect x="16" y="${y - 9}" width="154" height="24" rx="6" fill="${palette.placeholder}"/>`
      : '';
    return highlight + icon(24, y - 3) + label(42, y + 7, name, { weight: active ? 600 : 400 });
  })
  .join('');

/**
 * Step 1: the Lattice home page, with "Switch to admin" at the bottom of the left menu. Lattice's
 * labels stay English, as Lattice shows them; `clickHere` is our note, in the guide's language.
 */
export const switchToAdminSvg = (clickHere: string): string =>
  svgDocument(
    browserWindow('app.latticehq.com') +
      sidebar(170) +
      menu +
      `<path d="M16 186.5h156" stroke="${palette.line}"/>` +
      `<rect x="16" y="196" width="156" height="26" rx="6" fill="${palette.accentSoft}"/>` +
      icon(24, 203.5, palette.accent) +
      label(42, 213.5, 'Switch to admin', { weight: 600, fill: palette.accentText }) +
      clickRing(16, 196, 156, 26) +
      label(196, 66, 'Welcome back', { size: 17, weight: 700 }) +
      placeholder(196, 78, 140) +
      `<rect x="196" y="100" width="88" height="66" rx="8" fill="${palette.sunken}" stroke="${palette.line}"/>` +
      `<rect x="294" y="100" width="88" height="66" rx="8" fill="${palette.sunken}" stroke="${palette.line}"/>` +
      placeholder(206, 114, 50) +
      placeholder(206, 130, 66, 6) +
      placeholder(304, 114, 50) +
      placeholder(304, 130, 66, 6) +
      arrow(266, 209, 186, 209) +
      label(274, 213.5, clickHere, { weight: 600, fill: palette.accentText }),
  );
