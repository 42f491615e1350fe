export { createLatticeClient } from './client/createLatticeClient';
export type {
  LatticeClient,
  LatticeUserStatusFilter,
  ListUsersParams,
  WalkUsersParams,
} from './client/createLatticeClient';
export { isLatticeError, LatticeError } from './client/errors';
export { latticeAppUrl } from './connector/appLinks';
export { apiKeyField, createLatticeConnector } from './connector/createLatticeConnector';
export type { LatticeConnectorOptions } from './connector/createLatticeConnector';
export {
  buildLatticeDescriptor,
  latticeDescriptor,
  latticeDescriptors,
  latticeLinks,
  latticeTexts,
  untranslatedTerms,
} from './descriptor';
export type { LatticeLinks, LatticeTexts } from './descriptor';
export type { LatticeErrorKind } from './client/errors';
export type {
  CallOptions,
  FetchFunction,
  LatticeClientOptions,
  RetryOptions,
  SleepFunction,
} from './client/options';
export type { WalkPage, WalkStopReason } from './client/paging';
export { isLatticeRegion, latticeRegions, resolveBaseUrl } from './regions';
export type { LatticeRegion } from './regions';
export type {
  LatticeDepartment,
  LatticeRef,
  LatticeUser,
  LatticeUserList,
  LatticeUserStatus,
} from './wire';
