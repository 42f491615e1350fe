import { parseArgs } from 'node:util';
import { sandboxScenarios } from './sandboxScenarios';

export interface SandboxCommandOptions {
  port: number;
  host: string;
  latencyMs: number;
  slowLatencyMs: number;
}

export type ParsedCommand =
  | { kind: 'serve'; options: SandboxCommandOptions }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export const sandboxUsage = `Usage: lattice-sandbox [options]

Serves a fake Lattice API (seeded companies behind scenario keys) for local development.

Options:
  --port <n>             port to listen on (default 4010, or LATTICE_SANDBOX_PORT; 0 picks a free one)
  --host <host>          interface to listen on (default 127.0.0.1)
  --latency-ms <n>       delay added to every answer (default 0)
  --slow-latency-ms <n>  extra delay for the "slow" key (default 3000)
  -h, --help             show this help`;

function wholeNumber(name: string, value: string, max: number): number | string {
  if (!/^\d+$/.test(value) || Number(value) > max) {
    return `${name} must be a whole number from 0 to ${max}, not "${value}".`;
  }
  return Number(value);
}

/** Reads the command line (and LATTICE_SANDBOX_PORT); flags win over the environment. */
export function parseSandboxCommand(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ParsedCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        'latency-ms': { type: 'string', default: '0' },
        'slow-latency-ms': { type: 'string', default: '3000' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  const portSource = values.port !== undefined ? '--port' : 'LATTICE_SANDBOX_PORT';
  const port = wholeNumber(portSource, values.port ?? env.LATTICE_SANDBOX_PORT ?? '4010', 65_535);
  if (typeof port === 'string') return { kind: 'error', message: port };
  const latencyMs = wholeNumber('--latency-ms', values['latency-ms'], 600_000);
  if (typeof latencyMs === 'string') return { kind: 'error', message: latencyMs };
  const slowLatencyMs = wholeNumber('--slow-latency-ms', values['slow-latency-ms'], 600_000);
  if (typeof slowLatencyMs === 'string') return { kind: 'error', message: slowLatencyMs };
  if (values.host.trim() === '') return { kind: 'error', message: '--host must not be empty.' };
  return { kind: 'serve', options: { port, host: values.host, latencyMs, slowLatencyMs } };
}

/** The scenario keys as a plain-text table: name, key, what it does. */
export function scenarioTable(): string {
  const rows = sandboxScenarios.map((s) => [s.name, s.key, s.title]);
  const header = ['name', 'key', 'what it does'];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
