import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import { HttpError } from './HttpError';
import { errorResponse } from './errorResponse';

const refusedMessage =
  'This Keylink server is shutting down and takes no new requests. Send the request again: another instance, or this one once restarted, will answer it.';
const abandonedMessage =
  'This Keylink server shut down before it could finish this request. Check whether it took effect (e.g. list the accounts) and send it again if not.';

/**
 * Lets close() stop taking requests, wait for the ones in flight, and answer whatever is still
 * running after a grace period with a typed error. Without it a request waiting for a database
 * connection when the pool ends would never settle (pg-pool's end() does not reject waiters).
 */
export interface Drain {
  /** Middleware: requests that arrive after close() get a typed error before any work. */
  refuseWhenClosing: MiddlewareHandler<AppEnv>;
  /** Whether close() has been called: new requests then skip the work entirely. */
  readonly closing: boolean;
  /** Runs an admitted request; it settles when its work does, or when the grace period ends. */
  track(request: Request, work: () => Promise<Response>): Promise<Response>;
  /** Stops admitting, waits up to `graceMs` for requests in flight, then cuts off the rest. */
  close(graceMs: number): Promise<void>;
}

export function createDrain(requestIdOf: (request: Request) => string): Drain {
  let closing = false;
  const admitted = new WeakSet<Request>();
  // One cut-off per request in flight (not one shared promise, whose reactions would pile up).
  const inFlight = new Set<() => void>();
  let emptied: (() => void) | undefined;

  return {
    refuseWhenClosing: async (c, next) => {
      if (closing && !admitted.has(c.req.raw))
        throw new HttpError('service_unavailable', refusedMessage);
      await next();
    },
    get closing() {
      return closing;
    },
    track(request, work) {
      admitted.add(request);
      return new Promise<Response>((resolve, reject) => {
        const cutOff = () =>
          resolve(
            errorResponse(
              new HttpError('service_unavailable', abandonedMessage),
              requestIdOf(request),
            ),
          );
        inFlight.add(cutOff);
        work()
          .then(resolve, reject)
          .finally(() => {
            inFlight.delete(cutOff);
            if (inFlight.size === 0) emptied?.();
          });
      });
    },
    async close(graceMs) {
      closing = true;
      if (inFlight.size > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, graceMs);
          emptied = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      for (const cutOff of inFlight) cutOff();
      inFlight.clear();
    },
  };
}
