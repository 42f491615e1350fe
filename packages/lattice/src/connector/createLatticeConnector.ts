import { ConnectorError } from '@keylink/contract';
import type {
  Connector,
  ConnectorContext,
  LocalizedDescriptors,
  UnifiedUser,
} from '@keylink/contract';
import { apiKeyCharacterProblem } from '../client/apiKeyCharacters';
import { createLatticeClient } from '../client/createLatticeClient';
import type { LatticeClient } from '../client/createLatticeClient';
import { isLatticeError } from '../client/errors';
import type { LatticeClientOptions } from '../client/options';
import { latticeDescriptors } from '../descriptor';
import { latticePageSize } from '../client/pageSize';
import { toUnifiedRoles, toUnifiedUser } from '../mapping';
import { isLatticeRegion } from '../regions';
import type { LatticeRegion } from '../regions';
import { latticeAppUrl, withAppLinks } from './appLinks';
import { matchTenant } from './tenant';
import { checkKey, verifyKey } from './verifyKey';
import { toConnectorError } from './toConnectorError';
import { walkUsers } from './walkUsers';

/**
 * The client's options that apply to every call the connector makes (the key and region come
 * with each call instead). `baseUrl` replaces the Lattice host for every region.
 */
export interface LatticeConnectorOptions extends Pick<
  LatticeClientOptions,
  'baseUrl' | 'fetch' | 'timeoutMs' | 'retry' | 'maxResponseBytes' | 'sleep' | 'random' | 'now'
> {
  /** Overall per call incl. retries: all of verify(), or each page of a walk. @default 15000 */
  deadlineMs?: number;
  /**
   * Where people sign in to Lattice: the guide's "Open Lattice" link. @default Lattice's app
   * for Lattice's own API hosts, else `<baseUrl origin>/app` (the sandbox's console)
   */
  appUrl?: string;
}

/**
 * The credential field holding the key (the descriptor's CredentialField.name).
 *
 * @example
 * connector.verify({ credentials: { [apiKeyField]: pastedKey }, region: 'us' });
 */
export const apiKeyField = 'apiKey';

const invalidCursor =
  'The cursor is not valid. Pass the nextCursor of the previous page unchanged, or no cursor to start from the first page.';

/**
 * Keylink's Lattice connector: checks a key, previews and reads users and their derived roles.
 * Every method throws the contract's ConnectorError.
 *
 * @example
 * const lattice = createLatticeConnector();
 * const { verification, preview } = await lattice.verify({ credentials: { apiKey }, region: 'us' });
 */
export function createLatticeConnector(options: LatticeConnectorOptions = {}): Connector {
  const now = options.now ?? Date.now;
  const deadlineMs = options.deadlineMs ?? 15_000;

  function open(context: ConnectorContext): {
    client: LatticeClient;
    region: LatticeRegion;
    secrets: string[];
  } {
    const apiKey = context.credentials[apiKeyField]?.trim();
    if (apiKey === undefined || apiKey === '') {
      throw new ConnectorError(
        'invalid_credentials',
        'No Lattice API key was given. Paste the key generated in Lattice under Settings → Platform → API Keys.',
      );
    }
    const unsendable = apiKeyCharacterProblem(apiKey);
    if (unsendable !== undefined) throw new ConnectorError('invalid_request', unsendable);
    const region = context.region ?? 'us';
    if (!isLatticeRegion(region)) {
      throw new ConnectorError(
        'invalid_credentials',
        `Keylink does not know the Lattice region "${region}". Choose United States or Europe, Middle East and Africa.`,
      );
    }
    const client = createLatticeClient({
      apiKey,
      region,
      baseUrl: options.baseUrl,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      deadlineMs,
      retry: options.retry,
      maxResponseBytes: options.maxResponseBytes,
      sleep: options.sleep,
      random: options.random,
      now,
      signal: context.signal,
    });
    // The raw value too: what was sent may differ from the trimmed key in its spaces.
    return { client, region, secrets: [apiKey, ...Object.values(context.credentials)] };
  }

  // Every language's guide links to the Lattice this connector talks to (its region's app, or
  // the sandbox's console).
  const appUrl = latticeAppUrl(options);
  const descriptors: LocalizedDescriptors = {
    en: withAppLinks(latticeDescriptors.en, appUrl),
    fr: withAppLinks(latticeDescriptors.fr, appUrl),
    de: withAppLinks(latticeDescriptors.de, appUrl),
    es: withAppLinks(latticeDescriptors.es, appUrl),
  };

  return {
    descriptor: descriptors.en,
    descriptors,

    credentialIssues(credentials) {
      const apiKey = credentials[apiKeyField]?.trim() ?? '';
      const problem = apiKeyCharacterProblem(apiKey);
      return problem === undefined ? [] : [{ field: apiKeyField, message: problem }];
    },

    async verify(context) {
      const { client, region, secrets } = open(context);
      try {
        return await verifyKey(client, region, now() + deadlineMs, now);
      } catch (error) {
        throw toConnectorError(error, secrets);
      }
    },

    async matchTenant(context, check) {
      const { client, secrets } = open(context);
      const previous =
        check.previous === null ? null : open({ ...check.previous, signal: context.signal });
      try {
        return await matchTenant(client, previous?.client ?? null, check);
      } catch (error) {
        throw toConnectorError(error, [...secrets, ...(previous?.secrets ?? [])]);
      }
    },

    async checkCredentials(context) {
      const { client } = open(context);
      return checkKey(client, now() + deadlineMs);
    },

    async preview(context, onProgress, walkStart) {
      const { client, secrets } = open(context);
      try {
        return await walkUsers(client, walkStart, onProgress, now);
      } catch (error) {
        throw toConnectorError(error, secrets);
      }
    },

    async listUsers(context, page, facts) {
      const { client, secrets } = open(context);
      const limit = Math.min(latticePageSize, Math.max(1, Math.trunc(page.limit)));
      try {
        const list = await client.listUsers({
          limit,
          startingAfter: page.cursor ?? undefined,
          status: 'NULL',
        });
        const cursor = list.endingCursor ?? null;
        const more = list.hasMore && list.data.length > 0 && cursor !== page.cursor;
        const data: UnifiedUser[] = list.data.map((user) => toUnifiedUser(user, facts));
        return { data, nextCursor: more ? cursor : null };
      } catch (error) {
        // The limit is clamped above, so a 400 with a cursor is Lattice refusing the cursor: the
        // caller's mistake (garbled, or from another listing), not Lattice misbehaving.
        if (page.cursor !== null && isLatticeError(error) && error.kind === 'bad_request') {
          throw new ConnectorError('invalid_request', invalidCursor, { status: error.status });
        }
        throw toConnectorError(error, secrets);
      }
    },

    async getUser(context, remoteId, facts) {
      const { client, secrets } = open(context);
      try {
        return toUnifiedUser(await client.getUser(remoteId), facts);
      } catch (error) {
        throw toConnectorError(error, secrets);
      }
    },

    listRoles: (counts) => toUnifiedRoles(counts),
  };
}
