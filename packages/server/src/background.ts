/**
 * Work this instance runs after answering (preview walks, manager-id refreshes). Its state is
 * always in the database; this only lets close() stop the work cleanly and tests wait for it.
 */
export interface Background {
  /** Runs a task once per key at a time; it gets a signal that close() aborts. */
  run(key: string, task: (signal: AbortSignal) => Promise<void>): void;
  /** Resolves when nothing is running. */
  idle(): Promise<void>;
  /** Aborts everything and waits for it to stop. */
  close(): Promise<void>;
}

export function createBackground(onError: (error: unknown, key: string) => void): Background {
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  return {
    run(key, task) {
      if (running.has(key)) return;
      const controller = new AbortController();
      const done = task(controller.signal)
        .catch((error: unknown) => onError(error, key))
        .finally(() => running.delete(key));
      running.set(key, { controller, done });
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running.values()].map((entry) => entry.done));
    },
    async close() {
      for (const entry of running.values()) entry.controller.abort(new Error('server closing'));
      await this.idle();
    },
  };
}
