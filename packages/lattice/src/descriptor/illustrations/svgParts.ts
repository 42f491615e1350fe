/**
 * Drawing pieces shared by the guide's pictures, so every step uses the same canvas, palette,
 * window frame and click marker. The pictures are schematic on purpose: they show where to click,
 * not a copy of Lattice's screens, which change.
 */

/** Neutral greys, plus one accent that only ever marks the thing to click. */
export const palette = {
  canvas: '#eef2f6',
  surface: '#ffffff',
  sunken: '#f8fafc',
  line: '#cbd5e1',
  placeholder: '#e2e8f0',
  text: '#0f172a',
  muted: '#64748b',
  accent: '#ea580c',
  accentSoft: '#fff7ed',
  accentText: '#c2410c',
} as const;

/** Every guide picture shares this size: wide enough to read at 400–600 px. */
const canvasWidth = 400;
const canvasHeight = 240;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes the characters XML reserves, so a label can never break the markup. */
function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (character) => entities[character] ?? character);
}

/** The root element: a fixed viewBox, generic fonts only, nothing external. */
export function svgDocument(body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${canvasWidth} ${canvasHeight}" ` +
    `width="${canvasWidth}" height="${canvasHeight}" font-family="system-ui, sans-serif">` +
    `<rect width="${canvasWidth}" height="${canvasHeight}" fill="${palette.canvas}"/>${body}</svg>`
  );
}

interface TextOptions {
  size?: number;
  weight?: number;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  mono?: boolean;
}

/** One line of text; `y` is the baseline. */
export function label(x: number, y: number, content: string, options: TextOptions = {}): string {
  const { size = 13, weight = 400, fill = palette.text, anchor = 'start', mono = false } = options;
  const family = mono ? ' font-family="monospace"' : '';
  const bold = weight === 400 ? '' : ` font-weight="${weight}"`;
  const align = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${bold}${align}${family}>${escapeXml(content)}</text>`;
}

/** A grey bar standing for text or content the step does not care about. */
export function placeholder(x: number, y: number, width: number, height = 8): string {
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="${height / 2}" fill="${palette.placeholder}"/>`;
}

/** A small rounded square standing for a menu icon. */
export function icon(x: number, y: number, fill: string = palette.line): string {
  return `<rect x="${x}" y="${y}" width="11" height="11" rx="3" fill="${fill}"/>`;
}

/** A browser window showing `address`; its content area starts at y = 38. */
export function browserWindow(address: string): string {
  return (
    `<rect x="8.5" y="8.5" width="383" height="223" rx="8" fill="${palette.surface}" stroke="${palette.line}"/>` +
    `<path d="M9 36.5h382" stroke="${palette.line}"/>` +
    [20, 32, 44]
      .map((cx) => `<circle cx="${cx}" cy="22" r="3.5" fill="${palette.line}"/>`)
      .join('') +
    `<rect x="62" y="14" width="220" height="16" rx="8" fill="${palette.canvas}"/>` +
    label(74, 26, address, { size: 11, fill: palette.muted })
  );
}

/** The window's left menu, `width` wide, its bottom-left corner following the window's. */
export function sidebar(width: number): string {
  return (
    `<path d="M9 37h${width}v194H16.5a7.5 7.5 0 0 1-7.5-7.5z" fill="${palette.sunken}"/>` +
    `<path d="M${width + 9.5} 37v194" stroke="${palette.line}"/>`
  );
}

/** Darkens the window's content, as a page does behind a dialog. */
export const dimmer = `<path d="M9 37h382v186.5a7.5 7.5 0 0 1-7.5 7.5h-367a7.5 7.5 0 0 1-7.5-7.5z" fill="${palette.text}" opacity="0.4"/>`;

/** The accent ring drawn around the thing to click, a few units outside its edges. */
export function clickRing(x: number, y: number, width: number, height: number): string {
  return `<rect x="${x - 4}" y="${y - 4}" width="${width + 8}" height="${height + 8}" rx="9" fill="none" stroke="${palette.accent}" stroke-width="2.5"/>`;
}

/** A mouse pointer whose tip is at (x, y). */
export function pointer(x: number, y: number): string {
  return `<path transform="translate(${x} ${y})" d="M0 0v17l4.5-4 3 7 3-1.3-3-6.8h6z" fill="${palette.text}" stroke="${palette.surface}" stroke-width="1.3" stroke-linejoin="round"/>`;
}

/** An accent arrow from (x1, y1) to (x2, y2), its head at the end. */
export function arrow(x1: number, y1: number, x2: number, y2: number): string {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = (turn: number): string => {
    const x = x2 - 10 * Math.cos(angle + turn);
    const y = y2 - 10 * Math.sin(angle + turn);
    return `${x.toFixed(1)} ${y.toFixed(1)}`;
  };
  return (
    `<path d="M${x1} ${y1}L${x2} ${y2}" stroke="${palette.accent}" stroke-width="3" stroke-linecap="round"/>` +
    `<path d="M${head(0.5)}L${x2} ${y2}L${head(-0.5)}" fill="none" stroke="${palette.accent}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>`
  );
}
