import type { Connector } from '@keylink/contract';

/** An instance that hangs mid-walk (as if its process froze): no progress, no heartbeat. */
export function frozenWalks(connector: Connector): Connector {
  return {
    ...connector,
    preview: (context) =>
      new Promise((_, reject) => {
        context.signal?.addEventListener('abort', () => reject(new Error('aborted')), {
          once: true,
        });
      }),
  };
}
