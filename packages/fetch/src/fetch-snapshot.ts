import {
  HttpError,
  MediaWikiApiError,
  NetworkError,
  ResponseFormatError,
  WikiRequestError,
  createTransport,
  normalizeWarnings,
  redactUrl,
  type ApiParams,
  type ApiResponseEnvelope,
  type FetchLike,
} from '@wikispec/runtime';
import { UsageError, WikispecError, parseSnapshot, type HelpFormat, type Snapshot } from '@wikispec/snapshot';
import { FetchError } from './errors.js';
import {
  MAX_BATCH_SIZE,
  defaultUserAgent,
  type DiscoveryMode,
  type FetchOptions,
  type FetchProgress,
  type FetchStats,
  type FetchWarning,
} from './options.js';
import { chunk, mapLimit } from './pool.js';

/** What {@link fetchSnapshotWithStats} returns: the snapshot plus what it took to get it. */
export interface FetchResult {
  snapshot: Snapshot;
  stats: FetchStats;
  /** Distinct API warnings, in code-unit order of code, module and text. */
  warnings: FetchWarning[];
}

type RawModule = Record<string, unknown> & { path?: unknown; name?: unknown; missing?: unknown };

const HELP_FORMATS: readonly HelpFormat[] = ['html', 'wikitext', 'raw', 'none'];
/** The oldest MediaWiki whose paraminfo takes module paths and formatversion=2. */
const MIN_VERSION: readonly [number, number] = [1, 25];

/** Fetches a wiki's whole Action API description from its api.php and returns it as a canonical snapshot. */
export async function fetchSnapshot(apiUrl: string, options: FetchOptions = {}): Promise<Snapshot> {
  return (await fetchSnapshotWithStats(apiUrl, options)).snapshot;
}

