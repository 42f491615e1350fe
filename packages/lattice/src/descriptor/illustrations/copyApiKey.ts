import {
  browserWindow,
  clickRing,
  dimmer,
  label,
  palette,
  placeholder,
  pointer,
  sidebar,
  svgDocument,
} from './svgParts';

/** An obviously made-up key, shaped like a real one. */
const exampleKey = '01234567-89ab-cdef-0123-456789abcdef';

/** Step 4: the dialog showing the new key once, with its Copy button marked. */
export const copyApiKeySvg = svgDocument(
  browserWindow('app.latticehq.com') +
    sidebar(130) +
    placeholder(156, 54, 90, 12) +
    placeholder(156, 76, 150, 6) +
    placeholder(156, 96, 164, 28) +
    dimmer +
    `<rect x="34" y="50" width="332" height="170" rx="10" fill="${palette.surface}"/>` +
    label(50, 76, 'Your new API key', { size: 15, weight: 700 }) +
    `<rect x="50.5" y="88.5" width="299" height="32" rx="6" fill="${palette.sunken}" stroke="${palette.line}"/>` +
    label(60, 109, exampleKey, { size: 12.5, mono: true }) +
    `<path d="M58 134l7.5 13h-15z" fill="${palette.accent}"/>` +
    label(58, 145, '!', { size: 9, weight: 700, fill: palette.surface, anchor: 'middle' }) +
    label(72, 146, 'Shown only once', { weight: 700 }) +
    label(50, 166, 'Copy it now, dashes included.', { size: 12, fill: palette.muted }) +
    `<rect x="278" y="134" width="72" height="28" rx="6" fill="${palette.accent}"/>` +
    label(314, 152.5, 'Copy', { weight: 600, fill: palette.surface, anchor: 'middle' }) +
    clickRing(278, 134, 72, 28) +
    `<rect x="290.5" y="184.5" width="59" height="24" rx="6" fill="${palette.surface}" stroke="${palette.line}"/>` +
    label(320, 201, 'Close', { size: 12, fill: palette.muted, anchor: 'middle' }) +
    pointer(336, 150),
);
