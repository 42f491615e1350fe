// Memory: the resident set of the `keylink-server` process (its own process, sampled from /proc)
// while it previews a 10,000-person company, against a 250-person one. A fresh process each,
// warmed by one whole flow of the 25-person company before the baseline.
import { sandboxKeys } from '@keylink/lattice/sandbox';
import { createSession, previewToEnd, verify } from './lib/keylinkClient';
import { spawnKeylink, spawnSandbox } from './lib/loopback';
import { printTable, writeResult } from './lib/report';
import { round } from './lib/stats';
import type { Verdict } from './lib/verdicts';

/** Peak RSS growth during a 10,000-person preview (issue 15). */
const growthTargetMb = 20;

/** Fresh processes per company size; the median growth is the figure. */
const runs = 3;

/** Time given to the warm-up's background work to end before the baseline is read. */
const settleMs = 500;

const mb = (bytes: number) => round(bytes / (1024 * 1024), 1);

async function previewMemory(sandboxUrl: string, apiKey: string) {
  const server = await spawnKeylink(sandboxUrl);
  try {
    // Warm: one whole flow of another, small company first (session, verify, its preview to the
    // end), so the code of every step is loaded and compiled before the baseline, as in any
    // server that has served one flow. Warmed by a createSession alone, the first verify's code
    // loading counted as growth at every size (15-20 MB of the 250-person preview's growth).
    // The small company's background walk then gets time to end.
    const warmToken = await createSession(server.url, 'org_memory_warmup');
    const warm = await verify(server.url, warmToken, sandboxKeys.smallCompanyAdmin);
    if (warm.preview.status === 'running') await previewToEnd(server.url, warmToken, 50);
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const before = server.memory();
    const baseline = before.rss;
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
      // What the preview added to the most the process had ever held (VmHWM): RSS falls back
      // between flows as V8 shrinks its young generation, so the growth above includes memory
      // the warm-up flow had already needed once.
      newPeakMb: mb(Math.max(0, peak - before.peak)),
      processPeakRssMb: mb(server.memory().peak),
    };
  } finally {
    await server.close();
  }
}

/** The run whose growth is the median of the runs (runs is odd). */
function medianRun<T extends { growthMb: number }>(
  runs: readonly T[],
): T & { growthMbRuns: number[] } {
  const sorted = [...runs].sort((a, b) => a.growthMb - b.growthMb);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (median === undefined) throw new Error('No memory run.');
  return { ...median, growthMbRuns: runs.map((run) => run.growthMb) };
}

export async function memory(options: { latencyMs: number }) {
  const sandbox = await spawnSandbox(options.latencyMs);
  try {
    // The two sizes take turns, so a change in the machine's load falls on both.
    const smallRuns = [];
    const largeRuns = [];
    for (let run = 0; run < runs; run += 1) {
      smallRuns.push(await previewMemory(sandbox.url, sandboxKeys.midCompanyAdmin));
      largeRuns.push(await previewMemory(sandbox.url, sandboxKeys.largeCompanyAdmin));
    }
    const small = medianRun(smallRuns);
    const large = medianRun(largeRuns);
    const figures = {
      latticeLatencyMs: options.latencyMs,
      runs,
      people250: small,
      people10000: large,
      peakRatio: round(large.peakRssDuringPreviewMb / small.peakRssDuringPreviewMb, 2),
      verdicts: [
        {
          name: 'peak RSS growth during a 10,000-person preview',
          target: `≤ ${growthTargetMb} MB`,
          measured: `${large.growthMb} MB (median of ${runs})`,
          met: large.growthMb <= growthTargetMb,
        },
      ] satisfies Verdict[],
    };
    const row = ({ growthMbRuns, ...figure }: typeof small) => ({
      ...figure,
      growthMbRuns: growthMbRuns.join(' / '),
    });
    printTable(
      `Memory: keylink-server resident set during a preview (own process, MB; the median run of ${runs})`,
      [
        { people: '250', ...row(small) },
        { people: '10,000', ...row(large) },
      ],
    );
    console.log(`peak ratio 10,000 / 250: ${figures.peakRatio}`);
    writeResult('memory', figures);
    return figures;
  } finally {
    await sandbox.close();
  }
}
