/** How the widget looks: light, dark or following the system, and the host's brand colour. */
export interface LinkAccountTheme {
  /**
   * Light, dark, or whatever the person's system prefers.
   * @default 'system'
   */
  mode?: 'light' | 'dark' | 'system';
  /**
   * The colour of primary buttons, links and focus rings: any CSS colour. Text on it turns dark
   * or light to stay readable when it is a hex colour.
   * @default '#4f46e5'
   */
  brandColor?: string;
}

type CustomProperties = Record<`--kl-${string}`, string>;

/** Relative luminance of a #rgb or #rrggbb colour, or null for anything else. */
function luminance(color: string): number | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The class and CSS custom properties for a theme. Only custom properties are set on the root
 * (through the CSSOM, which a strict style-src allows): every real rule lives in styles.css under
 * the `kl-` prefix.
 */
export function themeStyle(theme: LinkAccountTheme = {}): {
  className: string;
  properties: CustomProperties;
} {
  const mode = theme.mode ?? 'system';
  const properties: CustomProperties = {};
  if (theme.brandColor) {
    properties['--kl-brand'] = theme.brandColor;
    const light = luminance(theme.brandColor);
    if (light !== null) properties['--kl-on-brand'] = light > 0.4 ? '#111827' : '#ffffff';
  }
  return { className: `kl-root kl-theme-${mode}`, properties };
}