/** Like {@link fetchSnapshot}, also returning request counters and the API warnings seen. */
export async function fetchSnapshotWithStats(apiUrl: string, options: FetchOptions = {}): Promise<FetchResult> {
  const url = checkApiUrl(apiUrl);
  const helpformat = options.helpformat ?? 'html';
  if (!HELP_FORMATS.includes(helpformat)) throw new UsageError(`invalid helpformat ${JSON.stringify(helpformat)}: expected one of ${HELP_FORMATS.join(', ')}`);
  const batchSize = options.batchSize ?? MAX_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
    throw new UsageError(`invalid batch size ${batchSize}: expected 1 to ${MAX_BATCH_SIZE} (MediaWiki's limit of values per parameter)`);
  }
  const retries = options.retries ?? 4;
  if (!Number.isInteger(retries) || retries < 0) throw new UsageError(`invalid retries ${retries}: expected a whole number >= 0`);
  const now = options.now ?? Date.now;
  const started = now();
  const counter = countingFetch(options.fetch ?? ((input, init) => fetch(input, init)));
  const stats: FetchStats = { requests: 0, paraminfoRequests: 0, bytes: 0, retries: 0, durationMs: 0, discovery: 'wildcard' };
  const progress: FetchProgress = { phase: 'siteinfo', requests: 0, bytes: 0, retries: 0, modules: 0, pending: 0 };
  const report = () => options.onProgress?.({ ...progress, requests: counter.requests, bytes: counter.bytes, retries: stats.retries });
  const transport = createTransport({
    apiUrl: url,
    userAgent: options.userAgent ?? defaultUserAgent(),
    maxlag: options.maxlag ?? 5,
    timeoutMs: options.timeoutMs ?? 60_000,
    retry: { maxAttempts: retries + 1, ...(options.retryBudgetMs === undefined ? {} : { budgetMs: options.retryBudgetMs }) },
    defaults: options.uselang === undefined ? {} : { uselang: options.uselang },
    fetch: counter.fetch,
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
    now,
    ...(options.random === undefined ? {} : { random: options.random }),
    onEvent: (event) => {
      if (event.type === 'retry') stats.retries++;
      report();
    },
  });

  const warnings = new Map<string, FetchWarning>();
  const reportWarnings = (envelope: ApiResponseEnvelope, request: FetchWarning['request']) => {
    for (const warning of normalizeWarnings(envelope)) {
      const entry: FetchWarning = { code: warning.code, text: redactUrl(warning.text), module: warning.module, request };
      const key = `${entry.code}\u0000${entry.module}\u0000${entry.text}`;
      if (!warnings.has(key)) {
        warnings.set(key, entry);
        options.onWarning?.(entry);
      }
    }
  };
  /** One API call; its warnings are reported unless `quiet` (the caller then reports them if they matter). */
  const call = async (request: FetchWarning['request'], params: ApiParams, quiet = false): Promise<ApiResponseEnvelope> => {
    if (request === 'paraminfo') stats.paraminfoRequests++;
    let envelope: ApiResponseEnvelope;
    try {
      envelope = await transport.call(params, options.signal === undefined ? {} : { signal: options.signal });
    } catch (error) {
      throw describeFailure(error, url, counter, request === 'siteinfo');
    }
    if (!quiet) reportWarnings(envelope, request);
    return envelope;
  };

  report();
  const siteinfo = await readSiteinfo(await call('siteinfo', { action: 'query', meta: 'siteinfo', siprop: 'general|namespaces|extensions' }), url);
  progress.phase = 'paraminfo';
  report();
  const discovery = await discoverModules({
    call: (params, quiet) => call('paraminfo', { action: 'paraminfo', helpformat, ...params }, quiet),
    reportWarnings: (envelope) => reportWarnings(envelope, 'paraminfo'),
    mode: options.discovery ?? 'auto',
    batchSize,
    concurrency: Math.max(1, options.concurrency ?? 2),
    onModules: (known, pending, crawling) => {
      progress.phase = crawling ? 'crawl' : 'paraminfo';
      progress.modules = known;
      progress.pending = pending;
      report();
    },
    onMissing: (path) => {
      const entry: FetchWarning = { code: 'missingmodule', text: `module ${path} is listed as a submodule but paraminfo does not describe it`, module: path, request: 'paraminfo' };
      warnings.set(`missing\u0000${path}`, entry);
      options.onWarning?.(entry);
    },
  });

  if (options.signal?.aborted) throw new FetchError('remote-aborted', `${url}: fetch aborted`);
  stats.discovery = discovery.mode;
  const raw = { siteinfo, paraminfo: { helpformat, modules: discovery.modules } };
  let snapshot: Snapshot;
  try {
    snapshot = parseSnapshot(raw, { source: url, apiUrl: url });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FetchError('remote-bad-response', `${url}: the API's answers do not form a valid snapshot: ${reason}`, { cause: error });
  }
  stats.requests = counter.requests;
  stats.bytes = counter.bytes;
  stats.durationMs = now() - started;
  progress.phase = 'done';
  progress.modules = snapshot.modules.length;
  progress.pending = 0;
  report();
  const sortedWarnings = [...warnings.values()].sort(
    (a, b) => compare(a.code, b.code) || compare(a.module, b.module) || compare(a.text, b.text),
  );
  return { snapshot, stats, warnings: sortedWarnings };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Parses and checks the api.php URL. One with a user name or password is refused, so the URL every later message names
 * has none; the caller's input echoed here, redirect targets and warning texts go through the runtime's `redactUrl`.
 */
function checkApiUrl(apiUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(apiUrl);
  } catch {
    throw new UsageError(`not a URL: ${JSON.stringify(redactUrl(apiUrl))} (expected the wiki's api.php URL, e.g. https://en.wikipedia.org/w/api.php)`);
  }
  if (parsed.username || parsed.password) {
    // fetch() refuses such URLs anyway, with a message that repeats the password.
    parsed.username = '';
    parsed.password = '';
    throw new UsageError(
      `the api.php URL must not contain a user name or password: use ${parsed.toString()} (wikispec fetch reads public wikis anonymously; name yourself and a contact with --user-agent)`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`unsupported URL scheme ${parsed.protocol} in ${JSON.stringify(redactUrl(apiUrl))}: expected http: or https:`);
  }
  parsed.hash = '';
  return parsed.toString();
}

/** Reads siteinfo's answer: proves the URL is a MediaWiki api.php and that its version is new enough. */
function readSiteinfo(envelope: ApiResponseEnvelope, url: string): Record<string, unknown> {
  const query = envelope.query;
  const general = query?.general as Record<string, unknown> | undefined;
  if (general === undefined || typeof general !== 'object' || typeof general.generator !== 'string') {
    throw new FetchError('remote-not-api', `${url} is not a MediaWiki api.php: its JSON answer to meta=siteinfo has no query.general.generator`);
  }
  const match = /^MediaWiki (\d+)\.(\d+)/.exec(general.generator);
  if (!match) throw new FetchError('remote-not-api', `${url} is not a MediaWiki api.php: siteinfo names the software ${JSON.stringify(general.generator)}`);
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major < MIN_VERSION[0] || (major === MIN_VERSION[0] && minor < MIN_VERSION[1])) {
    throw new FetchError(
      'remote-unsupported-version',
      `${url} runs ${general.generator}, which is too old: wikispec needs MediaWiki ${MIN_VERSION.join('.')} or newer (paraminfo with module paths and formatversion=2)`,
    );
  }
  return { general, namespaces: query?.namespaces ?? {}, extensions: query?.extensions ?? [] };
}

