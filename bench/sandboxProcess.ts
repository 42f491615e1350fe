// The Lattice sandbox as its own process for the benchmarks, so that generating and rendering
// Lattice's answers never competes for the CPU with the Keylink code being measured (the real
// Lattice is on other machines). Prints its URL on stdout; GET /__bench/requests answers (and
// resets) the count of Lattice requests received.
//
//   node --import tsx bench/sandboxProcess.ts <latencyMs>
import { createSyntheticCompany } from './syntheticCompany';
import { listen } from './lib/loopback';
import { createLatticeSandbox } from '@keylink/lattice/sandbox';

const latencyMs = Number(process.argv[2] ?? 0);
let requests = 0;
// No request budget: the benchmarks measure throughput, which a 429 would only cut short.
const sandbox = createLatticeSandbox({
  latencyMs,
  requestBudget: false,
  intercept: createSyntheticCompany(2_500),
});
const listening = await listen(async (request) => {
  if (new URL(request.url).pathname === '/__bench/requests') {
    const count = requests;
    requests = 0;
    return Response.json({ count });
  }
  requests += 1;
  return sandbox.fetch(request);
});
console.log(listening.url);
process.on('SIGTERM', () => {
  void listening.close().then(() => process.exit(0));
});
