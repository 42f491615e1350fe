#!/usr/bin/env node
// Runs the server command from source (workspace packages are not built).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