interface DiscoveryContext {
  call(params: ApiParams, quiet?: boolean): Promise<ApiResponseEnvelope>;
  reportWarnings(envelope: ApiResponseEnvelope): void;
  mode: 'auto' | 'crawl';
  batchSize: number;
  concurrency: number;
  onModules(known: number, pending: number, crawling: boolean): void;
  onMissing(path: string): void;
}

/** Finds and describes every module: `modules=main|**` when the wiki supports it, else a crawl of submodule maps. */
async function discoverModules(context: DiscoveryContext): Promise<{ mode: DiscoveryMode; modules: RawModule[] }> {
  const known = new Map<string, RawModule>();
  const requested = new Set<string>(['main']);
  const add = (modules: RawModule[]) => {
    for (const module of modules) {
      const path = typeof module.path === 'string' ? module.path : undefined;
      if (path === undefined) continue;
      if (module.missing !== undefined) context.onMissing(path);
      else if (!known.has(path)) known.set(path, module);
    }
  };
  let mode: DiscoveryMode = 'crawl';
  if (context.mode === 'auto') {
    // Wikis that do not know `**` answer with main alone and a badmodule warning, which is expected: crawl from there.
    const answer = await context.call({ modules: 'main|**' }, true);
    add(paraminfoModules(answer).filter((module) => module.path !== '**'));
    if (known.size > 1) {
      mode = 'wildcard';
      context.reportWarnings(answer);
    }
  }
  if (mode === 'crawl') {
    if (!known.has('main')) add(paraminfoModules(await context.call({ modules: 'main' })));
    if (!known.has('main')) throw new FetchError('remote-bad-response', 'paraminfo did not describe the main module');
    for (const path of known.keys()) requested.add(path);
    let frontier = newSubmodules([...known.values()], requested);
    while (frontier.length > 0) {
      context.onModules(known.size, frontier.length, true);
      const answers = await mapLimit(chunk(frontier, context.batchSize), context.concurrency, (batch) =>
        context.call({ modules: batch.join('|') }),
      );
      const fresh: RawModule[] = [];
      for (const answer of answers) {
        for (const module of paraminfoModules(answer)) {
          if (typeof module.path === 'string' && module.missing === undefined && !known.has(module.path)) fresh.push(module);
        }
        add(paraminfoModules(answer));
      }
      for (const path of frontier) if (!known.has(path)) context.onMissing(path);
      frontier = newSubmodules(fresh, requested);
    }
  }
  context.onModules(known.size, 0, mode === 'crawl');
  return { mode, modules: [...known.values()] };
}

/** Submodule paths named by the modules' parameters (templated ones included) that were not requested yet. */
function newSubmodules(modules: readonly RawModule[], requested: Set<string>): string[] {
  const fresh: string[] = [];
  for (const module of modules) {
    for (const list of [module.parameters, module.templatedparameters]) {
      if (!Array.isArray(list)) continue;
      for (const parameter of list as Array<Record<string, unknown>>) {
        const submodules = parameter?.submodules;
        if (submodules === null || typeof submodules !== 'object') continue;
        for (const path of Object.values(submodules as Record<string, unknown>)) {
          if (typeof path === 'string' && !requested.has(path)) {
            requested.add(path);
            fresh.push(path);
          }
        }
      }
    }
  }
  return fresh.sort(compare);
}

function paraminfoModules(envelope: ApiResponseEnvelope): RawModule[] {
  const paraminfo = (envelope as { paraminfo?: { modules?: unknown } }).paraminfo;
  if (paraminfo === undefined || !Array.isArray(paraminfo.modules)) {
    throw new FetchError('remote-bad-response', 'the paraminfo answer has no paraminfo.modules list');
  }
  return paraminfo.modules.filter((module): module is RawModule => module !== null && typeof module === 'object');
}

