/** Flags for a closed network: see chromium.mjs. */
export declare const chromiumArgs: readonly string[];

/** Launch options for Playwright: CHROMIUM_PATH when set, else `fallbackPath`. */
export declare function chromiumLaunchOptions(fallbackPath?: string): {
  executablePath: string | undefined;
  args: string[];
};
