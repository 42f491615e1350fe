// Server overhead: verify, and a complete preview, through keylink-server over HTTP on loopback,
// against the same Lattice calls made directly with the connector. Both talk to the sandbox over
// HTTP with a fixed latency; the two are interleaved (alternating which goes first) so that a
// noisy machine slows both alike.
import { createLatticeConnector } from '@keylink/lattice';
import { sandboxKeys } from '@keylink/lattice/sandbox';
import { createSession, previewToEnd, verify } from './lib/keylinkClient';
import { serveKeylink, spawnSandbox } from './lib/loopback';
import { printTable, verdict, writeResult } from './lib/report';
import { bareRoundTrip, bareVerifyCalls } from './lib/rawPaging';
import { round, summarize, timed } from './lib/stats';
import type { Verdict } from './lib/verdicts';

/** Verify p50 within this factor of one bare Lattice round trip (issue 15). */
const verifyOverBareTarget = 1.05;

interface OverheadOptions {
  latencyMs: number;
  verifyRuns: number;
  previewRuns: number;
}

export async function serverOverhead(options: OverheadOptions) {
  const { latencyMs } = options;
  const sandbox = await spawnSandbox(latencyMs);
  const server = await serveKeylink(sandbox.url);
  const connector = createLatticeConnector({ baseUrl: sandbox.url });
  let organisation = 0;

  const directVerify = (apiKey: string) =>
    timed(() => connector.verify({ credentials: { apiKey }, region: 'us' }));
  // One bare round trip beside each verify through the server: the floor, under the same load.
  const bare: number[] = [];
  const bareBoth: number[] = [];
  const serverVerify = async (apiKey: string) => {
    const token = await createSession(server.url, `org_overhead_${(organisation += 1)}`);
    bare.push(await bareRoundTrip(sandbox.url, apiKey));
    bareBoth.push(await bareVerifyCalls(sandbox.url, apiKey));
    const result = await timed(() => verify(server.url, token, apiKey));
    await server.keylink.idle();
    return result;
  };
  const directPreview = (apiKey: string) =>
    timed(async () => {
      const context = { credentials: { apiKey }, region: 'us' };
      await connector.verify(context);
      return connector.preview(context, () => {});
    });
  const serverPreview = async (apiKey: string) => {
    const token = await createSession(server.url, `org_overhead_${(organisation += 1)}`);
    const result = await timed(async () => {
      const verified = await verify(server.url, token, apiKey);
      return verified.preview.status === 'complete'
        ? verified.preview
        : previewToEnd(server.url, token);
    });
    await server.keylink.idle();
    return result;
  };

  /** Runs both sides `runs` times, alternating which goes first; drops 3 warm-up rounds. */
  async function interleave<T, U>(
    runs: number,
    direct: () => Promise<{ ms: number; value: T }>,
    viaServer: () => Promise<{ ms: number; value: U }>,
  ) {
    const times = { direct: [] as number[], server: [] as number[] };
    for (let turn = -3; turn < runs; turn += 1) {
      const order = turn % 2 === 0 ? [direct, viaServer] : [viaServer, direct];
      const [first, second] = [await order[0]?.(), await order[1]?.()];
      if (turn < 0 || first === undefined || second === undefined) continue;
      const [d, s] = order[0] === direct ? [first, second] : [second, first];
      times.direct.push(d.ms);
      times.server.push(s.ms);
    }
    const direct50 = summarize(times.direct);
    const server50 = summarize(times.server);
    return { direct: direct50, server: server50, p50Ratio: round(server50.p50 / direct50.p50, 3) };
  }

  try {
    const verifyFigures = await interleave(
      options.verifyRuns,
      () => directVerify(sandboxKeys.smallCompanyAdmin),
      () => serverVerify(sandboxKeys.smallCompanyAdmin),
    );
    const previewFigures = await interleave(
      options.previewRuns,
      () => directPreview(sandboxKeys.midCompanyAdmin),
      () => serverPreview(sandboxKeys.midCompanyAdmin),
    );
    // The warm-up rounds' bare trips are dropped as theirs are.
    const bareFigures = summarize(bare.slice(bare.length - options.verifyRuns));
    const verifyOverBare = round(verifyFigures.server.p50 / bareFigures.p50, 3);
    const bareBothFigures = summarize(bareBoth.slice(bareBoth.length - options.verifyRuns));
    // Where verify's time goes, from the p50s: Lattice's (both calls at once, by a bare client),
    // the connector's own work on top (parsing, tallying, the tenant's fingerprint), and the
    // Keylink server's on top of that (HTTP in and out, the session's checks and writes, sealing).
    const verifyBreakdown = {
      oneBareRoundTripMs: bareFigures.p50,
      bothCallsAtOnceMs: bareBothFigures.p50,
      secondCallCostMs: round(bareBothFigures.p50 - bareFigures.p50, 1),
      connectorOwnMs: round(verifyFigures.direct.p50 - bareBothFigures.p50, 1),
      serverOwnMs: round(verifyFigures.server.p50 - verifyFigures.direct.p50, 1),
      verifyOverBothCalls: round(verifyFigures.server.p50 / bareBothFigures.p50, 3),
    };
    const figures = {
      latticeLatencyMs: latencyMs,
      verify: { company: 25, ...verifyFigures, target: 1.1, met: verifyFigures.p50Ratio <= 1.1 },
      bareRoundTrip: bareFigures,
      bareVerifyCalls: bareBothFigures,
      verifyBreakdown,
      verifyOverBare: { ratio: verifyOverBare, target: verifyOverBareTarget },
      completePreview: { company: 250, ...previewFigures },
      verdicts: [
        {
          name: `verify p50 through keylink-server / one bare Lattice round trip (${latencyMs} ms)`,
          target: `≤ ${verifyOverBareTarget}×`,
          measured:
            `${verifyOverBare}× (${verifyFigures.server.p50} / ${bareFigures.p50} ms); ` +
            `${verifyBreakdown.verifyOverBothCalls}× both of verify's calls at once, bare ` +
            `(${bareBothFigures.p50} ms)`,
          met: verifyOverBare <= verifyOverBareTarget,
        },
        {
          name: 'verify p50 through keylink-server / the connector alone',
          target: '≤ 1.1×',
          measured: `${verifyFigures.p50Ratio}×`,
          met: verifyFigures.p50Ratio <= 1.1,
        },
      ] satisfies Verdict[],
    };
    printTable(`Server overhead (Lattice latency ${latencyMs} ms, loopback HTTP, interleaved)`, [
      {
        call: 'verify (25 people)',
        'direct p50': verifyFigures.direct.p50,
        'direct p95': verifyFigures.direct.p95,
        'server p50': verifyFigures.server.p50,
        'server p95': verifyFigures.server.p95,
        'p50 ratio': verifyFigures.p50Ratio,
        target: '≤ 1.10',
        verdict: verdict(figures.verify.met),
      },
      {
        call: 'verify ÷ bare round trip',
        'direct p50': bareFigures.p50,
        'direct p95': bareFigures.p95,
        'server p50': verifyFigures.server.p50,
        'server p95': verifyFigures.server.p95,
        'p50 ratio': verifyOverBare,
        target: `≤ ${verifyOverBareTarget}`,
        verdict: verdict(verifyOverBare <= verifyOverBareTarget),
      },
      {
        call: 'complete preview (250)',
        'direct p50': previewFigures.direct.p50,
        'direct p95': previewFigures.direct.p95,
        'server p50': previewFigures.server.p50,
        'server p95': previewFigures.server.p95,
        'p50 ratio': previewFigures.p50Ratio,
        target: '-',
        verdict: '-',
      },
    ]);
    printTable('Where verify’s time goes (p50, ms)', [
      { part: 'one bare Lattice round trip (the first page of users)', ms: bareFigures.p50 },
      {
        part: 'the second answer verify needs (/v1/me), asked at once: Lattice’s share',
        ms: verifyBreakdown.secondCallCostMs,
      },
      { part: 'the connector’s own work', ms: verifyBreakdown.connectorOwnMs },
      {
        part: 'the Keylink server’s own work (HTTP, session, sealing)',
        ms: verifyBreakdown.serverOwnMs,
      },
      { part: 'verify through keylink-server', ms: verifyFigures.server.p50 },
      {
        part: `verify ÷ both calls at once, bare (${verifyBreakdown.verifyOverBothCalls}×)`,
        ms: bareBothFigures.p50,
      },
    ]);
    writeResult('serverOverhead', figures);
    return figures;
  } finally {
    await server.close();
    await sandbox.close();
  }
}
