import type { FetchLike } from '@wikispec/runtime';
import type { HelpFormat } from '@wikispec/snapshot';

/** This package's version, used in the default User-Agent. */
export const FETCH_VERSION = '0.1.0';

/** The User-Agent sent when the caller names none: the tool, its version and where to read about it. */
export function defaultUserAgent(version: string = FETCH_VERSION): string {
  return `wikispec/${version} (MediaWiki Action API snapshot fetcher; pass --user-agent to add your contact details)`;
}

/** Most values MediaWiki accepts in one multi-value parameter for a normal user (ApiBase::LIMIT_SML1). */
export const MAX_BATCH_SIZE = 50;

/** How module discovery went: `wildcard` (`modules=main|**`, one request) or `crawl` (following submodule maps). */
export type DiscoveryMode = 'wildcard' | 'crawl';

/** A progress report, sent after every HTTP answer and at every phase change. */
export interface FetchProgress {
  phase: 'siteinfo' | 'paraminfo' | 'crawl' | 'done';
  /** HTTP requests sent so far (retries included). */
  requests: number;
  /** Response bytes received so far. */
  bytes: number;
  /** Retries so far. */
  retries: number;
  /** Modules described so far. */
  modules: number;
  /** Modules known but not yet described (crawl only). */
  pending: number;
}

/** An API warning, reported by code (MediaWiki's warning code, e.g. `badmodule`, `deprecation`). */
export interface FetchWarning {
  code: string;
  text: string;
  /** Module path that raised it (`main`, `paraminfo`, …). */
  module: string;
  /** Which request produced it. */
  request: 'siteinfo' | 'paraminfo';
}

/** Options of {@link fetchSnapshot}. */
export interface FetchOptions {
  /** A descriptive User-Agent with contact information (default: {@link defaultUserAgent}). */
  userAgent?: string;
  /** Markup of help texts (default `html`, what the API's own help shows). */
  helpformat?: HelpFormat;
  /** Language of help texts (`uselang`); the wiki's content language when unset. */
  uselang?: string;
  /** `maxlag` in seconds sent with every request (default 5); `false` to leave it out. */
  maxlag?: number | false;
  /** Per-request timeout in ms, body included (default 60000). */
  timeoutMs?: number;
  /** Retries per request after the first attempt (default 4). */
  retries?: number;
  /** Total time budget of one request including its retries, in ms (default 120000). */
  retryBudgetMs?: number;
  /** Requests in flight at once during a crawl (default 2). */
  concurrency?: number;
  /** Values of `modules` per paraminfo request during a crawl (default and maximum 50). */
  batchSize?: number;
  /** `auto` (default): `modules=main|**`, crawling only if the wiki rejects it; `crawl`: always crawl. */
  discovery?: 'auto' | 'crawl';
  /** Cancels the fetch. */
  signal?: AbortSignal;
  /** Receives progress reports (render them on a TTY only). */
  onProgress?: (progress: FetchProgress) => void;
  /** Receives each distinct API warning as it arrives. */
  onWarning?: (warning: FetchWarning) => void;
  /** HTTP implementation (default: global fetch); tests inject recorded answers. */
  fetch?: FetchLike;
  /** Waits between retries (default: setTimeout); tests inject one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Clock in ms (default Date.now). */
  now?: () => number;
  /** Jitter source in [0, 1) (default Math.random). */
  random?: () => number;
}

/** Counters of one fetch. */
export interface FetchStats {
  /** HTTP requests sent, answered or not (retries included). */
  requests: number;
  /** Of which paraminfo requests. */
  paraminfoRequests: number;
  /** Response body bytes received. */
  bytes: number;
  /** Retries made. */
  retries: number;
  /** Wall time by the injected clock. */
  durationMs: number;
  discovery: DiscoveryMode;
}
