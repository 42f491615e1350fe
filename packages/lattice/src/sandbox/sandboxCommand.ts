import { parseArgs } from 'node:util';
import { companySpecs } from './companySpecs';
import { defaultRequestBudget, parseRequestBudget, tightRequestBudget } from './requestBudget';
import type { RequestBudget } from './requestBudget';
import { sandboxScenarios } from './sandboxScenarios';
import type { SandboxKeyName } from './sandboxScenarios';

export interface SandboxCommandOptions {
  port: number;
  host: string;
  latencyMs: number;
  slowLatencyMs: number;
  /** Each key's request budget, or false for none. */
  requestBudget: RequestBudget | false;
}

export type ParsedCommand =
  | { kind: 'serve'; options: SandboxCommandOptions }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/** A budget as the command writes it: `600:10`, or `off`. */
export function budgetText(budget: RequestBudget | false): string {
  return budget === false ? 'off' : `${budget.burst}:${budget.perSecond}`;
}

export const sandboxUsage = `Usage: lattice-sandbox [options]

Serves a fake Lattice API (seeded companies behind scenario keys) for local development.

Options:
  --port <n>             port to listen on (default 4010, or LATTICE_SANDBOX_PORT; 0 picks a free one)
  --host <host>          interface to listen on (default 127.0.0.1)
  --latency-ms <n>       delay added to every answer (default 0)
  --slow-latency-ms <n>  extra delay for the "slow" key (default 3000)
  --request-budget <burst>:<perSecond>|off
                         each key's request budget: <burst> requests at once, then <perSecond>
                         a second, else 429 with Retry-After (default ${budgetText(defaultRequestBudget)}, or
                         LATTICE_SANDBOX_REQUEST_BUDGET); off for none
  -h, --help             show this help`;

function wholeNumber(name: string, value: string, max: number): number | string {
  if (!/^\d+$/.test(value) || Number(value) > max) {
    return `${name} must be a whole number from 0 to ${max}, not "${value}".`;
  }
  return Number(value);
}

/**
 * Reads the command line (and LATTICE_SANDBOX_PORT, LATTICE_SANDBOX_REQUEST_BUDGET); flags win
 * over the environment.
 */
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
        'request-budget': { type: 'string' },
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
  const budgetSource =
    values['request-budget'] !== undefined ? '--request-budget' : 'LATTICE_SANDBOX_REQUEST_BUDGET';
  const requestBudget = parseRequestBudget(
    values['request-budget'] ??
      env.LATTICE_SANDBOX_REQUEST_BUDGET ??
      budgetText(defaultRequestBudget),
  );
  if (typeof requestBudget === 'string') {
    return { kind: 'error', message: `${budgetSource}: ${requestBudget}` };
  }
  return {
    kind: 'serve',
    options: { port, host: values.host, latencyMs, slowLatencyMs, requestBudget },
  };
}

/** One line per key on what it does, for the command's table (the README has the details). */
function effects(slowLatencyMs: number): Record<SandboxKeyName, string> {
  const admin = ({ name, size }: { name: string; size: number }): string =>
    `super admin of ${name} (${size.toLocaleString('en-US')} people)`;
  return {
    smallCompanyAdmin: admin(companySpecs.small),
    smallCompanySecondAdmin: `another ${admin(companySpecs.small)}`,
    midCompanyAdmin: admin(companySpecs.mid),
    largeCompanyAdmin: admin(companySpecs.large),
    nonAdmin: 'not an admin: sees only their own part of the mid company',
    usersForbidden: '/v1/me works, every other path 403',
    apiNotEnabled: 'API access not enabled: 403 everywhere',
    revoked: 'revoked: 401 everywhere',
    rateLimited: '429 everywhere, with Retry-After',
    slow: `the small company, every answer ${slowLatencyMs} ms late`,
    timeout: 'never answers; holds the request until the caller aborts',
    serverError: '500 {"error"} everywhere',
    malformed: '200 with a body that is not JSON',
    stuckCursor: 'the mid company, but paging stops advancing after 200 people',
    tightBudget: `the mid company, but only ${tightRequestBudget.burst} requests at once, then ${tightRequestBudget.perSecond}/s (429 + Retry-After)`,
  };
}

/** The scenario keys as a plain-text table: name, key, what it does. */
export function scenarioTable(slowLatencyMs = 3000): string {
  const effect = effects(slowLatencyMs);
  const rows = sandboxScenarios.map((s) => [s.name, s.key, effect[s.name]]);
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
