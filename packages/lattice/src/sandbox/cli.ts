// The `lattice-sandbox` command: serves the sandbox on a port and prints its keys.
import { budgetText, parseSandboxCommand, sandboxUsage, scenarioTable } from './sandboxCommand';
import { serveSandbox } from './serveSandbox';

// Output piped into a reader that quits (`| head`) must not crash the server on its next line.
process.stdout.on('error', () => undefined);

const parsed = parseSandboxCommand(process.argv.slice(2), process.env);
if (parsed.kind === 'help') {
  console.log(sandboxUsage);
} else if (parsed.kind === 'error') {
  console.error(`lattice-sandbox: ${parsed.message}\n\n${sandboxUsage}`);
  process.exitCode = 2;
} else {
  try {
    const running = await serveSandbox(parsed.options);
    const { latencyMs, slowLatencyMs, requestBudget } = parsed.options;
    console.log(`Lattice sandbox listening on ${running.url} (latency ${latencyMs} ms, slow key ${slowLatencyMs} ms, request budget ${budgetText(requestBudget)})
Use it as the Lattice base URL; every key below is a Bearer token.

${scenarioTable(slowLatencyMs)}

Lattice's admin console (sign in, generate and revoke keys): ${running.url}/app
Try: curl -H "Authorization: Bearer <key>" ${running.url}/v1/me
Press Ctrl+C to stop.`);
    let stopping = false;
    const stop = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: stopping the Lattice sandbox.`);
      running.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`lattice-sandbox: could not stop cleanly: ${String(error)}`);
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
    const hint =
      code === 'EADDRINUSE'
        ? ' The port is taken: pass --port <another> (or --port 0 for any free one).'
        : '';
    console.error(
      `lattice-sandbox: could not start: ${error instanceof Error ? error.message : String(error)}.${hint}`,
    );
    process.exitCode = 1;
  }
}
