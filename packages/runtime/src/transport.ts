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
import { createSecretStore, type SecretStore } from './redact.js';
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

/** Attempt result before retry decisions: a decoded envelope, or an error plus its retry key. */
type Failure = { error: WikiRequestError; key: string; retryAfter: string | null };

/** Creates the transport. */
export function createTransport(options: TransportOptions): Transport {
  const apiUrl = String(options.apiUrl);
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  if (!options.userAgent) throw new TypeError('createTransport: a descriptive userAgent is required');
  const secrets = createSecretStore();
  if (options.accessToken) secrets.add(options.accessToken);
  const base: ApiParams = {
    format: 'json',
    formatversion: 2,
    errorformat: 'plaintext',
    maxlag: options.maxlag === undefined ? 5 : options.maxlag,
    ...options.defaults,
  };

  async function call<R>(params: ApiParams, callOptions: CallOptions = {}): Promise<R> {
    const entries = encodeParams({ ...base, ...params });
    const sensitive = callOptions.sensitive ?? [];
    const isSecret = (name: string) => SECRET_PARAM.test(name) || sensitive.includes(name);
    let post = callOptions.method === 'POST';
    let multipart = callOptions.multipart === true;
    for (const [name, value] of entries) {
      if (typeof value !== 'string') multipart = true;
      else if (value.length > (options.multipartThreshold ?? 8000)) multipart = true;
      if (isSecret(name)) {
        post = true;
        if (typeof value === 'string') secrets.add(value);
      }
    }
    const query = new URLSearchParams(entries as [string, string][]).toString();
    post ||= multipart || apiUrl.length + 1 + query.length > (options.maxUrlLength ?? 2000);
    const action = typeof params.action === 'string' ? params.action : undefined;
    const start = now();

    for (let attempt = 1; ; attempt++) {
      const method = post ? 'POST' : 'GET';
      const url = post ? apiUrl : `${apiUrl}${apiUrl.includes('?') ? '&' : '?'}${query}`;
      const ctx: RequestContext = { method, url: secrets.redact(url), attempts: attempt };
      if (action) ctx.action = action;
      const outcome = await send(url, method, ctx);
      if ('envelope' in outcome) {
        const { envelope } = outcome;
        if (envelope.warnings && options.onWarnings) options.onWarnings(normalizeWarnings(envelope), params);
        return envelope as R;
      }
      const { error, key, retryAfter } = outcome;
      // Both are rejected before any module runs, so resending as POST is always safe.
      if (!post && (key === 'http-414' || key === 'mustbeposted')) {
        post = true;
        attempt--;
        continue;
      }
      const rule = retry.table[key];
      const allowed = rule && (!callOptions.write || rule.writes === true || (rule.writes === 'retry-after' && retryAfter !== null));
      if (!allowed) throw error;
      const delayMs = parseRetryAfter(retryAfter, now()) ?? backoffDelay(attempt, retry, random);
      if (attempt >= retry.maxAttempts || now() + delayMs - start > retry.budgetMs) {
        error.message += ` (gave up after ${attempt} attempts in ${Math.round((now() - start) / 1000)} s)`;
        throw error;
      }
      options.onEvent?.({ type: 'retry', method, url: ctx.url, attempt, delayMs, reason: key });
      await sleep(delayMs);
      if (callOptions.signal?.aborted) throw new NetworkError('aborted', 'aborted', ctx);
    }

    async function send(url: string, method: string, ctx: RequestContext): Promise<{ envelope: ApiResponseEnvelope } | Failure> {
      const headers: Record<string, string> = {
        'User-Agent': options.userAgent,
        'Api-User-Agent': options.userAgent,
        ...options.headers,
      };
      if (options.accessToken) headers.Authorization = `Bearer ${options.accessToken}`;
      const cookie = self.cookies?.header(url);
      if (cookie) {
        headers.Cookie = cookie;
        for (const pair of cookie.split('; ')) secrets.add(pair.slice(pair.indexOf('=') + 1));
      }
      let body: BodyInit | undefined;
      if (method === 'POST') {
        if (multipart) {
          const form = new FormData();
          for (const [name, value] of entries) form.append(name, value);
          body = form;
        } else {
          body = query;
          headers['Content-Type'] = 'application/x-www-form-urlencoded';
        }
      }
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, callOptions.timeoutMs ?? options.timeoutMs ?? 60_000);
      const onAbort = () => controller.abort();
      if (callOptions.signal?.aborted) onAbort();
      callOptions.signal?.addEventListener('abort', onAbort);
      let response: Response;
      let text: string;
      let received: ArrayBuffer;
      try {
        // A redirected POST would silently become a GET without its body (and its token): refuse to follow it.
        const init: RequestInit = { method, headers, signal: controller.signal, redirect: method === 'POST' ? 'manual' : 'follow' };
        if (body !== undefined) init.body = body;
        if (options.credentials) init.credentials = options.credentials;
        response = await doFetch(url, init);
        received = await response.arrayBuffer();
        text = new TextDecoder().decode(received);
      } catch (cause) {
        const kind: NetworkErrorKind = timedOut ? 'timeout' : callOptions.signal?.aborted ? 'aborted' : networkKind(cause);
        const detail = secrets.redact(describeCause(cause));
        const error = new NetworkError(kind, `network error (${kind}): ${detail}`, ctx, cause);
        return { error, key: `network-${kind}`, retryAfter: null };
      } finally {
        clearTimeout(timer);
        callOptions.signal?.removeEventListener('abort', onAbort);
      }
      // After followed redirects the cookies come from the final URL, which the jar checks against the wiki's origin.
      self.cookies?.store(response.url || url, response.headers);
      const status = response.status;
      options.onEvent?.({ type: 'response', method, url: ctx.url, attempt: ctx.attempts, status, bytes: received.byteLength });
      const retryAfter = response.headers.get('retry-after');
      const contentType = response.headers.get('content-type') ?? '';
      const bodyStart = secrets.redact(text.slice(0, 200));
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      const envelope = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ApiResponseEnvelope) : undefined;
      if (envelope && (envelope.error || (Array.isArray(envelope.errors) && envelope.errors.length > 0))) {
        const error = new MediaWikiApiError(envelope, status, ctx, secrets.redact);
        return { error, key: error.code, retryAfter };
      }
      if (status < 200 || status > 299) {
        // Status 0 is a redirect that was not followed (a POST); say where it pointed.
        const location = response.headers.get('location');
        const message = `HTTP ${status}${location ? ` redirect to ${secrets.redact(location)} (use that api.php URL)` : ''}${contentType ? ` (${contentType})` : ''}: ${JSON.stringify(bodyStart)}`;
        return { error: new HttpError(status, message, ctx, retryAfter), key: `http-${status}`, retryAfter };
      }
      if (envelope) return { envelope };
      const trimmed = text.trimStart();
      const truncated = !contentType.includes('html') && (trimmed === '' || trimmed[0] === '{');
      const error = new ResponseFormatError(status, contentType, bodyStart, truncated, ctx);
      return { error, key: truncated ? 'badresponse-truncated' : 'badresponse', retryAfter: null };
    }
  }

  const self: Transport = { apiUrl, secrets, cookies: options.cookies, call };
  return self;
}

/** Classifies a fetch rejection (undici puts the system error code on `cause`). */
function networkKind(cause: unknown): NetworkErrorKind {
  const text = describeCause(cause);
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return 'dns';
  if (/ECONNREFUSED/.test(text)) return 'refused';
  if (/ECONNRESET|EPIPE|UND_ERR_SOCKET|socket|closed/i.test(text)) return 'reset';
  return 'other';
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
