// Preview scaling: through keylink-server over HTTP, the time to the first sample (the verify
// answer carries it) and to complete counts (polling the preview), for companies of 25 to
// 10,000 people, against the floor of a sequential walk: one Lattice round trip per page of 100.
// The floor is given two ways: nominal (pages × the latency added by the sandbox) and measured
// (a bare client paging through the same company after each measured run, the median of those
// walks: the sandbox's own time to render and send a page of 100 users, a few ms, is part of
// every real round trip). The connector's own times for
// the same calls (no server) are shown beside, for reference.
import { createLatticeConnector } from '@keylink/lattice';
import { sandboxKeys } from '@keylink/lattice/sandbox';
import { createSession, previewToEnd, verify } from './lib/keylinkClient';
import { serveKeylink, spawnSandbox } from './lib/loopback';
import { printTable, verdict, writeResult } from './lib/report';
import type { Verdict } from './lib/verdicts';
import { rawPaging } from './lib/rawPaging';
import { round, summarize } from './lib/stats';
import { syntheticKey } from './syntheticCompany';

interface ScalingOptions {
  latencyMs: number;
  /** Runs per company size. */
  runs: Readonly<Record<number, number>>;
}

const companies = [
  { size: 25, key: sandboxKeys.smallCompanyAdmin, source: 'sandbox' },
  { size: 250, key: sandboxKeys.midCompanyAdmin, source: 'sandbox' },
  { size: 2_500, key: syntheticKey, source: 'synthetic (intercept)' },
  { size: 10_000, key: sandboxKeys.largeCompanyAdmin, source: 'sandbox' },
] as const;

/** Complete counts within this factor of the sequential paging floor (issue 15). */
const completeTarget = 1.05;

export async function previewScaling(options: ScalingOptions) {
  const { latencyMs } = options;
  const sandbox = await spawnSandbox(latencyMs);
  const server = await serveKeylink(sandbox.url);
  const connector = createLatticeConnector({ baseUrl: sandbox.url });
  const rows = [];
  const figures = [];
  const verdicts: Verdict[] = [];
  try {
    for (const company of companies) {
      const firstSample: number[] = [];
      const complete: number[] = [];
      const seen: number[] = [];
      const directFirst: number[] = [];
      const directComplete: number[] = [];
      const requests: number[] = [];
      const floorRuns: number[] = [];
      const pageTimes: number[] = [];
      let usersSeen = 0;
      const runs = options.runs[company.size] ?? 1;
      // One warm-up run generates the company and warms the paths.
      for (let run = -1; run < runs; run += 1) {
        const token = await createSession(server.url, `org_scaling_${company.size}_${run}`);
        await sandbox.takeRequestCount();
        const startedAt = Date.now();
        const started = performance.now();
        const verified = await verify(server.url, token, company.key);
        const sampled = performance.now() - started;
        if (verified.preview.sample.length === 0)
          throw new Error('The first preview has no sample.');
        const final =
          verified.preview.status === 'complete'
            ? verified.preview
            : await previewToEnd(server.url, token, 50);
        const observed = performance.now() - started;
        // When the server completed the counts (its own clock, this process's): polling at a
        // gentle pace must not slow the walk it measures, nor round the figure up.
        // A preview complete at verify is seen with the verify answer.
        const completed =
          verified.preview.status === 'complete'
            ? sampled
            : Date.parse(final.updatedAt) - startedAt;
        await server.keylink.idle();
        if (final.status !== 'complete') throw new Error(`The preview ended ${final.status}.`);
        if (run < 0) continue;
        firstSample.push(sampled);
        complete.push(completed);
        seen.push(observed);
        requests.push(await sandbox.takeRequestCount());
        usersSeen = final.usersSeen;
        // The same Lattice calls made directly, for reference: what the connector alone costs.
        const context = { credentials: { apiKey: company.key }, region: 'us' };
        const directStarted = performance.now();
        const directVerified = await connector.verify(context);
        directFirst.push(performance.now() - directStarted);
        if (directVerified.preview.status !== 'complete')
          await connector.preview(context, () => {});
        directComplete.push(performance.now() - directStarted);
        // The floor beside each run, so a change in the machine's load falls on both alike.
        const paging = await rawPaging(sandbox.url, company.key);
        floorRuns.push(paging.totalMs);
        pageTimes.push(...paging.pageTimes);
      }
      const measuredRoundTripMs = round(summarize(pageTimes).p50);
      const measuredFloorMs = round(summarize(floorRuns).p50);
      const pages = Math.ceil(company.size / 100);
      const nominalFloorMs = pages * latencyMs;
      const first = summarize(firstSample);
      const done = summarize(complete);
      const firstRoundTrips = round(first.p50 / measuredRoundTripMs, 2);
      const completeOverFloor = round(done.p50 / measuredFloorMs, 3);
      const figure = {
        people: company.size,
        source: company.source,
        usersSeen,
        latticeRequestsPerRun: summarize(requests).p50,
        pages,
        nominalRoundTripMs: latencyMs,
        nominalFloorMs,
        measuredRoundTripMs,
        measuredFloorMs,
        firstSampleMs: first,
        completeMs: done,
        completeSeenByPollingEvery50msMs: summarize(seen),
        directConnector: {
          firstSampleMs: summarize(directFirst),
          completeMs: summarize(directComplete),
        },
        firstSampleRoundTrips: firstRoundTrips,
        firstSampleNominalRoundTrips: round(first.p50 / latencyMs, 2),
        firstSampleMet: firstRoundTrips <= 1.2,
        completeOverFloor,
        completeOverNominalFloor: round(done.p50 / nominalFloorMs, 3),
        completeMet: completeOverFloor <= completeTarget,
      };
      figures.push(figure);
      const people = company.size.toLocaleString('en');
      verdicts.push(
        {
          name: `first sample, ${people} people (round trips)`,
          target: '≤ 1.2 RT',
          measured: `${firstRoundTrips} RT`,
          met: figure.firstSampleMet,
        },
        {
          name: `complete counts, ${people} people / sequential paging floor`,
          target: `≤ ${completeTarget}×`,
          measured: `${completeOverFloor}×`,
          met: figure.completeMet,
        },
      );
      rows.push({
        people: company.size.toLocaleString('en'),
        runs,
        'Lattice reqs': figure.latticeRequestsPerRun,
        'RT ms': measuredRoundTripMs,
        'first ms': first.p50,
        'first RT': firstRoundTrips,
        '≤1.2 RT': verdict(figure.firstSampleMet),
        'floor ms': measuredFloorMs,
        'complete ms': done.p50,
        '÷ floor': completeOverFloor,
        [`≤${completeTarget}×`]: verdict(figure.completeMet),
        '÷ nominal': figure.completeOverNominalFloor,
        'direct first': figure.directConnector.firstSampleMs.p50,
        'direct complete': figure.directConnector.completeMs.p50,
      });
    }
    printTable(
      `Preview scaling (Lattice latency ${latencyMs} ms + the sandbox's own time = RT; floor = a bare client paging sequentially; nominal = pages × ${latencyMs} ms; p50s)`,
      rows,
    );
    const result = { latticeLatencyMs: latencyMs, companies: figures, verdicts };
    writeResult('previewScaling', result);
    return result;
  } finally {
    await server.close();
    await sandbox.close();
  }
}
