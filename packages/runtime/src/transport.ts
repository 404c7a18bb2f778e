import { encodeParams, SECRET_PARAM } from './encode.js';
import {
  HttpError,
  MediaWikiApiError,
  NetworkError,
  normalizeWarnings,
  ResponseFormatError,
  type NormalizedMessage,
  type NetworkErrorKind,
  type RequestContext,
  type WikiRequestError,
} from './errors.js';
import { createSecretStore, redactDeep, type SecretStore } from './redact.js';
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter, type RetryOptions } from './retry.js';
import type { ApiParams, ApiResponseEnvelope } from './types.js';

/** The subset of `fetch` the runtime uses (inject one in tests). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Cookie storage the transport consults (see `createCookieJar`). */
export interface CookieStore {
  /** The Cookie header to send to `url`, if any. */
  header(url: string): string | undefined;
  /** Stores the Set-Cookie headers of a response from `url`. */
  store(url: string, headers: Headers): void;
  /** Forgets every cookie. */
  clear(): void;
}

/** Something the transport did, for logs and metrics (URLs have secrets redacted). */
export interface TransportEvent {
  /** `response` after each HTTP answer, `retry` before each wait. */
  type: 'response' | 'retry';
  /** HTTP method. */
  method: string;
  /** URL, secrets redacted. */
  url: string;
  /** Attempt number (1-based). */
  attempt: number;
  /** HTTP status (response events). */
  status?: number;
  /** Body size in bytes, as read (response events). */
  bytes?: number;
  /** The wait before the next attempt (retry events). */
  delayMs?: number;
  /** Why it retries: a retry-table key (retry events). */
  reason?: string;
}

/** Options of {@link createTransport}. */
export interface TransportOptions {
  /** URL of the wiki's api.php. */
  apiUrl: string | URL;
  /** A descriptive User-Agent naming the tool and a contact (required by Wikimedia's policy). */
  userAgent: string;
  /** `maxlag` in seconds (default 5); `false` to leave it out. */
  maxlag?: number | false;
  /** Per-attempt timeout in ms, body included (default 60000). */
  timeoutMs?: number;
  /** Retry limits and table. */
  retry?: Partial<RetryOptions>;
  /** Parameters added to every call (callers' values win), e.g. `{ uselang: 'en' }`. */
  defaults?: ApiParams;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  /** URLs longer than this are sent as POST (default 2000). */
  maxUrlLength?: number;
  /** Values longer than this make the body multipart/form-data (default 8000). */
  multipartThreshold?: number;
  /** OAuth 2 access token, sent as `Authorization: Bearer`. */
  accessToken?: string;
  /** Cookie storage for login sessions in Node (browsers use `credentials`). */
  cookies?: CookieStore;
  /** Fetch `credentials` mode; use `include` in browsers for cookie logins across origins. */
  credentials?: 'omit' | 'same-origin' | 'include';
  /** Receives the warnings of every successful response that has some (normalised, any errorformat). */
  onWarnings?: (warnings: NormalizedMessage[], params: ApiParams) => void;
  /** The fetch implementation (default: global fetch). */
  fetch?: FetchLike;
  /** Waits `ms` (default: setTimeout). */
  sleep?: (ms: number) => Promise<void>;
  /** Clock in ms (default Date.now). */
  now?: () => number;
  /** Random number in [0, 1) for jitter (default Math.random). */
  random?: () => number;
  /** Receives response and retry events. */
  onEvent?: (event: TransportEvent) => void;
}

/** Per-call options. */
export interface CallOptions {
  /** Force the HTTP method; POST is chosen anyway for secrets, files, long URLs and HTTP 414. */
  method?: 'GET' | 'POST';
  /** The call changes the wiki: only failures the API guarantees happened before any write are retried. */
  write?: boolean;
  /** Names of parameters whose values are secret (sent in the body, redacted everywhere). */
  sensitive?: readonly string[];
  /** Send the body as multipart/form-data. */
  multipart?: boolean;
  /** Cancels the call. */
  signal?: AbortSignal;
  /** Overrides the per-attempt timeout. */
  timeoutMs?: number;
}

