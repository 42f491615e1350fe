#!/usr/bin/env node
// Runs the sandbox command from source (workspace packages are not built).
import { register } from 'tsx/esm/api';

register();
await import('../src/sandbox/cli.ts');
