/** The customer organisation signed in to Acme: accounts are linked on its behalf. */
interface Organisation {
  id: string;
  name: string;
}

/** The demo's one customer. A real host reads this from the signed-in user's session. */
const defaultOrganisation: Organisation = { id: 'initech', name: 'Initech' };

const organisationId = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * The organisation a request acts for. The playground has no sign-in, so the page names it in a
 * header (from `?org=` in its URL): each end-to-end test then works in its own organisation.
 *
 * @example
 * resolveOrganisation('e2e-3f9a') // { id: 'e2e-3f9a', name: 'Initech' }
 */
export function resolveOrganisation(header: string | undefined): Organisation {
  if (header && organisationId.test(header)) return { id: header, name: defaultOrganisation.name };
  return defaultOrganisation;
}
