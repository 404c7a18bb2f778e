// @wikispec/runtime: the hand-written, zero-dependency runtime of wikispec's generated MediaWiki Action API clients,
// and the one HTTP transport of the fetcher. Every public name is listed here explicitly; codegen reserves them.

// Envelope and parameter types.
/** One parameter value before encoding; the shared response envelope and its message shapes. */
export type { ApiBcError, ApiMessage, ApiParams, ApiResponseEnvelope, ParamValue } from './types.js';

// Encoding.
/** Encodes one value (`|` / `\x1f` multi-values, booleans, Dates). */
export { encodeValue } from './encode.js';
/** Encodes a parameter object into ordered entries, token parameters last. */
export { encodeParams } from './encode.js';
/** Parameter names treated as secret (`*token`, `*password*`, …). */
export { SECRET_PARAM } from './encode.js';

// Errors.
/** Base class of every request error (`code`, `method`, redacted `url`, `action`, `attempts`). */
export { WikiRequestError } from './errors.js';
/** A non-2xx HTTP answer without an API error (`status`, `retryAfter`). */
export { HttpError } from './errors.js';
/** No HTTP answer: timeout, reset, DNS, refused, aborted (`kind`). */
export { NetworkError } from './errors.js';
/** A 2xx answer that is not a JSON API response (HTML page, truncated JSON). */
export { ResponseFormatError } from './errors.js';
/** The API answered with an error (`code`, `text`, `module`, `errors`, `warnings`, `requestId`, `httpStatus`). */
export { MediaWikiApiError } from './errors.js';
/** Type guard: is this a MediaWikiApiError (with the given code)? */
export { isApiError } from './errors.js';
/** Errors of a response in any errorformat, normalised to `{ code, text, module, data }`. */
export { normalizeErrors } from './errors.js';
/** Warnings of a response in any errorformat, normalised to `{ code, text, module, data }`. */
export { normalizeWarnings } from './errors.js';
/** Error code unions, network failure kinds, normalised messages and request context. */
export type { ApiErrorCode, KnownApiErrorCode, NetworkErrorKind, NormalizedMessage, RequestContext } from './errors.js';

// Secrets.
/** Creates a store of secret values with a scrubber for messages. */
export { createSecretStore } from './redact.js';
/** The placeholder secrets are replaced with: `[redacted]`. */
export { REDACTED } from './redact.js';
/** Removes the user name and password of every URL in a text (the one URL redaction; the store's `redact` applies it). */
export { redactUrl } from './redact.js';
/** A copy of a JSON-like value with a redaction applied to every string in it, keys included. */
export { redactDeep } from './redact.js';
/** A store of secret values. */
export type { SecretStore } from './redact.js';

// Retries.
/** The default retry table keyed on API error code, `http-<status>`, `network-<kind>`. */
export { DEFAULT_RETRY_TABLE } from './retry.js';
/** Default retry limits: attempts, backoff base and cap, total budget. */
export { DEFAULT_RETRY } from './retry.js';
/** Parses Retry-After (seconds or HTTP date) into ms. */
export { parseRetryAfter } from './retry.js';
/** Jittered exponential backoff delay for an attempt. */
export { backoffDelay } from './retry.js';
/** Retry option, rule and table types. */
export type { RetryOptions, RetryRule, RetryTable } from './retry.js';

// Transport.
/** Creates the HTTP transport: encoding, GET/POST choice, timeouts, retries, decoding, redaction. */
export { createTransport } from './transport.js';
/** Transport types: options, per-call options, fetch signature, cookie store, events. */
export type { CallOptions, CookieStore, FetchLike, Transport, TransportEvent, TransportOptions } from './transport.js';

// Client core.
/** Creates the client core: `request(params)` with lazy tokens, assert, badtoken and re-login retries. */
export { createApiClient } from './client.js';
/** Client core types, including the module call descriptor the generator emits. */
export type { ApiClient, ApiClientOptions, ModuleCallInfo, ModuleCallTable, RequestOptions, Session } from './client.js';

// Login.
/** A cookie jar scoped to the wiki's origin (Node). */
export { createCookieJar } from './cookies.js';
/** Logs in with a bot password (`action=login`). */
export { login } from './login.js';
/** Logs in with `action=clientlogin`. */
export { clientLogin } from './login.js';
/** Logs out and forgets the session. */
export { logout } from './login.js';
/** The wiki refused a login (`result`). */
export { LoginError } from './login.js';
/** Login credentials. */
export type { Credentials } from './login.js';

// Continuation and batching.
/** Async iterator over responses, following `continue` (generator continuation included) and batching titles. */
export { continueQuery } from './continuation.js';
/** Follows continuation to the end and merges `query.pages` and lists. */
export { queryAll } from './continuation.js';
/** Merges `query` results of several responses (pages by id/title, lists concatenated). */
export { mergeQueryResults } from './continuation.js';
/** Splits `titles`/`pageids`/`revids` over the multi-value limit into several parameter sets. */
export { splitMultiValues } from './continuation.js';
/** Continuation types. */
export type { ContinueOptions, MergedQuery, QueryPage } from './continuation.js';

// Upload.
/** Uploads a file, in chunks through the stash when it is larger than one chunk. */
export { uploadFile } from './upload.js';
/** Upload types. */
export type { UploadOptions, UploadResult } from './upload.js';
