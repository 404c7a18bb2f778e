// A fault-injecting HTTP proxy for tests: listens on 127.0.0.1, forwards every request to a target (normally a local
// MediaWiki from scripts/wiki.sh) and, for the requests you choose, answers with a fault instead.
//
//   const proxy = await startFaultProxy({ target: wikis.core.apiUrl });
//   proxy.inject({ kind: 'status', status: 503, retryAfter: 7 }, { times: 2, match: byAction('paraminfo') });
//   await fetchSnapshot(proxy.apiUrl, { sleep: async () => {} });    // two 503s, then the real answer
//   expect(proxy.log.map((entry) => entry.fault)).toEqual([undefined, 'status', 'status', undefined]);
//   await proxy.close();
//
// Faults are queued rules: each request takes the first rule whose `match` accepts it, and a rule is used up after
// `times` requests (default 1; Infinity for every matching request). Requests no rule takes are forwarded unchanged.
// `proxy.log` records every request (method, path, params, which fault it got). Faults that need the real answer
// (truncated, slow, reset-mid-body) fetch it from the target first. The proxy never sleeps for the test: only `slow`
// and `hang` faults use real timers, on the server side.
//
// An unresolvable host cannot be served from loopback, so `unresolvableFetch()` gives a fetch that fails the way
// Node's fetch does on a DNS failure (ENOTFOUND), without making any DNS query; UNRESOLVABLE_API_URL uses the
// reserved `.invalid` TLD for code that must use the real fetch.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What to do instead of forwarding a request. */
export type Fault =
  /** Answer with this HTTP status (and optional Retry-After), an empty JSON-free body by default. */
  | { kind: 'status'; status: number; retryAfter?: number | string; body?: string; contentType?: string }
  /**
   * Answer with a MediaWiki API error (`maxlag`, `readonly`, `ratelimited`, any code), shaped like MediaWiki's own:
   * `errors: [...]` when the request has an `errorformat`, bc `error: {code, info}` otherwise. maxlag answers carry
   * `Retry-After` and `X-Database-Lag` headers as MediaWiki sends them.
   */
  | { kind: 'api-error'; code: string; text?: string; data?: Record<string, unknown>; status?: number; retryAfter?: number }
  /** The real answer cut short: `bytes` of it (default: half), as if the connection ended cleanly mid-body. */
  | { kind: 'truncated'; bytes?: number }
  /** A 200 answer that is not JSON (default: a plain-text PHP notice). */
  | { kind: 'non-json'; body?: string; contentType?: string }
  /** An HTML page (a proxy's or wiki's error page) with status 200 by default. */
  | { kind: 'html'; status?: number; body?: string }
  /** The real answer, sent `chunkBytes` at a time every `intervalMs` (real timers on the server side). */
  | { kind: 'slow'; chunkBytes?: number; intervalMs?: number }
  /** Accepts the request and never answers (until the client gives up or the proxy closes). */
  | { kind: 'hang' }
  /** Destroys the connection: before any answer, or after `afterBytes` bytes of the real body. */
  | { kind: 'reset'; afterBytes?: number }
  /** Answers with a redirect to `location` (absolute, or a path on the proxy). */
  | { kind: 'redirect'; location: string; status?: 301 | 302 | 303 | 307 | 308 }
  /** Answers with exactly this. */
  | { kind: 'respond'; status?: number; headers?: Record<string, string>; body: string };

/** A request as the proxy saw it. */
export interface ProxyRequest {
  method: string;
  /** Path and query, e.g. `/api.php?action=query&…`. */
  path: string;
  /** Query and (urlencoded or multipart text) body parameters merged. */
  params: URLSearchParams;
  headers: IncomingMessage['headers'];
}

/** One entry of the proxy's log. */
export interface ProxyLogEntry extends ProxyRequest {
  /** The kind of fault injected, or undefined when the request was forwarded. */
  fault: Fault['kind'] | undefined;
  /** HTTP status sent (undefined for reset/hang). */
  status: number | undefined;
}

/** When and how often a fault applies. */
export interface FaultRule {
  /** Which requests it applies to (default: all). */
  match?: (request: ProxyRequest) => boolean;
  /** How many requests it applies to (default 1). */
  times?: number;
}

export interface FaultProxy {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The proxy's URL for the target's api.php: `http://127.0.0.1:<port>/api.php` (same path as the target). */
  readonly apiUrl: string;
  /** Every request so far, in arrival order. */
  readonly log: ProxyLogEntry[];
  /** Queues a fault. Returns the proxy, so calls chain. */
  inject(fault: Fault, rule?: FaultRule): FaultProxy;
  /** Faults still queued (with remaining uses). */
  pending(): number;
  /** Drops queued faults and clears the log. */
  reset(): void;
  /** Stops the proxy (ending hung and slow answers). */
  close(): Promise<void>;
}

