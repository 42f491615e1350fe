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

/** One row of the existing-keys table: a name, a date, and the Revoke action. */
function keyRow(y: number, nameWidth: number): string {
  return (
    `<path d="M156 ${y - 14.5}h228" stroke="${palette.placeholder}"/>` +
    placeholder(156, y - 6, nameWidth) +
    placeholder(262, y - 6, 52) +
    label(384, y + 2, 'Revoke', { size: 12, fill: palette.muted, anchor: 'end' }) +
    `<path d="M342 ${y + 4.5}h42" stroke="${palette.muted}"/>`
  );
}

/** Step 3: the API Keys page, with the "Generate API key" button marked. */
export const generateApiKeySvg = svgDocument(
  browserWindow('app.latticehq.com') +
    sidebar(130) +
    [54, 78, 102].map((y) => icon(24, y) + placeholder(42, y + 2, 70)).join('') +
    `<rect x="16" y="120" width="116" height="24" rx="6" fill="${palette.placeholder}"/>` +
    icon(24, 126.5) +
    label(42, 136.5, 'API Keys', { weight: 600 }) +
    label(156, 66, 'API Keys', { size: 17, weight: 700 }) +
    placeholder(156, 78, 150, 6) +
    `<rect x="156" y="94" width="164" height="28" rx="6" fill="${palette.accent}"/>` +
    label(238, 112.5, 'Generate API key', {
      weight: 600,
      fill: palette.surface,
      anchor: 'middle',
    }) +
    clickRing(156, 94, 164, 28) +
    label(156, 152, 'NAME', { size: 10, weight: 700, fill: palette.muted }) +
    label(262, 152, 'CREATED', { size: 10, weight: 700, fill: palette.muted }) +
    keyRow(180, 80) +
    keyRow(208, 64) +
    arrow(382, 108, 334, 108),
);
