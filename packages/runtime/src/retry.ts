/**
 * How one failure is retried. Keys of the table: an API error code (`maxlag`), `http-<status>`,
 * `network-<kind>` or `badresponse-truncated`.
 */
export interface RetryRule {
  /**
   * Whether writes (non-idempotent requests) are retried too: `true` only where the API guarantees that nothing was
   * written; `'retry-after'` when only an answer carrying a Retry-After header guarantees it.
   */
  writes: boolean | 'retry-after';
}

/** Retry table: failures that are retried, keyed as described on {@link RetryRule}. */
export type RetryTable = { readonly [key: string]: RetryRule };

/** Retried for reads and writes. */
const SAFE: RetryRule = { writes: true };
/** Retried for reads only. */
const READS: RetryRule = { writes: false };

/**
 * The default retry table. Reads are retried on every row; writes only where MediaWiki rejects the request before
 * executing it (maxlag, readonly and ratelimited are checked before the module runs; 429 is a refusal; DNS failure
 * and a refused connection mean nothing was sent).
 */
export const DEFAULT_RETRY_TABLE: RetryTable = {
  maxlag: SAFE,
  readonly: SAFE,
  ratelimited: SAFE,
  'http-429': SAFE,
  'http-500': READS,
  'http-502': READS,
  'http-503': { writes: 'retry-after' },
  'http-504': READS,
  'network-dns': SAFE,
  'network-refused': SAFE,
  'network-reset': READS,
  'network-timeout': READS,
  'network-other': READS,
  'badresponse-truncated': READS,
};

/** Retry limits: attempts, backoff and the total time budget. */
export interface RetryOptions {
  /** Most attempts per call, the first included (default 5). */
  maxAttempts: number;
  /** First backoff delay in ms (default 1000); doubles per attempt, jittered. */
  baseDelayMs: number;
  /** Largest backoff delay in ms (default 30000). */
  maxDelayMs: number;
  /** Total time budget of one call in ms, waits included (default 120000). */
  budgetMs: number;
  /** The retry table (default {@link DEFAULT_RETRY_TABLE}). */
  table: RetryTable;
}

/** Default retry limits. */
export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  budgetMs: 120_000,
  table: DEFAULT_RETRY_TABLE,
};

/** Parses a Retry-After header (delta seconds or an HTTP date) into a delay in ms; undefined when absent or invalid. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Jittered exponential backoff for the given attempt (1-based): between half and all of min(cap, base * 2^(n-1)). */
export function backoffDelay(attempt: number, options: RetryOptions, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
