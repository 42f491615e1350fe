#!/usr/bin/env node
// The `lattice-sandbox` command: the built JavaScript, run by plain node (`pnpm build` first when
// running it from a clone; inside the workspace, `pnpm --filter @keylink/lattice sandbox:dev` runs the source).
import '../dist/sandbox/cli.js';
