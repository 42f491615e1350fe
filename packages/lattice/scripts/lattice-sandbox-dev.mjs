#!/usr/bin/env node
// The `lattice-sandbox` command run from source, inside the workspace (the demo, the command's
// tests): tsx compiles the TypeScript, and the tsconfig's paths point every @keylink package at
// its source, so nothing needs building. Published installs run bin/lattice-sandbox.mjs (built).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/sandbox/cli.ts');
