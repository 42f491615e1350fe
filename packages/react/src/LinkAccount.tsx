export interface LinkAccountProps {
  /** The connect session token the host's backend created. */
  sessionToken: string;
  /** Where keylink-server answers, e.g. `https://keylink.example.com`. */
  serverUrl: string;
}

/**
 * The Link Account widget, rendered inline.
 *
 * @example
 * <LinkAccount sessionToken={token} serverUrl="https://keylink.example.com" />
 */
export function LinkAccount(_props: LinkAccountProps) {
  return (
    <section className="kl-root" aria-label="Link account">
      <p>Loading…</p>
    </section>
  );
}