/** Wraps fetch to count requests and body bytes, and to refuse redirects (reported, never followed). */
interface CountingFetch {
  fetch: FetchLike;
  /** Requests sent, answered or not. */
  requests: number;
  bytes: number;
  /** Where the last redirect pointed. */
  lastRedirect: string | undefined;
}

function countingFetch(inner: FetchLike): CountingFetch {
  const state: CountingFetch = {
    requests: 0,
    bytes: 0,
    lastRedirect: undefined,
    fetch: async (input, init) => {
      // A redirected api.php is reported rather than followed: a POST would turn into a GET, and the snapshot
      // would record a URL that is not the wiki's api.php.
      state.requests++;
      const response = await inner(input, { ...init, redirect: 'manual' });
      const body = await response.arrayBuffer();
      state.bytes += body.byteLength;
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location');
        state.lastRedirect = location === null ? undefined : redactUrl(new URL(location, input).toString());
      }
      const nullBody = [101, 204, 205, 304].includes(response.status);
      return new Response(nullBody ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
    },
  };
  return state;
}

/** Turns a transport failure into one clear line naming the URL and the reason. */
function describeFailure(error: unknown, url: string, counter: CountingFetch, firstRequest: boolean): unknown {
  if (error instanceof WikispecError) return error;
  if (!(error instanceof WikiRequestError)) return error;
  const attempts = error.attempts;
  const gaveUp = attempts > 1 ? ` (gave up after ${attempts} attempts)` : '';
  const common = { attempts, cause: error };
  if (error instanceof NetworkError) {
    if (error.kind === 'aborted') return new FetchError('remote-aborted', `${url}: fetch aborted`, common);
    const what = { dns: 'host name not found', refused: 'connection refused', reset: 'connection reset', timeout: 'request timed out', other: 'network error', aborted: 'aborted' }[error.kind];
    return new FetchError('remote-unreachable', `cannot reach ${url}: ${what}${gaveUp}`, {
      ...common,
      hint: error.kind === 'timeout' ? 'a slow wiki may need a larger --timeout' : 'check the URL and your network connection',
    });
  }
  if (error instanceof HttpError) {
    if (error.status >= 300 && error.status < 400) {
      const to = counter.lastRedirect === undefined ? '' : ` to ${counter.lastRedirect}`;
      return new FetchError('remote-not-api', `${url} is not a MediaWiki api.php: it redirects${to} (HTTP ${error.status}); use the api.php URL itself`, {
        ...common,
        status: error.status,
      });
    }
    if (firstRequest && (error.status === 404 || error.status === 410 || error.status === 405)) {
      return new FetchError('remote-not-api', `${url} is not a MediaWiki api.php: HTTP ${error.status}`, { ...common, status: error.status });
    }
    return new FetchError('remote-http', `${url}: HTTP ${error.status}${gaveUp}`, { ...common, status: error.status });
  }
  if (error instanceof ResponseFormatError) {
    const html = /html/i.test(error.contentType) || /^\s*</.test(error.bodyStart);
    if (firstRequest && !error.truncated) {
      const got = html ? 'an HTML page' : `a non-JSON answer (${error.contentType || 'no content type'})`;
      return new FetchError('remote-not-api', `${url} is not a MediaWiki api.php: it answered with ${got} (HTTP ${error.status})`, { ...common, status: error.status });
    }
    const got = error.truncated ? 'truncated JSON' : html ? 'an HTML page' : `a non-JSON answer (${error.contentType || 'no content type'})`;
    return new FetchError('remote-bad-response', `${url}: expected a JSON API answer, got ${got} (HTTP ${error.status})${gaveUp}`, { ...common, status: error.status });
  }
  if (error instanceof MediaWikiApiError) {
    const text = error.text.replace(/\s+/g, ' ').trim();
    const hint =
      error.code === 'readapidenied' ? 'the wiki requires login to read its API; wikispec fetch reads public wikis only' : error.code === 'maxlag' ? 'the wiki is lagged; try later or raise --maxlag' : undefined;
    return new FetchError('remote-api-error', `${url}: API error ${error.code}: ${text}${gaveUp}`, {
      ...common,
      apiCode: error.code,
      status: error.httpStatus,
      ...(hint === undefined ? {} : { hint }),
    });
  }
  return new FetchError('remote-bad-response', `${url}: ${error.message}`, common);
}
