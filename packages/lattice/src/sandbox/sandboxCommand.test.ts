import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sandboxKeys, sandboxScenarios } from './index';
import { parseSandboxCommand, scenarioTable } from './sandboxCommand';
import { serveSandbox } from './serveSandbox';

const defaults = {
  port: 4010,
  host: '127.0.0.1',
  latencyMs: 0,
  slowLatencyMs: 3000,
  requestBudget: { burst: 600, perSecond: 10 },
};

describe('parseSandboxCommand', () => {
  it('given no arguments, should serve on 127.0.0.1:4010 without latency', () => {
    expect(parseSandboxCommand([], {})).toEqual({ kind: 'serve', options: defaults });
  });

  it('should read every flag, and LATTICE_SANDBOX_PORT when --port is absent', () => {
    const argv = [
      '--port',
      '5000',
      '--host',
      '0.0.0.0',
      '--latency-ms',
      '25',
      '--slow-latency-ms',
      '900',
      '--request-budget',
      '50:2.5',
    ];
    expect(parseSandboxCommand(argv, { LATTICE_SANDBOX_PORT: '6000' })).toEqual({
      kind: 'serve',
      options: {
        port: 5000,
        host: '0.0.0.0',
        latencyMs: 25,
        slowLatencyMs: 900,
        requestBudget: { burst: 50, perSecond: 2.5 },
      },
    });
    expect(parseSandboxCommand([], { LATTICE_SANDBOX_PORT: '6000' })).toEqual({
      kind: 'serve',
      options: { ...defaults, port: 6000 },
    });
  });

  it('should read the request budget from --request-budget, else LATTICE_SANDBOX_REQUEST_BUDGET', () => {
    const env = { LATTICE_SANDBOX_REQUEST_BUDGET: '20:1' };
    const budgetOf = (argv: string[], from: Record<string, string>) => {
      const parsed = parseSandboxCommand(argv, from);
      return parsed.kind === 'serve' ? parsed.options.requestBudget : parsed;
    };
    expect(budgetOf([], env)).toEqual({ burst: 20, perSecond: 1 });
    expect(budgetOf(['--request-budget', '7:3'], env)).toEqual({ burst: 7, perSecond: 3 });
    expect(budgetOf(['--request-budget', 'off'], env)).toBe(false);
    expect(budgetOf([], { LATTICE_SANDBOX_REQUEST_BUDGET: 'off' })).toBe(false);
    for (const bad of ['600', '0:10', '10:0', '-1:5', '5:', 'fast', '1.5:2']) {
      expect(budgetOf(['--request-budget', bad], {}), bad).toEqual({
        kind: 'error',
        message: expect.stringContaining('--request-budget'),
      });
    }
    expect(budgetOf([], { LATTICE_SANDBOX_REQUEST_BUDGET: '9' })).toEqual({
      kind: 'error',
      message: expect.stringContaining('LATTICE_SANDBOX_REQUEST_BUDGET'),
    });
  });

  it('given bad values or unknown flags, should explain the error', () => {
    for (const argv of [
      ['--port', 'abc'],
      ['--port', '70000'],
      ['--latency-ms', '-5'],
      ['--nope'],
      ['extra'],
    ]) {
      const parsed = parseSandboxCommand(argv, {});
      expect(parsed.kind, argv.join(' ')).toBe('error');
    }
    const fromEnv = parseSandboxCommand([], { LATTICE_SANDBOX_PORT: 'x' });
    expect(fromEnv).toEqual({
      kind: 'error',
      message: expect.stringContaining('LATTICE_SANDBOX_PORT'),
    });
    expect(parseSandboxCommand(['--help'], {})).toEqual({ kind: 'help' });
  });
});

describe('scenarioTable', () => {
  it('should list every scenario with its name, key and what it does', () => {
    const lines = scenarioTable().split('\n');
    expect(lines[0]).toMatch(/^name\s+key\s+what it does$/);
    for (const scenario of sandboxScenarios) {
      expect(
        lines.some((line) => line.startsWith(scenario.name) && line.includes(scenario.key)),
      ).toBe(true);
    }
  });
});

describe('serveSandbox', () => {
  it('should answer over HTTP as Lattice would, and close with a request still held open', async () => {
    const running = await serveSandbox({ ...defaults, port: 0 });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${running.url}/v1/me`, {
        headers: { Authorization: `Bearer ${sandboxKeys.smallCompanyAdmin}` },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ object: 'user', name: 'José Núñez' });
      expect((await fetch(`${running.url}/v1/me`)).status).toBe(401);
      const controller = new AbortController();
      const held = fetch(`${running.url}/v1/me`, {
        headers: { Authorization: `Bearer ${sandboxKeys.timeout}` },
        signal: controller.signal,
      });
      controller.abort();
      await expect(held).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      await running.close();
    }
  });
});

describe('the lattice-sandbox command', () => {
  it('should print its URL and keys, answer, and stop cleanly on SIGINT', async () => {
    // From source (tsx); the consumer tests (scripts/consumer) run the built command.
    const bin = fileURLToPath(new URL('../../scripts/lattice-sandbox-dev.mjs', import.meta.url));
    const child = spawn(process.execPath, [bin, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1] && output.includes('Ctrl+C')) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
    });
    for (const scenario of sandboxScenarios) expect(output).toContain(scenario.key);
    const response = await fetch(`${url}/v1/me`, {
      headers: { Authorization: `Bearer ${sandboxKeys.midCompanyAdmin}` },
    });
    expect(response.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 20_000);
});
