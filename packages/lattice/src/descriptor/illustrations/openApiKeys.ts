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

/** A numbered accent dot: the order in which to click the menu items. */
function order(cx: number, cy: number, n: number): string {
  return (
    `<circle cx="${cx}" cy="${cy}" r="8" fill="${palette.accent}"/>` +
    label(cx, cy + 4, String(n), { size: 11, weight: 700, fill: palette.surface, anchor: 'middle' })
  );
}

/** A small downward chevron: the menu item is expanded. */
function expanded(x: number, y: number): string {
  return `<path d="M${x} ${y}l4 4 4-4" fill="none" stroke="${palette.muted}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** Step 2: the admin menu with Settings and Platform open and API Keys marked. */
export const openApiKeysSvg = (clickHere: string): string =>
  svgDocument(
    browserWindow('app.latticehq.com') +
      sidebar(170) +
      label(24, 58, 'ADMIN', { size: 10, weight: 700, fill: palette.muted }) +
      icon(24, 70) +
      placeholder(42, 72, 70) +
      icon(24, 92) +
      placeholder(42, 94, 56) +
      order(30, 122, 1) +
      label(46, 126.5, 'Settings', { weight: 600 }) +
      expanded(150, 120) +
      order(46, 148, 2) +
      label(62, 152.5, 'Platform', { weight: 600 }) +
      expanded(150, 146) +
      label(62, 176.5, 'Integrations', { fill: palette.muted }) +
      `<rect x="40" y="188" width="132" height="24" rx="6" fill="${palette.accentSoft}"/>` +
      order(52, 200, 3) +
      label(66, 204.5, 'API Keys', { weight: 600, fill: palette.accentText }) +
      clickRing(40, 188, 132, 24) +
      label(196, 66, 'Settings', { size: 17, weight: 700 }) +
      placeholder(196, 78, 120) +
      placeholder(196, 104, 176, 6) +
      placeholder(196, 118, 150, 6) +
      placeholder(196, 132, 164, 6) +
      arrow(266, 200, 186, 200) +
      label(274, 204.5, clickHere, { weight: 600, fill: palette.accentText }),
  );
