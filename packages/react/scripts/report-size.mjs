// Prints the size of each built file, so every build shows what hosts will download. Vite keeps
// whitespace in ES libraries (the host's bundler minifies), so JavaScript is also measured
// minified, as it reaches a browser.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifySync } from 'vite';

const dist = join(import.meta.dirname, '..', 'dist');
const kB = (n) => `${(n / 1024).toFixed(1)} kB`.padStart(9);
let total = 0;
let totalMinified = 0;
// Recursive: locales are built under dist/locales.
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) =>
  /\.(js|css)$/.test(name),
);
for (const file of files) {
  const text = readFileSync(join(dist, file), 'utf8');
  const gzip = gzipSync(text).length;
  const minified = file.endsWith('.js') ? gzipSync(minifySync(file, text).code).length : gzip;
  total += gzip;
  totalMinified += minified;
  console.log(
    `${file.padEnd(26)} ${kB(Buffer.byteLength(text))}  gzip ${kB(gzip)}  minified+gzip ${kB(minified)}`,
  );
}
console.log(
  `${'total'.padEnd(26)} ${''.padStart(9)}  gzip ${kB(total)}  minified+gzip ${kB(totalMinified)}`,
);
