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

/** Creates the transport. */
export function createTransport(options: TransportOptions): Transport {
  const {
    userAgent,
    accessToken,
    onEvent,
    onWarnings,
    credentials,
    fetch: doFetch = (url, init) => fetch(url, init),
    sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    now = Date.now,
    random = Math.random,
    multipartThreshold = 8000,
    maxUrlLength = 2000,
  } = options;
  const apiUrl = String(options.apiUrl);
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  if (!userAgent) throw new TypeError('userAgent is required');
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
  if (accessToken) secrets.add(accessToken);
  const base: ApiParams = { format: 'json', formatversion: 2, errorformat: 'plaintext', maxlag: options.maxlag ?? 5, ...options.defaults };

  async function call<R>(params: ApiParams, callOptions: CallOptions = {}): Promise<R> {
    const { signal, sensitive = [] } = callOptions;
    const entries = encodeParams({ ...base, ...params });
    let post = callOptions.method === 'POST';
    let multipart = callOptions.multipart;
    for (const [name, value] of entries) {
      if (typeof value !== 'string' || value.length > multipartThreshold) multipart = true;
      if (SECRET_PARAM.test(name) || sensitive.includes(name)) {
        post = true;
        if (typeof value === 'string') secrets.add(value);
      }
    }
    const query = new URLSearchParams(entries as [string, string][]).toString();
    post ||= multipart || apiUrl.length + query.length >= maxUrlLength;
    const action = typeof params.action === 'string' ? params.action : undefined;
    const start = now();

    for (let attempt = 1; ; attempt++) {
      const method = post ? 'POST' : 'GET';
      const url = post ? apiUrl : `${apiUrl}${apiUrl.includes('?') ? '&' : '?'}${query}`;
      const ctx: RequestContext = { method, url: secrets.redact(url), action, attempts: attempt };
      const headers: Record<string, string> = { 'User-Agent': userAgent, 'Api-User-Agent': userAgent, ...options.headers };
      if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
      const cookie = self.cookies?.header(url);
      if (cookie) {
        headers.Cookie = cookie;
        for (const pair of cookie.split('; ')) secrets.add(pair.slice(pair.indexOf('=') + 1));
      }
      const controller = new AbortController();
      const abort = () => controller.abort();
      // A redirected POST would silently become a GET without its body (and its token): refuse to follow it.
      const init: RequestInit = { method, headers, redirect: post ? 'manual' : 'follow', signal: controller.signal };
      if (credentials) init.credentials = credentials;
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
      const timer = setTimeout(abort, callOptions.timeoutMs ?? options.timeoutMs ?? 60_000);
      if (signal?.aborted) abort();
      signal?.addEventListener('abort', abort);
      // The failure of this attempt, its retry-table key and its Retry-After header.
      let error!: WikiRequestError;
      let key = '';
      let retryAfter: string | null = null;
      let response: Response | undefined;
      let received: ArrayBuffer | undefined;
      try {
        response = await doFetch(url, init);
        received = await response.arrayBuffer();
      } catch (cause) {
        // Flattens the error and its causes into one line: undici puts the system error code (ECONNREFUSED, …) on `cause`.
        let detail = '';
        for (let e = cause as { message?: unknown; code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++, e = e.cause as typeof e) {
          detail += `${detail && ': '}${typeof e === 'object' ? `${e.code ?? ''} ${e.message ?? ''}`.trim() : e}`;
        }
        // Our controller aborted: the caller's signal, or else the timer.
        const kind: NetworkErrorKind = controller.signal.aborted
          ? signal?.aborted
            ? 'aborted'
            : 'timeout'
          : /ENOTFOUND|EAI_AGAIN/.test(detail)
            ? 'dns'
            : /ECONNREFUSED/.test(detail)
              ? 'refused'
              : /ECONNRESET|EPIPE|UND_ERR_SOCKET|socket|closed/i.test(detail)
                ? 'reset'
                : 'other';
        error = new NetworkError(kind, `network error (${kind}): ${secrets.redact(detail)}`, ctx, cause);
        key = `network-${kind}`;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
      }
      if (response && received) {
        const text = new TextDecoder().decode(received);
        const { status, headers: answer } = response;
        // After followed redirects the cookies come from the final URL, which the jar checks against the wiki's origin.
        self.cookies?.store(response.url || url, answer);
        onEvent?.({ type: 'response', method, url: ctx.url, attempt, status, bytes: received.byteLength });
        retryAfter = answer.get('retry-after');
        const contentType = answer.get('content-type') ?? '';
        const bodyStart = secrets.redact(text.slice(0, 200));
        let envelope: ApiResponseEnvelope | undefined;
        try {
          envelope = JSON.parse(text);
        } catch {}
        if (typeof envelope !== 'object' || Array.isArray(envelope)) envelope = undefined;
        if (envelope?.error || envelope?.errors?.length) {
          error = new MediaWikiApiError(envelope, status, ctx, secrets.redact);
          key = error.code;
        } else if (status < 200 || status > 299) {
          // Status 0 is a redirect that was not followed (a POST); say where it pointed.
          const location = answer.get('location');
          const message = `HTTP ${status}${location ? ` redirect to ${secrets.redact(location)} (use that api.php URL)` : ''}${contentType ? ` (${contentType})` : ''}: ${JSON.stringify(bodyStart)}`;
          error = new HttpError(status, message, ctx, retryAfter);
          key = `http-${status}`;
        } else if (envelope) {
          if (envelope.warnings) onWarnings?.(redactDeep(normalizeWarnings(envelope), secrets.redact), params);
          return envelope as R;
        } else {
          const first = text.trimStart()[0];
          const truncated = !contentType.includes('html') && (first === undefined || first === '{');
          error = new ResponseFormatError(status, contentType, bodyStart, truncated, ctx);
          key = truncated ? 'badresponse-truncated' : 'badresponse';
        }
      }
      // Both are rejected before any module runs, so resending as POST is always safe.
      if (!post && (key === 'http-414' || key === 'mustbeposted')) {
        post = true;
        attempt--;
        continue;
      }
      const rule = retry.table[key];
      if (!rule || (callOptions.write && rule.writes !== true && !(rule.writes === 'retry-after' && retryAfter))) throw error;
      const delayMs = parseRetryAfter(retryAfter, now()) ?? backoffDelay(attempt, retry, random);
      if (attempt >= retry.maxAttempts || now() + delayMs - start > retry.budgetMs) {
        error.message += ` (gave up after ${attempt} attempts in ${Math.round((now() - start) / 1000)} s)`;
        throw error;
      }
      onEvent?.({ type: 'retry', method, url: ctx.url, attempt, delayMs, reason: key });
      // An abort ends the wait at once (a Retry-After can be minutes long).
      await new Promise<void>((resolve) => {
        const done = () => (signal?.removeEventListener('abort', done), resolve());
        signal?.addEventListener('abort', done);
        sleep(delayMs).then(done, done);
      });
      if (signal?.aborted) throw new NetworkError('aborted', 'aborted', ctx);
    }
  }

  const self: Transport = { apiUrl, secrets, cookies: options.cookies, call };
  return self;
}
