// Where the widget's bytes go: builds the bare React host of size-budget.mjs with the widget,
// minified as a host would, and lists each module's share of the output. Module figures are
// each module's minified code gzipped on its own: they do not add up to the page's gzip size
// (gzip shares repeats across modules), but they rank the modules honestly. Reads
// packages/react/dist: build it first (`pnpm --filter @keylink/react... build`).
//
// With --source, the page imports the widget's source instead (TypeScript, the contract from
// source, the widget build's tree-shaking hints), so each of the widget's own files is a module.
//
//   node bench/size-breakdown.mjs [--host bare|libraries] [--source] [--top N]
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifySync } from 'vite';
import { bareHost, buildHostPage, libraryHost, withWidget } from './size-budget.mjs';

const root = join(import.meta.dirname, '..');
const reactDir = join(root, 'packages', 'react');
const work = join(reactDir, 'node_modules', '.cache', 'size-breakdown');
const argument = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const host = argument('--host', 'bare');
const top = Number(argument('--top', '40'));
const fromSource = process.argv.includes('--source');
const widgetSource = {
  index: join(reactDir, 'src', 'index.ts'),
  styles: join(reactDir, 'src', 'styles.css'),
};
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`.padStart(10);

/** Builds a host page for production, as size-budget.mjs does; returns Vite's output files. */
const buildPage = (name, source) => buildHostPage(join(work, name), source, { fromSource });

const hostSource = host === 'libraries' ? libraryHost : bareHost;
rmSync(work, { recursive: true, force: true });
/** Each module's code, minified on its own (a whole program or not), by module id. */
function modulesOf(files) {
  const modules = new Map();
  for (const file of files) {
    if (file.type !== 'chunk') continue;
    for (const [id, info] of Object.entries(file.modules)) {
      if (info.renderedLength === 0) continue;
      let code = info.code ?? '';
      try {
        code = minifySync('module.js', code).code;
      } catch {
        // Rendered module code is not always a whole program (hoisted exports); keep it as is.
      }
      modules.set(id, { chunk: file.fileName, code });
    }
  }
  return modules;
}
// What the host has without the widget is shared; a shared module counts for what the widget
// makes the host keep of it beyond what the host uses itself.
const without = modulesOf(await buildPage('without', hostSource));
const files = await buildPage(
  'with',
  fromSource ? withWidget(hostSource, widgetSource) : withWidget(hostSource),
);

/** A module's name as a reader wants it: package and path inside it, or the widget's file. */
function label(id) {
  const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
  const inModules = clean.lastIndexOf('node_modules/');
  if (inModules !== -1) return clean.slice(inModules + 'node_modules/'.length);
  return relative(root, clean);
}
function groupOf(name) {
  if (name.startsWith('packages/react/')) return 'widget';
  if (name.startsWith('packages/contract/')) return 'contract';
  const scoped = name.startsWith('@') ? name.split('/').slice(0, 2) : name.split('/').slice(0, 1);
  return scoped.join('/');
}

const rows = [];
let pageJs = 0;
let pageCss = 0;
for (const file of files) {
  if (file.type === 'chunk') pageJs += gzip(file.code);
  else if (file.fileName.endsWith('.css')) pageCss += gzip(file.source);
}
for (const [id, { chunk, code }] of modulesOf(files)) {
  const name = label(id);
  const before = without.get(id)?.code ?? '';
  const grown = code.length - before.length;
  if (grown <= 0) continue;
  rows.push({
    chunk,
    name: before === '' ? name : `${name} (more of it than the host uses)`,
    group: groupOf(name),
    minified: grown,
    gzip: gzip(code) - (before === '' ? 0 : gzip(before)),
  });
}

const byGroup = new Map();
for (const row of rows) {
  const group = byGroup.get(row.group) ?? { minified: 0, gzip: 0, modules: 0 };
  group.minified += row.minified;
  group.gzip += row.gzip;
  group.modules += 1;
  byGroup.set(row.group, group);
}
console.log(
  `Host "${host}": page JS ${kB(pageJs)} gzip, CSS ${kB(pageCss)} gzip (whole page, React included)`,
);
console.log('\nBy package (sum of modules gzipped one by one):');
for (const [group, figure] of [...byGroup].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(
    `  ${group.padEnd(30)} ${kB(figure.gzip)} gzip ${kB(figure.minified)} minified  ${String(figure.modules).padStart(4)} modules`,
  );
}
console.log(`\nLargest ${top} modules:`);
for (const row of rows.sort((a, b) => b.gzip - a.gzip).slice(0, top)) {
  console.log(`  ${kB(row.gzip)} gzip ${kB(row.minified)} min  ${row.name}  [${row.chunk}]`);
}
