// How every tool here launches Chromium: the e2e suite (playwright.config.ts), the widget
// benchmark (bench/widget.ts) and the consumer check (scripts/consumer/browser.mjs).
// Plain JavaScript, with chromium.d.mts beside it, so TypeScript and bare node both import it.

/**
 * Flags for a closed network: no GPU, no sandbox (root in a container), and none of Chromium's
 * background traffic (updates, sync, QUIC probes), which otherwise floods a network it cannot reach.
 */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/**
 * Launch options for Playwright: the browser at CHROMIUM_PATH when it is set, else `fallbackPath`
 * (undefined lets Playwright use its own download).
 */
export function chromiumLaunchOptions(fallbackPath) {
  return {
    executablePath: process.env.CHROMIUM_PATH || fallbackPath,
    args: [...chromiumArgs],
  };
}
