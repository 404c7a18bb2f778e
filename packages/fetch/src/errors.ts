import { WikispecError } from '@wikispec/snapshot';

/**
 * Why a fetch failed, as a stable code (all start with `remote-`, which the CLI maps to exit code 4):
 * - `remote-unreachable`: no HTTP answer (DNS failure, refused, reset, timeout) after the retry budget.
 * - `remote-not-api`: the URL answered, but not as a MediaWiki api.php (HTML page, 404, non-JSON, a redirect).
 * - `remote-http`: an HTTP error status from api.php after the retry budget (500, 503, 429, …).
 * - `remote-bad-response`: api.php answered with a body that is not a usable JSON response (truncated, wrong shape).
 * - `remote-api-error`: the API answered with an error (`apiCode` says which: `maxlag`, `readonly`, `readapidenied`, …).
 * - `remote-unsupported-version`: MediaWiki older than 1.25.
 * - `remote-aborted`: the caller's AbortSignal fired.
 */
export type FetchErrorCode =
  | 'remote-unreachable'
  | 'remote-not-api'
  | 'remote-http'
  | 'remote-bad-response'
  | 'remote-api-error'
  | 'remote-unsupported-version'
  | 'remote-aborted';

/** A fetch that failed; the message is one line naming the api.php URL and the reason. */
export class FetchError extends WikispecError {
  override name = 'FetchError';
  declare readonly code: FetchErrorCode;
  /** The API's error code for `remote-api-error` (`maxlag`, `readonly`, …). */
  readonly apiCode: string | undefined;
  /** HTTP status, when an answer was received. */
  readonly status: number | undefined;
  /** Attempts made for the failing request (retries included). */
  readonly attempts: number | undefined;

  constructor(
    code: FetchErrorCode,
    message: string,
    options: { apiCode?: string; status?: number; attempts?: number; hint?: string; cause?: unknown } = {},
  ) {
    super(code, message, options);
    this.apiCode = options.apiCode;
    this.status = options.status;
    this.attempts = options.attempts;
  }
}
