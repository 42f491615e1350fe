/**
 * Resolves once `condition` holds, checking every 20 ms: for background work a test cannot
 * await directly. The test's own timeout bounds the wait.
 */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}
