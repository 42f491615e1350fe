#!/usr/bin/env node
// The `keylink-server` command: the built JavaScript, run by plain node (`pnpm build` first when
// running it from a clone; inside the workspace, `pnpm --filter @keylink/server start:dev` runs the source).
import '../dist/cli.js';
