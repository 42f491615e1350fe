// `npm run bench`: installs what is missing, then runs every benchmark in bench/ and writes
// the figures to bench/results/. Names (`npm run bench -- startup widget`) run only those.
import { bootstrap, run } from './bootstrap.mjs';

bootstrap();
// The server benchmarks run the built `keylink-server` command, the widget's its built dist/.
run('pnpm', ['-r', '--filter', './packages/*', 'build']);
run('pnpm', ['--filter', '@keylink/bench', 'run', 'bench', ...process.argv.slice(2)]);
