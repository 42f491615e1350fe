// The widget's size budget, checked by `npm test` after the build: what a host's users download
// for <LinkAccount>, i.e. the built entry bundled with every dependency except react and
// react-dom (the host has those), minified and gzipped, plus its stylesheet gzipped.
// Builds nothing of the widget itself: it reads packages/react/dist. Exits 1 over the budget.
//
//   node bench/size-budget.mjs [--json <file>]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, minifySync } from 'vite';

// 47 kB since issue 13 (compact guide, sample cards, capped retry, success summary, localised
// provider content): measured 44.7 kB before it, 46.9 kB after. Other languages stay outside.
export const budgetBytes = 47 * 1024;
const reactDir = join(import.meta.dirname, '..', 'packages', 'react');
const dist = join(reactDir, 'dist');
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** Bundles one built entry with its dependencies (react and react-dom left out), minified. */
async function bundledGzipBytes(entry) {
  const outputs = await build({
    configFile: false,
    logLevel: 'silent',
    root: reactDir,
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: 'widget' },
      rollupOptions: {
        external: [/^react($|\/)/, /^react-dom($|\/)/],
        onwarn: () => {},
      },
    },
  });
  const chunks = (Array.isArray(outputs) ? outputs : [outputs]).flatMap((result) =>
    'output' in result ? result.output : [],
  );
  // Vite keeps whitespace in ES libraries (a host's bundler minifies): minify as a browser gets it.
  const code = chunks
    .filter((chunk) => chunk.type === 'chunk')
    .map((chunk) => minifySync(chunk.fileName, chunk.code).code);
  return {
    bytes: code.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    gzip: code.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0),
  };
}

/** Measures the widget as built. Throws when packages/react has not been built. */
export async function measureWidgetSize() {
  const entry = join(dist, 'index.js');
  if (!existsSync(entry)) {
    throw new Error(
      `No widget build at ${entry}: run \`pnpm --filter @keylink/react build\` (or npm test, which builds first).`,
    );
  }
  const js = await bundledGzipBytes(entry);
  const cssFile = join(dist, 'styles.css');
  const css = existsSync(cssFile) ? gzipSync(readFileSync(cssFile), { level: 9 }).length : 0;
  const mountEntry = join(dist, 'mount.js');
  const mount = existsSync(mountEntry) ? await bundledGzipBytes(mountEntry) : null;
  const total = js.gzip + css;
  return {
    budgetBytes,
    jsMinifiedBytes: js.bytes,
    jsGzipBytes: js.gzip,
    cssGzipBytes: css,
    totalGzipBytes: total,
    mountEntryGzipBytes: mount?.gzip ?? null,
    withinBudget: total <= budgetBytes,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = await measureWidgetSize();
  console.log(
    `widget (index entry, deps bundled, react/react-dom excluded): JS ${kB(size.jsGzipBytes)} gzip ` +
      `(${kB(size.jsMinifiedBytes)} minified) + CSS ${kB(size.cssGzipBytes)} gzip = ${kB(size.totalGzipBytes)} ` +
      `of a ${kB(budgetBytes)} budget${size.mountEntryGzipBytes === null ? '' : `; mount() entry ${kB(size.mountEntryGzipBytes)} gzip`}`,
  );
  const jsonAt = process.argv.indexOf('--json');
  const jsonFile = jsonAt === -1 ? undefined : process.argv[jsonAt + 1];
  if (jsonFile !== undefined) {
    mkdirSync(dirname(jsonFile), { recursive: true });
    writeFileSync(jsonFile, `${JSON.stringify(size, null, 2)}\n`);
  }
  if (!size.withinBudget) {
    console.error(
      `The widget is ${kB(size.totalGzipBytes - budgetBytes)} over its ${kB(budgetBytes)} gzip budget: find what grew (npx vite-bundle-visualizer, or the build's size report) before raising the budget.`,
    );
    process.exit(1);
  }
}
