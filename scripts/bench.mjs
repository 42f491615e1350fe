// `npm run bench`: installs what is missing, then runs every benchmark in bench/ and writes
// the figures to bench/results/.
import { bootstrap, run } from './bootstrap.mjs';

bootstrap();
run('pnpm', ['--filter', '@keylink/bench', 'run', 'bench']);
