export {
  Account,
  AccountList,
  AccountStatus,
  ConfirmRequest,
  ConfirmResponse,
  CreateConnectSessionRequest,
  CreateConnectSessionResponse,
  HealthResponse,
  IamRoleList,
  IamUserList,
  IamUserResponse,
  KeyCheckOutcome,
  LinkMode,
  LinkSession,
  ListAccountsQuery,
  ListIamUsersQuery,
  PreviewResponse,
  VerifyRequest,
  VerifyResponse,
} from './api';
export type {
  CompanyFacts,
  Connector,
  CredentialCheck,
  ConnectorContext,
  CredentialIssue,
  Credentials,
  PreviewOutcome,
  RoleCounts,
  TenantCheck,
  TenantIdentity,
  TenantMatch,
  UserPage,
  VerifyOutcome,
  WalkStart,
} from './connector';
export {
  AccountEvent,
  AccountEventData,
  AccountEventPayload,
  AccountEventSource,
  AccountEventType,
  EventList,
  ListEventsQuery,
} from './events';
export {
  CredentialField,
  GuideStep,
  Illustration,
  Link,
  Notice,
  ProviderDescriptor,
  Region,
  RoleLabel,
  SyncedData,
  descriptorLanguages,
} from './descriptor';
export type { DescriptorLanguage, LocalizedDescriptors } from './descriptor';
export {
  ConnectorError,
  ErrorBody,
  ErrorCode,
  connectorErrorCodes,
  errorCodes,
  isConnectorError,
} from './errors';
export type { ConnectorErrorCode } from './errors';
export { StatusCounts, UnifiedRole, UnifiedUser, UserStatus } from './iam';
export { IncompleteReason, KeyOwner, Preview, Verification } from './preview';
export { AccessLevel, AccountSummary, LinkTarget, LinkWarning, LinkWarningCode } from './identity';
export { buildPath, routes } from './routes';
export type { RouteDefinition, RouteName } from './routes';
export { linkRoutePaths, routePaths } from './routePaths';
export type { RouteAuth, RoutePath } from './routePaths';
export { redactSecrets, scrubProviderText } from './scrubSecrets';
export { errorStatus } from './errorStatus';
export type { ErrorStatus } from './errorStatus';
export { createOpenApiDocument } from './openapi';
export type { OpenApiDocument } from './openapi';
export { errorCodesOf, idempotencyKeyPattern } from './openapiParts';
export type { OpenApiVersion } from './openapiParts';
