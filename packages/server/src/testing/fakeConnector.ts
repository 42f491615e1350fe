import { ConnectorError } from '@keylink/contract';
import type {
  Connector,
  LocalizedDescriptors,
  Preview,
  ProviderDescriptor,
} from '@keylink/contract';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>';

/** A provider with no real API, for tests that are about the server, not a provider. */
const fakeDescriptor: ProviderDescriptor = {
  id: 'fake',
  language: 'en',
  name: 'Fake HR',
  logo: { svg, alt: 'Fake HR logo' },
  regions: [
    { id: 'us', label: 'United States' },
    { id: 'eu', label: 'Europe' },
  ],
  defaultRegion: 'us',
  credentialFields: [{ name: 'apiKey', label: 'API key', secret: true, maxLength: 64 }],
  notices: [],
  guide: [{ title: 'Make a key', text: 'Make a key.', illustration: { svg, alt: 'A key' } }],
  syncedData: [],
  roles: [],
  helpLinks: [],
  support: { label: 'Support', email: 'support@example.com' },
};

/** The fake descriptor in another language: only its field's words differ. */
function translated(
  language: ProviderDescriptor['language'],
  label: string,
  requiredMessage: string,
): ProviderDescriptor {
  return {
    ...fakeDescriptor,
    language,
    credentialFields: fakeDescriptor.credentialFields.map((field) => ({
      ...field,
      label,
      requiredMessage,
    })),
  };
}

const fakeDescriptors: LocalizedDescriptors = {
  en: fakeDescriptor,
  fr: translated('fr', 'Clé API', 'Collez la clé API : le champ est vide.'),
  de: translated('de', 'API-Schlüssel', 'Fügen Sie den API-Schlüssel ein: Das Feld ist leer.'),
  es: translated('es', 'Clave de API', 'Pegue la clave de API: el campo está vacío.'),
};

function emptyPreview(status: Preview['status']): Preview {
  return {
    status,
    usersSeen: 0,
    pagesRead: 1,
    countsByStatus: { active: 0, invited: 0, pending: 0, inactive: 0 },
    roles: [],
    sample: [],
    updatedAt: new Date(0).toISOString(),
  };
}

/** Accepts the key `good-key` only; everything else is invalid_credentials. */
export function createFakeConnector(): Connector {
  const check = (key: string | undefined) => {
    if (key !== 'good-key') {
      throw new ConnectorError('invalid_credentials', 'Fake HR did not accept this key.');
    }
  };
  return {
    descriptor: fakeDescriptor,
    descriptors: fakeDescriptors,
    verify: async ({ credentials, region }) => {
      check(credentials.apiKey);
      return {
        verification: {
          owner: { remoteId: 'u1', name: 'Owner', email: null, isAdmin: true },
          access: 'full',
          region,
        },
        tenant: { label: 'fake.example', fingerprint: ['u1'] },
        preview: emptyPreview('complete'),
      };
    },
    matchTenant: async (_context, { known, candidate }) =>
      candidate.fingerprint.some((id) => known.fingerprint.includes(id)) ? 'same' : 'different',
    checkCredentials: async ({ credentials }) => {
      check(credentials.apiKey);
      return {
        owner: { remoteId: 'u1', name: 'Owner', email: null, isAdmin: true },
        access: 'full',
      };
    },
    preview: async ({ credentials }) => {
      check(credentials.apiKey);
      return { preview: emptyPreview('complete'), managerRemoteIds: [] };
    },
    listUsers: async ({ credentials }) => {
      check(credentials.apiKey);
      return { data: [], nextCursor: null };
    },
    getUser: async () => {
      throw new ConnectorError('not_found', 'No such user.');
    },
    listRoles: () => [],
  };
}
