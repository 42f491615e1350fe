// Child processes for the consumer check: commands run to their end with their output kept (and
// shown only when they fail), long-running commands started until they print their URL, and
// named steps that print how long they took.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

/** Runs a command to its end; rejects with its output when it fails. */
export function run(command, args, { cwd = root, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ stdout, output });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} (in ${cwd}) exited with ${code ?? signal}:\n${output}`,
          ),
        );
    });
  });
}

/**
 * Starts a long-running command and resolves once its output matches `ready` (whose first group
 * is the URL it serves), with a close() that stops it and waits for it to exit.
 */
export function startCommand(command, { args = [], cwd, env = {}, ready, timeoutMs = 60_000 }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise((done) => child.once('exit', done));
    const close = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    };
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`${command} printed no URL within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1].replace('localhost', '127.0.0.1'), close, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited early with ${code}:\n${output}`));
    });
  });
}

/** Runs one named part of the check, printing PASS/FAIL and its wall time. */
export async function step(name, work) {
  const startedAt = performance.now();
  const seconds = () => ((performance.now() - startedAt) / 1000).toFixed(1);
  try {
    const result = await work();
    console.log(`[consumer] PASS ${name} (${seconds()} s)`);
    return result;
  } catch (error) {
    console.error(
      `[consumer] FAIL ${name} (${seconds()} s)\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    throw error;
  }
}
