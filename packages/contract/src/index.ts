export {
  Account,
  AccountList,
  AccountStatus,
  ConfirmResponse,
  CreateConnectSessionRequest,
  CreateConnectSessionResponse,
  HealthResponse,
  IamRoleList,
  IamUserList,
  IamUserResponse,
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
  ConnectorContext,
  Credentials,
  PreviewOutcome,
  RoleCounts,
  UserPage,
  VerifyOutcome,
} from './connector';
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
export { AccessLevel, KeyOwner, Preview, Verification } from './preview';
export { buildPath, routes } from './routes';
export type { RouteDefinition, RouteName } from './routes';
export { routePaths } from './routePaths';
export type { RouteAuth, RoutePath } from './routePaths';
export { errorStatus } from './errorStatus';
export type { ErrorStatus } from './errorStatus';
export { createOpenApiDocument } from './openapi';
export type { OpenApiDocument } from './openapi';
