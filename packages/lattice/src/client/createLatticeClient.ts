import { resolveBaseUrl } from '../regions';
import { LatticeDepartmentList, LatticeUser, LatticeUserList } from '../wire';
import type { LatticeDepartment, LatticeUserStatus } from '../wire';
import { defaultRetryPolicy, realSleep } from './backoff';
import type { CallOptions, LatticeClientOptions } from './options';
import { latticePageSize } from './pageSize';
import { defaultMaxPages, walkPages } from './paging';
import type { WalkPage, WalkPosition } from './paging';
import { LatticeTallyUserList } from './tallyUsers';
import { getJson } from './request';
import type { RequestConfig } from './request';

/** `NULL` asks Lattice for every status; without a status Lattice lists only ACTIVE users. */
export type LatticeUserStatusFilter = LatticeUserStatus | 'NULL';

export interface ListUsersParams {
  /** 1 to 100 (latticePageSize). @default latticePageSize */
  limit?: number;
  /** The `endingCursor` of the previous page. */
  startingAfter?: string;
  /** @default Lattice's own default, ACTIVE */
  status?: LatticeUserStatusFilter;
}

export interface WalkUsersParams {
  status?: LatticeUserStatusFilter;
  /** @default 1000 */
  maxPages?: number;
  /**
   * Where to go on from (a walk whose first pages were read elsewhere, e.g. by verify); the
   * position is kept up to date as pages are read. @default the first page
   */
  from?: WalkPosition;
}

export interface LatticeClient {
  /** The origin called, e.g. `https://api.latticehq.com`. */
  readonly baseUrl: string;
  /** The user who owns the API key (`GET /v1/me`). */
  me(options?: CallOptions): Promise<LatticeUser>;
  /** One page of `GET /v1/users`. */
  listUsers(params?: ListUsersParams, options?: CallOptions): Promise<LatticeUserList>;
  /** Every page of users, latticePageSize a page, each yielded as it arrives. */
  userPages(params?: WalkUsersParams, options?: CallOptions): AsyncIterable<WalkPage<LatticeUser>>;
  /**
   * One page of `GET /v1/users` with only what a count needs of each user (id, status, admin,
   * manager): what a walk that keeps counts, not people, reads.
   */
  listTallyUsers(params?: ListUsersParams, options?: CallOptions): Promise<LatticeTallyUserList>;
  /** Every user, one by one, across pages. */
  users(params?: WalkUsersParams, options?: CallOptions): AsyncIterable<LatticeUser>;
  /** `GET /v1/user/:id`; throws a `not_found` LatticeError when there is none. */
  getUser(id: string, options?: CallOptions): Promise<LatticeUser>;
  /** Every department (all pages). */
  listDepartments(options?: CallOptions): Promise<LatticeDepartment[]>;
}

// A page of 100 Lattice users is about 150 kB, so 5 MB leaves over 30× headroom for long names
// and new fields while keeping a misbehaving host (or proxy) from costing the server the ~8×
// its size in memory that buffering, decoding and parsing a body whole would.
const defaultMaxResponseBytes = 5 * 1024 * 1024;

/**
 * A typed client for Lattice's public API v1: bearer auth, timeouts, retries of 429/5xx/network
 * failures within a deadline, cursor paging, and every answer checked against its schema.
 * Failures are thrown as `LatticeError`.
 *
 * @example
 * const lattice = createLatticeClient({ apiKey, region: 'emea' });
 * const owner = await lattice.me();
 * for await (const user of lattice.users({ status: 'NULL' })) console.log(user.name);
 */
export function createLatticeClient(options: LatticeClientOptions): LatticeClient {
  const config: RequestConfig = {
    baseUrl: resolveBaseUrl(options),
    apiKey: options.apiKey,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 10_000,
    deadlineMs: options.deadlineMs ?? 30_000,
    maxResponseBytes: options.maxResponseBytes ?? defaultMaxResponseBytes,
    retry: { ...defaultRetryPolicy, ...options.retry },
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
    signal: options.signal,
  };

  const listUsers = async (params: ListUsersParams = {}, call?: CallOptions) => {
    const limit = params.limit ?? latticePageSize;
    if (!Number.isInteger(limit) || limit < 1 || limit > latticePageSize) {
      throw new RangeError(`limit must be an integer from 1 to ${latticePageSize}, got ${limit}`);
    }
    const query = { limit, startingAfter: params.startingAfter, status: params.status };
    return getJson(config, '/v1/users', query, LatticeUserList, call);
  };

  const userPages = (params: WalkUsersParams = {}, call?: CallOptions) => ({
    [Symbol.asyncIterator]: () =>
      walkPages(
        (cursor) =>
          listUsers({ limit: latticePageSize, startingAfter: cursor, status: params.status }, call),
        params.maxPages ?? defaultMaxPages,
        params.from,
      ),
  });

  const listTallyUsers = async (params: ListUsersParams = {}, call?: CallOptions) => {
    const query = {
      limit: params.limit ?? latticePageSize,
      startingAfter: params.startingAfter,
      status: params.status,
    };
    return getJson(config, '/v1/users', query, LatticeTallyUserList, call);
  };

  return {
    baseUrl: config.baseUrl,
    me: (call) => getJson(config, '/v1/me', {}, LatticeUser, call),
    listUsers,
    userPages,
    listTallyUsers,
    users: (params, call) => ({
      async *[Symbol.asyncIterator]() {
        for await (const page of userPages(params, call)) yield* page.data;
      },
    }),
    getUser: (id, call) =>
      getJson(config, `/v1/user/${encodeURIComponent(id)}`, {}, LatticeUser, call),
    async listDepartments(call) {
      const departments: LatticeDepartment[] = [];
      const pages = walkPages((cursor) =>
        getJson(
          config,
          '/v1/departments',
          { limit: latticePageSize, startingAfter: cursor },
          LatticeDepartmentList,
          call,
        ),
      );
      for await (const page of pages) departments.push(...page.data);
      return departments;
    },
  };
}
