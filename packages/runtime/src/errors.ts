import { redactDeep } from './redact.js';
import type { ApiMessage, ApiResponseEnvelope } from './types.js';

/** Where a request went, for error messages (URL without secrets). */
export interface RequestContext {
  /** HTTP method used by the last attempt. */
  method: string;
  /** URL of the request with secret parameters redacted. */
  url: string;
  /** The `action` parameter, when known. */
  action?: string | undefined;
  /** How many attempts were made. */
  attempts: number;
}

/**
 * Base class of every error the runtime throws for a request: HTTP, network, bad response or API error. The message
 * starts with the method, the URL (secrets redacted) and the action: `POST https://…/api.php (edit): badtoken: …`.
 */
export class WikiRequestError extends Error {
  override name = 'WikiRequestError';
  /** Machine-readable code: the API's error code, `http`, `network`, `badresponse` or `login`. */
  declare readonly code: string;
  /** HTTP method of the last attempt. */
  declare readonly method: string;
  /** Request URL, secrets redacted. */
  declare readonly url: string;
  /** Number of attempts made before giving up. */
  declare readonly attempts: number;
  /** The `action` parameter of the request, when known. */
  declare readonly action: string | undefined;
  constructor(code: string, message: string, ctx: RequestContext, options?: { cause?: unknown }) {
    super(`${ctx.method} ${ctx.url}${ctx.action ? ` (${ctx.action})` : ''}: ${message}`, options);
    Object.assign(this, ctx, { code });
  }
}

/** A non-2xx HTTP answer that carried no API error. */
export class HttpError extends WikiRequestError {
  override name = 'HttpError';
  /** HTTP status. */
  declare readonly status: number;
  /** Retry-After header, if any. */
  declare readonly retryAfter: string | undefined;
  constructor(status: number, message: string, ctx: RequestContext, retryAfter?: string | null) {
    super('http', message, ctx);
    Object.assign(this, { status, retryAfter: retryAfter ?? undefined });
  }
}

/** Kind of network failure. */
export type NetworkErrorKind = 'timeout' | 'reset' | 'dns' | 'refused' | 'aborted' | 'other';

/** The request got no HTTP answer (DNS failure, refused or reset connection, timeout). */
export class NetworkError extends WikiRequestError {
  override name = 'NetworkError';
  /** Which kind of failure. */
  declare readonly kind: NetworkErrorKind;
  constructor(kind: NetworkErrorKind, message: string, ctx: RequestContext, cause?: unknown) {
    super('network', message, ctx, { cause });
    Object.assign(this, { kind });
  }
}

/** The answer was not a JSON API response (HTML page, truncated body, empty body). */
export class ResponseFormatError extends WikiRequestError {
  override name = 'ResponseFormatError';
  /** HTTP status of the answer. */
  declare readonly status: number;
  /** Content-Type of the answer. */
  declare readonly contentType: string;
  /** The first bytes of the body (secrets redacted). */
  declare readonly bodyStart: string;
  /** True when the body looks like truncated JSON (retried for idempotent requests). */
  declare readonly truncated: boolean;
  constructor(status: number, contentType: string, bodyStart: string, truncated: boolean, ctx: RequestContext) {
    super('badresponse', `not a JSON API response: ${truncated ? 'truncated JSON' : contentType || 'no content type'}, HTTP ${status}: ${JSON.stringify(bodyStart)}`, ctx);
    Object.assign(this, { status, contentType, bodyStart, truncated });
  }
}

/** API error codes the runtime and callers commonly handle; any other string is possible. */
export type KnownApiErrorCode =
  | 'assertbotfailed'
  | 'assertuserfailed'
  | 'badtoken'
  | 'badvalue'
  | 'internal_api_error_DBQueryError'
  | 'maxlag'
  | 'missingparam'
  | 'missingtitle'
  | 'mustbeposted'
  | 'mustpostparams'
  | 'notloggedin'
  | 'permissiondenied'
  | 'protectedpage'
  | 'ratelimited'
  | 'readonly'
  | 'toomanyvalues'
  | 'unknown_action';

/** Any API error code, with autocompletion for the known ones. */
export type ApiErrorCode = KnownApiErrorCode | (string & {});

/** A normalised error or warning message, the same whatever errorformat was used. */
export interface NormalizedMessage {
  /** Message code. */
  code: string;
  /** Text (plaintext/wikitext/html/bc info; the key for raw; empty for none). */
  text: string;
  /** Module path that raised it (`main` when unknown). */
  module: string;
  /** Extra data. */
  data?: unknown;
}

/** The API answered with an error (`error` in bc format or `errors` in any other errorformat). */
export class MediaWikiApiError extends WikiRequestError {
  override name = 'MediaWikiApiError';
  declare readonly code: ApiErrorCode;
  /** Text of the first error. */
  declare readonly text: string;
  /** Module of the first error. */
  declare readonly module: string;
  /** Every error in the response. */
  declare readonly errors: NormalizedMessage[];
  /** Every warning in the response. */
  declare readonly warnings: NormalizedMessage[];
  /** `requestid` / `servedby` of the response, when present. */
  declare readonly requestId: string | undefined;
  /** HTTP status of the answer. */
  declare readonly httpStatus: number;
  /**
   * The response envelope, with `redact` applied to every string in it (non-enumerable: logs show the normalised
   * fields). Like everything else the error carries, it holds no secret the wiki echoed back.
   */
  declare readonly response: ApiResponseEnvelope;
  /** `redact` scrubs secrets; it is applied to the whole envelope once, so `errors`, `data` and `warnings` are clean. */
  constructor(response: ApiResponseEnvelope, httpStatus: number, ctx: RequestContext, redact: (s: string) => string) {
    response = redactDeep(response, redact);
    const errors = normalizeErrors(response);
    const first = errors[0] ?? { code: 'unknown', text: '', module: 'main' };
    super(first.code, `${first.code}: ${first.text}`, ctx);
    Object.assign(this, { text: first.text, module: first.module, errors, warnings: normalizeWarnings(response), requestId: response.requestid ?? response.servedby, httpStatus });
    Object.defineProperty(this, 'response', { value: response });
  }
}

/** True when `error` is a MediaWikiApiError, optionally with the given code. */
export function isApiError(error: unknown, code?: ApiErrorCode): error is MediaWikiApiError {
  return error instanceof MediaWikiApiError && (code === undefined || error.code === code);
}

const normalizeList = (list: ApiMessage[]): NormalizedMessage[] =>
  list.map((m) => ({ code: m.code, text: m.text ?? m.html ?? m['*'] ?? m.key ?? '', module: m.module ?? 'main', data: m.data }));

/** Errors of a response in every errorformat (bc `error`, or `errors`), normalised. */
export function normalizeErrors(response: ApiResponseEnvelope): NormalizedMessage[] {
  if (Array.isArray(response.errors)) return normalizeList(response.errors);
  const e = response.error;
  if (!e) return [];
  const { code, info, '*': star, docref: _docref, ...data } = e;
  return [{ code, text: info ?? star ?? '', module: 'main', data }];
}

/** Warnings of a response in every errorformat (array, or bc object keyed by module), normalised. */
export function normalizeWarnings(response: ApiResponseEnvelope): NormalizedMessage[] {
  const w = response.warnings;
  if (!w) return [];
  if (Array.isArray(w)) return normalizeList(w);
  return Object.keys(w).map((module) => {
    const entry = w[module];
    return { code: 'warning', text: String(entry?.warnings ?? entry?.['*'] ?? ''), module };
  });
}