/** The one HTTP transport: encodes, sends, retries and decodes api.php calls. */
export interface Transport {
  /** The api.php URL. */
  readonly apiUrl: string;
  /** Secret values seen so far; every message the runtime builds is scrubbed through it. */
  readonly secrets: SecretStore;
  /** Cookie storage, if any (the login helpers attach a jar in Node). */
  cookies: CookieStore | undefined;
  /** Calls api.php with `params` and returns the decoded envelope, or throws a `WikiRequestError`. */
  call<R = ApiResponseEnvelope>(params: ApiParams, options?: CallOptions): Promise<R>;
}

/** One attempt's outcome: `[envelope]`, or `[undefined, error, retry-table key, Retry-After header]`. */
type Outcome = [ApiResponseEnvelope] | [undefined, WikiRequestError, string, (string | null)?];

/** Creates the transport. */
export function createTransport(options: TransportOptions): Transport {
  const apiUrl = String(options.apiUrl);
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  if (!options.userAgent) throw new TypeError('userAgent is required');
  // fetch refuses such URLs with a message that repeats the password; say why, without it. (The base keeps relative
  // URLs, which browsers allow, parseable; a URL that cannot be parsed fails in fetch, its message redacted.)
  let parsed: URL | undefined;
  try {
    parsed = new URL(apiUrl, 'a:/');
  } catch {}
  if (parsed?.username || parsed?.password) {
    throw new TypeError('the api.php URL must not contain a user name or password; use login() or accessToken');
  }
  const secrets = createSecretStore();
  const token = options.accessToken;
  if (token) secrets.add(token);
  const base: ApiParams = {
    format: 'json',
    formatversion: 2,
    errorformat: 'plaintext',
    maxlag: options.maxlag ?? 5,
    ...options.defaults,
  };

  async function call<R>(params: ApiParams, callOptions: CallOptions = {}): Promise<R> {
    const { signal, sensitive = [] } = callOptions;
    const entries = encodeParams({ ...base, ...params });
    let post = callOptions.method === 'POST';
    let multipart = !!callOptions.multipart;
    for (const [name, value] of entries) {
      if (typeof value !== 'string' || value.length > (options.multipartThreshold ?? 8000)) multipart = true;
      if (SECRET_PARAM.test(name) || sensitive.includes(name)) {
        post = true;
        if (typeof value === 'string') secrets.add(value);
      }
    }
    const query = new URLSearchParams(entries as [string, string][]).toString();
    post ||= multipart || apiUrl.length + query.length >= (options.maxUrlLength ?? 2000);
    const action = typeof params.action === 'string' ? params.action : undefined;
    const start = now();

    for (let attempt = 1; ; attempt++) {
      const method = post ? 'POST' : 'GET';
      const url = post ? apiUrl : `${apiUrl}${apiUrl.includes('?') ? '&' : '?'}${query}`;
      const ctx: RequestContext = { method, url: secrets.redact(url), action, attempts: attempt };
      const [envelope, error, key = '', retryAfter = null] = await send(url, ctx);
      if (envelope) {
        if (envelope.warnings) options.onWarnings?.(redactDeep(normalizeWarnings(envelope), secrets.redact), params);
        return envelope as R;
      }
      // Both are rejected before any module runs, so resending as POST is always safe.
      if (!post && (key === 'http-414' || key === 'mustbeposted')) {
        post = true;
        attempt--;
        continue;
      }
      const rule = retry.table[key];
      if (!rule || (callOptions.write && rule.writes !== true && !(rule.writes === 'retry-after' && retryAfter))) throw error;
      const delayMs = parseRetryAfter(retryAfter, now()) ?? backoffDelay(attempt, retry, options.random ?? Math.random);
      if (attempt >= retry.maxAttempts || now() + delayMs - start > retry.budgetMs) {
        error.message += ` (gave up after ${attempt} attempts in ${Math.round((now() - start) / 1000)} s)`;
        throw error;
      }
      options.onEvent?.({ type: 'retry', method, url: ctx.url, attempt, delayMs, reason: key });
      // An abort ends the wait at once (a Retry-After can be minutes long).
      await new Promise<void>((resolve) => {
        const done = () => {
          signal?.removeEventListener('abort', done);
          resolve();
        };
        signal?.addEventListener('abort', done);
        sleep(delayMs).then(done, done);
      });
      if (signal?.aborted) throw new NetworkError('aborted', 'aborted', ctx);
    }

    async function send(url: string, ctx: RequestContext): Promise<Outcome> {
      const { method } = ctx;
      const headers: Record<string, string> = { 'User-Agent': options.userAgent, 'Api-User-Agent': options.userAgent, ...options.headers };
      if (token) headers.Authorization = `Bearer ${token}`;
      const cookie = self.cookies?.header(url);
      if (cookie) {
        headers.Cookie = cookie;
        for (const pair of cookie.split('; ')) secrets.add(pair.slice(pair.indexOf('=') + 1));
      }
      // A redirected POST would silently become a GET without its body (and its token): refuse to follow it.
      const init: RequestInit = { method, headers, redirect: post ? 'manual' : 'follow' };
      if (options.credentials) init.credentials = options.credentials;
      if (post) {
        if (multipart) {
          const form = new FormData();
          for (const [name, value] of entries) form.append(name, value);
          init.body = form;
        } else {
          init.body = query;
          headers['Content-Type'] = 'application/x-www-form-urlencoded';
        }
      }
      const controller = new AbortController();
      init.signal = controller.signal;
      let timedOut = false;
      const abort = () => controller.abort();
      const timer = setTimeout(() => {
        timedOut = true;
        abort();
      }, callOptions.timeoutMs ?? options.timeoutMs ?? 60_000);
      if (signal?.aborted) abort();
      signal?.addEventListener('abort', abort);
      let response: Response;
      let received: ArrayBuffer;
      try {
        response = await doFetch(url, init);
        received = await response.arrayBuffer();
      } catch (cause) {
        // undici puts the system error code (ECONNREFUSED, …) on `cause`.
        const detail = describeCause(cause);
        const kind: NetworkErrorKind = timedOut
          ? 'timeout'
          : signal?.aborted
            ? 'aborted'
            : /ENOTFOUND|EAI_AGAIN/.test(detail)
              ? 'dns'
              : /ECONNREFUSED/.test(detail)
                ? 'refused'
                : /ECONNRESET|EPIPE|UND_ERR_SOCKET|socket|closed/i.test(detail)
                  ? 'reset'
                  : 'other';
        return [undefined, new NetworkError(kind, `network error (${kind}): ${secrets.redact(detail)}`, ctx, cause), `network-${kind}`];
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
      }
      const text = new TextDecoder().decode(received);
      const { status, headers: answer } = response;
      // After followed redirects the cookies come from the final URL, which the jar checks against the wiki's origin.
      self.cookies?.store(response.url || url, answer);
      options.onEvent?.({ type: 'response', method, url: ctx.url, attempt: ctx.attempts, status, bytes: received.byteLength });
      const retryAfter = answer.get('retry-after');
      const contentType = answer.get('content-type') ?? '';
      const bodyStart = secrets.redact(text.slice(0, 200));
      let envelope: ApiResponseEnvelope | undefined;
      try {
        envelope = JSON.parse(text);
      } catch {}
      if (typeof envelope !== 'object' || Array.isArray(envelope)) envelope = undefined;
      if (envelope?.error || envelope?.errors?.length) {
        const error = new MediaWikiApiError(envelope, status, ctx, secrets.redact);
        return [undefined, error, error.code, retryAfter];
      }
      if (status < 200 || status > 299) {
        // Status 0 is a redirect that was not followed (a POST); say where it pointed.
        const location = answer.get('location');
        const message = `HTTP ${status}${location ? ` redirect to ${secrets.redact(location)} (use that api.php URL)` : ''}${contentType ? ` (${contentType})` : ''}: ${JSON.stringify(bodyStart)}`;
        return [undefined, new HttpError(status, message, ctx, retryAfter), `http-${status}`, retryAfter];
      }
      if (envelope) return [envelope];
      const first = text.trimStart()[0];
      const truncated = !contentType.includes('html') && (first === undefined || first === '{');
      return [undefined, new ResponseFormatError(status, contentType, bodyStart, truncated, ctx), truncated ? 'badresponse-truncated' : 'badresponse'];
    }
  }

  const self: Transport = { apiUrl, secrets, cookies: options.cookies, call };
  return self;
}

/** Flattens an error and its causes into one line (`fetch failed: ECONNREFUSED connect ECONNREFUSED …`). */
function describeCause(cause: unknown): string {
  const parts: string[] = [];
  type Chain = { message?: unknown; code?: unknown; cause?: unknown };
  for (let e = cause as Chain | undefined, depth = 0; e && depth < 4; depth++, e = e.cause as Chain | undefined) {
    parts.push(typeof e === 'object' ? `${e.code ?? ''} ${e.message ?? ''}`.trim() : String(e));
  }
  return parts.join(': ');
}
