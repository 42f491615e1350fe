/**
 * A clock and sleep for tests: sleeping moves the clock instead of waiting, so retry and
 * deadline behaviour is exact and instant. Test-only; not exported from the package.
 */
export function createFakeTime(start = 1_700_000_000_000) {
  let now = start;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleeps,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
  };
}