export interface FaultProxyOptions {
  /** URL of the real api.php (or any URL on the target origin). Omit to answer unmatched requests with 502. */
  target?: string;
}

/** Matches requests whose `action` parameter is `action`. */
export function byAction(action: string): (request: ProxyRequest) => boolean {
  return (request) => request.params.get('action') === action;
}

/** Matches requests that have every given parameter value. */
export function byParams(params: Record<string, string>): (request: ProxyRequest) => boolean {
  return (request) => Object.entries(params).every(([name, value]) => request.params.get(name) === value);
}

/** An api.php URL on a host that never resolves (RFC 2606 `.invalid`). */
export const UNRESOLVABLE_API_URL = 'http://wikispec-fault-proxy.invalid/api.php';

/** A fetch that rejects like Node's fetch on a DNS failure (TypeError "fetch failed", cause code ENOTFOUND). */
export function unresolvableFetch(): (input: string | URL | Request, init?: RequestInit) => Promise<Response> {
  return async (input) => {
    const host = new URL(input instanceof Request ? input.url : String(input)).hostname;
    const cause = Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: host });
    throw new TypeError('fetch failed', { cause });
  };
}

interface QueuedFault {
  fault: Fault;
  match: (request: ProxyRequest) => boolean;
  remaining: number;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'host', 'upgrade', 'proxy-connection', 'te', 'trailer']);

