import { createOpenApiDocument } from '@keylink/contract';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Independent linters from the registry, run as a developer would run them, on the document as
// served (3.1) and its 3.0 variant. Their configurations (../../redocly.yaml, ../../.spectral.yaml)
// turn no rule off; this test fails on any problem they report, warnings included.

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string) => join(packageRoot, 'node_modules', '.bin', name);
const dir = mkdtempSync(join(tmpdir(), 'keylink-openapi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const documents = {
  '3.1': createOpenApiDocument(),
  '3.0': createOpenApiDocument({ openapi: '3.0' }),
} as const;

/** Runs a linter; its verdict is its JSON report, whatever its exit code. */
async function report(command: string, args: string[]): Promise<string> {
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  try {
    const { stdout } = await run(command, args, { cwd: packageRoot, env, maxBuffer: 1 << 24 });
    return stdout;
  } catch (error) {
    if (error instanceof Error && 'stdout' in error && typeof error.stdout === 'string') {
      return error.stdout;
    }
    throw error;
  }
}

describe.concurrent.each(Object.entries(documents))(
  'the OpenAPI %s document',
  (version, document) => {
    const file = join(dir, `openapi-${version}.json`);
    writeFileSync(file, JSON.stringify(document, null, 2));

    it('should pass Redocly CLI lint with recommended-strict: no error, no warning', async () => {
      const stdout = await report(bin('redocly'), [
        'lint',
        '--config',
        'redocly.yaml',
        '--format',
        'json',
        file,
      ]);
      const result: { totals: object; problems: unknown[] } = JSON.parse(stdout);
      expect(result.problems).toEqual([]);
      expect(result.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
    }, 120_000);

    it('should pass Spectral with spectral:oas: no error, warning, information or hint', async () => {
      const stdout = await report(bin('spectral'), [
        'lint',
        '--ruleset',
        '.spectral.yaml',
        '--format',
        'json',
        '--quiet',
        file,
      ]);
      const results: unknown[] = JSON.parse(stdout.slice(0, stdout.lastIndexOf(']') + 1) || '[]');
      expect(results).toEqual([]);
    }, 120_000);
  },
);
