// One shape for "a target, the figure measured against it, and whether it was met", so
// `npm run bench` can print every target of every benchmark in one table at the end of a run.
import { printTable } from './report';

export interface Verdict {
  /** What is measured, e.g. "verify p50 / one bare Lattice round trip (50 ms)". */
  readonly name: string;
  /** The target as a reader would say it, e.g. "≤ 1.05×". */
  readonly target: string;
  /** The figure measured, with its unit, e.g. "1.12×". */
  readonly measured: string;
  readonly met: boolean;
}

/** Reads `verdicts` from a benchmark's figures, when it reports any. */
export function verdictsOf(figures: unknown): readonly Verdict[] {
  if (typeof figures !== 'object' || figures === null || !('verdicts' in figures)) return [];
  const { verdicts } = figures;
  return Array.isArray(verdicts) ? (verdicts as Verdict[]) : [];
}

/** Prints every verdict of a run as one table, benchmark by benchmark. */
export function printVerdicts(byBenchmark: ReadonlyMap<string, readonly Verdict[]>): void {
  const rows = [...byBenchmark].flatMap(([benchmark, verdicts]) =>
    verdicts.map(({ name, target, measured, met }) => ({
      benchmark,
      figure: name,
      target,
      measured,
      verdict: met ? 'met' : 'MISSED',
    })),
  );
  printTable('Targets', rows);
}
