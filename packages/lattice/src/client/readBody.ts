import type { LatticeError } from './errors';
import { oversizedResponseError } from './errors';

/**
 * Reads a response body as text, refusing it once it is larger than `maxBytes`: from its
 * Content-Length before reading anything when Lattice sends one, otherwise as the chunks arrive,
 * cancelling the stream then, so an oversized answer never sits whole in memory.
 */
export async function readBody(
  response: Response,
  request: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<string> {
  const tooLarge = (): LatticeError => oversizedResponseError(request, maxBytes);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  // An abort must also end a read waiting on a body that never ends.
  const onAbort = () => void reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw signal.reason;
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
