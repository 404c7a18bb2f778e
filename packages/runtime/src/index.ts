export type { ApiBcError, ApiMessage, ApiParams, ApiResponseEnvelope, ParamValue } from './types.js';
export { encodeParams, encodeValue, SECRET_PARAM } from './encode.js';
export {
  HttpError,
  isApiError,
  MediaWikiApiError,
  NetworkError,
  normalizeErrors,
  normalizeWarnings,
  ResponseFormatError,
  WikiRequestError,
} from './errors.js';
export type { ApiErrorCode, KnownApiErrorCode, NetworkErrorKind, NormalizedMessage, RequestContext } from './errors.js';
export { createSecretStore, REDACTED } from './redact.js';
export type { SecretStore } from './redact.js';
export { backoffDelay, DEFAULT_RETRY, DEFAULT_RETRY_TABLE, parseRetryAfter } from './retry.js';
export type { RetryOptions, RetryRule, RetryTable } from './retry.js';
export { createTransport } from './transport.js';
export type { CallOptions, CookieStore, FetchLike, Transport, TransportEvent, TransportOptions } from './transport.js';
export { createApiClient } from './client.js';
export type { ApiClient, ApiClientOptions, ModuleCallInfo, ModuleCallTable, RequestOptions, Session } from './client.js';
export { createCookieJar } from './cookies.js';
export { clientLogin, login, LoginError, logout } from './login.js';
export type { Credentials } from './login.js';
export { continueQuery, mergeQueryResults, queryAll, splitMultiValues } from './continuation.js';
export type { ContinueOptions, MergedQuery, QueryPage } from './continuation.js';
export { uploadFile } from './upload.js';
export type { UploadOptions, UploadResult } from './upload.js';
