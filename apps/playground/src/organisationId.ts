/**
 * The organisation the page acts for. The playground has no sign-in: `?org=` picks one (each
 * end-to-end test uses its own), else the backend's default customer.
 */
export function organisationId(): string {
  return new URLSearchParams(window.location.search).get('org') ?? '';
}