/** Starts a proxy on an ephemeral 127.0.0.1 port. */
export async function startFaultProxy(options: FaultProxyOptions = {}): Promise<FaultProxy> {
  const target = options.target === undefined ? undefined : new URL(options.target);
  const apiPath = target?.pathname.endsWith('.php') ? target.pathname : '/api.php';
  const queue: QueuedFault[] = [];
  const log: ProxyLogEntry[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(`fault proxy error: ${error instanceof Error ? error.message : String(error)}`);
      } else {
        response.destroy();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const path = request.url ?? '/';
    const params = new URLSearchParams(new URL(path, origin).search);
    const contentType = String(request.headers['content-type'] ?? '');
    if (contentType.startsWith('application/x-www-form-urlencoded')) {
      for (const [name, value] of new URLSearchParams(body.toString('utf8'))) params.append(name, value);
    } else if (contentType.startsWith('multipart/form-data')) {
      for (const [name, value] of parseMultipartText(body, contentType)) params.append(name, value);
    }
    const seen: ProxyRequest = { method: request.method ?? 'GET', path, params, headers: request.headers };
    const index = queue.findIndex((entry) => entry.remaining > 0 && entry.match(seen));
    const queued = index === -1 ? undefined : queue[index];
    if (queued) {
      queued.remaining--;
      if (queued.remaining <= 0) queue.splice(index, 1);
    }
    const entry: ProxyLogEntry = { ...seen, fault: queued?.fault.kind, status: undefined };
    log.push(entry);
    const send = (status: number, headers: Record<string, string>, text: string | Buffer) => {
      entry.status = status;
      response.writeHead(status, headers);
      response.end(text);
    };
    const fault = queued?.fault;
    if (fault === undefined) {
      const real = await forward(request, body);
      return send(real.status, real.headers, real.body);
    }
    switch (fault.kind) {
      case 'status': {
        const headers: Record<string, string> = { 'content-type': fault.contentType ?? 'text/plain; charset=utf-8' };
        if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
        return send(fault.status, headers, fault.body ?? `HTTP ${fault.status} injected by the fault proxy\n`);
      }
      case 'api-error': {
        const text = fault.text ?? defaultErrorText(fault.code);
        const data = fault.data ?? defaultErrorData(fault.code);
        const errorformat = params.get('errorformat');
        const payload =
          errorformat !== null && errorformat !== 'bc'
            ? { errors: [{ code: fault.code, text, ...(data === undefined ? {} : { data }), module: 'main' }], docref: 'See the API help.' }
            : { error: { code: fault.code, info: text, ...data, docref: 'See the API help.' } };
        const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'mediawiki-api-error': fault.code };
        const retryAfter = fault.retryAfter ?? (fault.code === 'maxlag' ? 5 : undefined);
        if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
        if (fault.code === 'maxlag') headers['x-database-lag'] = String((data as { lag?: number } | undefined)?.lag ?? 7);
        return send(fault.status ?? 200, headers, JSON.stringify(payload));
      }
      case 'non-json':
        return send(200, { 'content-type': fault.contentType ?? 'text/plain; charset=utf-8' }, fault.body ?? 'PHP Notice: Undefined index: action in /srv/api.php on line 3\n');
      case 'html':
        return send(fault.status ?? 200, { 'content-type': 'text/html; charset=utf-8' }, fault.body ?? '<!DOCTYPE html>\n<html><head><title>Service unavailable</title></head><body><h1>Our servers are currently under maintenance</h1></body></html>\n');
      case 'redirect':
        return send(fault.status ?? 302, { location: new URL(fault.location, origin).toString(), 'content-type': 'text/html' }, '<a href="">moved</a>');
      case 'respond':
        return send(fault.status ?? 200, fault.headers ?? { 'content-type': 'application/json; charset=utf-8' }, fault.body);
      case 'hang':
        return; // never answered; close() destroys the socket
      case 'reset': {
        if (fault.afterBytes === undefined) {
          request.socket.destroy();
          return;
        }
        const real = await forward(request, body);
        entry.status = real.status;
        response.writeHead(real.status, { ...real.headers, 'content-length': String(real.body.length) });
        response.write(real.body.subarray(0, fault.afterBytes), () => request.socket.destroy());
        return;
      }
      case 'truncated': {
        const real = await forward(request, body);
        return send(real.status, real.headers, real.body.subarray(0, fault.bytes ?? Math.floor(real.body.length / 2)));
      }
      case 'slow': {
        const real = await forward(request, body);
        entry.status = real.status;
        response.writeHead(real.status, real.headers);
        const size = fault.chunkBytes ?? 64;
        let offset = 0;
        const drip = () => {
          if (response.destroyed) return;
          if (offset >= real.body.length) {
            response.end();
            return;
          }
          response.write(real.body.subarray(offset, offset + size));
          offset += size;
          const timer = setTimeout(() => {
            timers.delete(timer);
            drip();
          }, fault.intervalMs ?? 50);
          timers.add(timer);
        };
        drip();
        return;
      }
    }
  }

  async function forward(request: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    if (target === undefined) {
      return { status: 502, headers: { 'content-type': 'text/plain' }, body: Buffer.from('fault proxy: no target and no fault for this request\n') };
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const init: RequestInit = { method: request.method ?? 'GET', headers, redirect: 'manual' };
    if (body.length > 0 && request.method !== 'GET' && request.method !== 'HEAD') init.body = body;
    const answer = await fetch(new URL(request.url ?? '/', target.origin), init);
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name)) out[name] = value;
    });
    return { status: answer.status, headers: out, body: Buffer.from(await answer.arrayBuffer()) };
  }

  const proxy: FaultProxy = {
    origin,
    apiUrl: `${origin}${apiPath}`,
    log,
    inject(fault, rule = {}) {
      queue.push({ fault, match: rule.match ?? (() => true), remaining: rule.times ?? 1 });
      return proxy;
    },
    pending: () => queue.reduce((sum, entry) => sum + (Number.isFinite(entry.remaining) ? entry.remaining : 1), 0),
    reset() {
      queue.length = 0;
      log.length = 0;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}

function defaultErrorText(code: string): string {
  switch (code) {
    case 'maxlag':
      return 'Waiting for 127.0.0.1: 7 seconds lagged.';
    case 'readonly':
      return 'The wiki is currently in read-only mode.';
    case 'ratelimited':
      return "As an anti-abuse measure, you are limited from performing this action too many times in a short space of time, and you have exceeded this limit. Please try again in a few minutes.";
    case 'readapidenied':
      return 'You need read permission to use this module.';
    default:
      return `Injected API error ${code}.`;
  }
}

function defaultErrorData(code: string): Record<string, unknown> | undefined {
  if (code === 'maxlag') return { host: '127.0.0.1', lag: 7, type: 'db' };
  if (code === 'readonly') return { readonlyreason: 'Database maintenance (fault proxy)' };
  return undefined;
}

/** Text fields of a multipart/form-data body (enough for matching on parameters; file parts are skipped). */
function parseMultipartText(body: Buffer, contentType: string): Array<[string, string]> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return [];
  const fields: Array<[string, string]> = [];
  for (const part of body.toString('latin1').split(`--${marker}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) continue;
    const head = part.slice(0, split);
    const name = /name="([^"]*)"/.exec(head)?.[1];
    if (name === undefined || /filename=/.test(head)) continue;
    const value = part.slice(split + 4).replace(/\r\n$/, '');
    fields.push([name, Buffer.from(value, 'latin1').toString('utf8')]);
  }
  return fields;
}
