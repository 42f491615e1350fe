// Prints the gzip size of each built file, so every build shows what hosts will download.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
for (const file of readdirSync(dist).filter((name) => /\.(js|css)$/.test(name))) {
  const bytes = readFileSync(join(dist, file));
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(
    `${file.padEnd(24)} ${kB(bytes.length).padStart(10)}  gzip ${kB(gzipSync(bytes).length).padStart(9)}`,
  );
}
