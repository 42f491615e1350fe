import { defineConfig } from 'tsdown';

const shared = {
  platform: 'browser',
  target: 'es2022',
  // The widget's own code and the contract's schemas stay readable: the host's bundler minifies.
  fixedExtension: false,
  define: {},
  // zod's schema builders are pure, which rolldown cannot see on its own (they are plain calls at
  // module level): said here, the contract's schemas the widget never parses with are dropped.
  treeshake: { manualPureFunctions: ['z', 'queryInteger'] },
} as const;

export default defineConfig([
  // For hosts with a bundler: ES modules with bundled declarations. React, react-dom and the
  // libraries the widget uses (TanStack Query, react-hook-form, zod, @hookform/resolvers, the
  // contract) are dependencies left to the host's bundler, which dedupes them with its own.
  {
    ...shared,
    entry: {
      index: 'src/index.ts',
      mount: 'src/mount.tsx',
      // Each locale is its own entry (`@keylink/react/locales/fr`): a host downloads only the
      // ones it imports.
      'locales/en': 'src/locales/en.ts',
      'locales/fr': 'src/locales/fr.ts',
      'locales/de': 'src/locales/de.ts',
      'locales/es': 'src/locales/es.ts',
    },
    // The contract is compiled in (see `shared.treeshake`), so only the schemas the widget parses
    // with stay. Only the JavaScript: the declarations import the contract's types from its package.
    deps: {
      alwaysBundle: (id, importer) =>
        id === '@keylink/contract' && !/\.d\.[cm]?ts$/.test(importer ?? ''),
    },
    format: 'esm',
    dts: { sourcemap: true },
    sourcemap: true,
    clean: true,
    // React Server Components hosts must treat the widget as client code.
    banner: { js: '"use client";' },
    // Hosts import the stylesheet as `@keylink/react/styles.css`.
    copy: [{ from: 'src/styles.css', to: 'dist' }],
  },
  // For pages without a bundler: mount() as one minified script with React and every library
  // inside, defining the global `Keylink` (like Plaid's link-initialize.js).
  {
    ...shared,
    entry: { 'standalone/keylink': 'src/standalone.ts' },
    format: 'iife',
    globalName: 'Keylink',
    minify: true,
    dts: false,
    sourcemap: false,
    clean: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    deps: { alwaysBundle: [/.*/], onlyBundle: false },
    outputOptions: { entryFileNames: '[name].js' },
  },
]);
