// Memory: the resident set of the `keylink-server` process (its own process, sampled from /proc)
// while it previews a 10,000-person company, against a 250-person one. A fresh process each.
import { sandboxKeys } from '@keylink/lattice/sandbox';
import { createSession, previewToEnd, verify } from './lib/keylinkClient';
import { spawnKeylink, spawnSandbox } from './lib/loopback';
import { printTable, writeResult } from './lib/report';
import { round } from './lib/stats';
import type { Verdict } from './lib/verdicts';

/** Peak RSS growth during a 10,000-person preview (issue 15). */
const growthTargetMb = 20;

const mb = (bytes: number) => round(bytes / (1024 * 1024), 1);

async function previewMemory(sandboxUrl: string, apiKey: string) {
  const server = await spawnKeylink(sandboxUrl);
  try {
    // Warm: the first requests load and compile the routes.
    await createSession(server.url, 'org_memory_warmup');
    const baseline = server.memory().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, server.memory().rss);
    }, 10);
    const token = await createSession(server.url, 'org_memory');
    const verified = await verify(server.url, token, apiKey);
    const final =
      verified.preview.status === 'complete'
        ? verified.preview
        : await previewToEnd(server.url, token, 50);
    clearInterval(sampler);
    peak = Math.max(peak, server.memory().rss);
    return {
      usersSeen: final.usersSeen,
      baselineRssMb: mb(baseline),
      peakRssDuringPreviewMb: mb(peak),
      growthMb: mb(peak - baseline),
      processPeakRssMb: mb(server.memory().peak),
    };
  } finally {
    await server.close();
  }
}

export async function memory(options: { latencyMs: number }) {
  const sandbox = await spawnSandbox(options.latencyMs);
  try {
    const small = await previewMemory(sandbox.url, sandboxKeys.midCompanyAdmin);
    const large = await previewMemory(sandbox.url, sandboxKeys.largeCompanyAdmin);
    const figures = {
      latticeLatencyMs: options.latencyMs,
      people250: small,
      people10000: large,
      peakRatio: round(large.peakRssDuringPreviewMb / small.peakRssDuringPreviewMb, 2),
      verdicts: [
        {
          name: 'peak RSS growth during a 10,000-person preview',
          target: `≤ ${growthTargetMb} MB`,
          measured: `${large.growthMb} MB`,
          met: large.growthMb <= growthTargetMb,
        },
      ] satisfies Verdict[],
    };
    printTable('Memory: keylink-server resident set during a preview (own process, MB)', [
      { people: '250', ...small },
      { people: '10,000', ...large },
    ]);
    console.log(`peak ratio 10,000 / 250: ${figures.peakRatio}`);
    writeResult('memory', figures);
    return figures;
  } finally {
    await sandbox.close();
  }
}
