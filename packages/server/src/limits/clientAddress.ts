/**
 * What the HTTP server knows about the connection a request came on. `@hono/node-server` passes
 * `{ incoming }` as the second argument of fetch, so mounting `keylink.fetch` there needs nothing
 * more; other hosts pass `{ clientAddress }` themselves.
 */
export interface KeylinkConnectionInfo {
  /** The address of the peer (the socket's remote address), when the host knows it. */
  clientAddress?: string;
  /** Node's request (as `@hono/node-server` passes it). */
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's address: the connection's peer by default. With `trustedProxies` = N > 0 (N
 * proxies of yours sit in front, each appending to X-Forwarded-For), the address N entries from
 * the right of X-Forwarded-For, the last one those proxies vouch for; never the leftmost one,
 * which the client writes itself. Undefined when nothing says it.
 */
export function clientAddressOf(
  request: Request,
  connection: KeylinkConnectionInfo | undefined,
  trustedProxies: number,
): string | undefined {
  const peer = connection?.clientAddress ?? connection?.incoming?.socket?.remoteAddress;
  if (trustedProxies <= 0) return peer;
  const forwarded = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (forwarded.length === 0) return peer;
  return forwarded[Math.max(0, forwarded.length - trustedProxies)];
}
