// A recorded MediaWiki for unit tests: answers siteinfo and paraminfo requests from a real capture
// (test/fixtures/wikis/*/paraminfo-capture.json) through an injected `fetch`, the way MediaWiki 1.39 does —
// `modules=main|**`, explicit module paths, `badmodule` warnings for unknown ones and `toomanyvalues` above 50
// values — so fetcher and client tests run without a server. Options make it behave like older or broken wikis.
import { readFileSync } from 'node:fs';

/** A real capture: `{ siteinfo: {general, namespaces, extensions}, paraminfo: {helpformat, modules} }`. */
export interface Capture {
  siteinfo: { general: Record<string, unknown>; namespaces: unknown; extensions: unknown };
  paraminfo: { helpformat: string; modules: Array<Record<string, unknown> & { path: string }> };
}

/** A request the fake wiki received. */
export interface FakeWikiRequest {
  method: string;
  url: string;
  params: URLSearchParams;
  headers: Headers;
}

export interface FakeWikiOptions {
  /** The api.php URL it answers on (default http://wiki.test/api.php); other URLs get an HTML 404. */
  apiUrl?: string;
  /** Whether `modules=**` is understood (default true; false behaves like a wiki before wildcard support). */
  wildcard?: boolean;
  /** Overrides siteinfo's generator, e.g. "MediaWiki 1.24.4". */
  generator?: string;
  /** Module paths paraminfo pretends not to know (badmodule warning) although a submodule map names them. */
  unknownModules?: string[];
  /** Warnings added to every siteinfo answer (errorformat=plaintext shape). */
  siteinfoWarnings?: Array<{ code: string; text: string; module: string }>;
  /** Called before answering; return a Response to answer with it instead (fault injection). */
  intercept?: (request: FakeWikiRequest, index: number) => Response | undefined | Promise<Response | undefined>;
}

export interface FakeWiki {
  readonly apiUrl: string;
  /** The injected fetch. */
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** Every request received, in order. */
  readonly requests: FakeWikiRequest[];
  /** Most requests in flight at the same time. */
  readonly maxInFlight: number;
}

/** Loads a capture from test/fixtures/wikis (`core` or `full`). */
export function loadCapture(name: 'core' | 'full'): Capture {
  return JSON.parse(readFileSync(new URL(`../fixtures/wikis/mw-1.39-${name}/paraminfo-capture.json`, import.meta.url), 'utf8')) as Capture;
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });

/** Creates a fake wiki answering from `capture`. */
export function createFakeWiki(capture: Capture, options: FakeWikiOptions = {}): FakeWiki {
  const apiUrl = options.apiUrl ?? 'http://wiki.test/api.php';
  const modules = new Map(capture.paraminfo.modules.map((module) => [module.path, module]));
  const unknown = new Set(options.unknownModules ?? []);
  const requests: FakeWikiRequest[] = [];
  let inFlight = 0;
  const state = { maxInFlight: 0 };

  async function answer(request: FakeWikiRequest): Promise<Response> {
    const { params } = request;
    if (request.url.split('?')[0] !== apiUrl) {
      return new Response('<!DOCTYPE html><title>Not Found</title>', { status: 404, headers: { 'content-type': 'text/html' } });
    }
    const action = params.get('action');
    if (action === 'query' && params.get('meta') === 'siteinfo') {
      const general = { ...capture.siteinfo.general, ...(options.generator === undefined ? {} : { generator: options.generator }) };
      const body: Record<string, unknown> = { batchcomplete: true, query: { general, namespaces: capture.siteinfo.namespaces, extensions: capture.siteinfo.extensions } };
      if (options.siteinfoWarnings) body.warnings = options.siteinfoWarnings;
      return json(body);
    }
    if (action === 'paraminfo') {
      const values = (params.get('modules') ?? '').split('|').filter(Boolean);
      if (values.length > 50) {
        return json({ errors: [{ code: 'toomanyvalues', text: `Too many values supplied for parameter "modules". The limit is 50.`, module: 'paraminfo' }] }, 200, { 'mediawiki-api-error': 'toomanyvalues' });
      }
      const warnings: Array<{ code: string; text: string; module: string }> = [];
      const out: unknown[] = [];
      const seen = new Set<string>();
      const push = (path: string) => {
        const module = modules.get(path);
        if (!module || unknown.has(path)) {
          const [parent, child] = path.includes('+') ? [path.slice(0, path.lastIndexOf('+')), path.slice(path.lastIndexOf('+') + 1)] : ['main', path];
          warnings.push({ code: 'badmodule', text: `The module "${parent}" does not have a submodule "${child}".`, module: 'paraminfo' });
        } else if (!seen.has(path)) {
          seen.add(path);
          out.push(module);
        }
      };
      for (const value of values) {
        if (value === '**' && options.wildcard !== false) for (const path of modules.keys()) push(path);
        else push(value);
      }
      const body: Record<string, unknown> = { paraminfo: { helpformat: params.get('helpformat') ?? 'none', modules: out } };
      if (warnings.length > 0) body.warnings = warnings;
      return json(body);
    }
    return json({ errors: [{ code: 'badvalue', text: `Unrecognized value for parameter "action": ${action}.`, module: 'main' }] });
  }

  const fake: FakeWiki = {
    apiUrl,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    fetch: async (input, init = {}) => {
      const url = input instanceof Request ? input.url : String(input);
      const params = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
      if (typeof init.body === 'string') for (const [name, value] of new URLSearchParams(init.body)) params.append(name, value);
      const request: FakeWikiRequest = { method: init.method ?? 'GET', url, params, headers: new Headers(init.headers) };
      const index = requests.length;
      requests.push(request);
      inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      try {
        await new Promise((resolve) => setImmediate(resolve)); // one event-loop turn, so concurrent requests overlap
        const response = (await options.intercept?.(request, index)) ?? (await answer(request));
        // Like fetch: an aborted signal rejects the request.
        if (init.signal?.aborted) throw init.signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
        return response;
      } finally {
        inFlight--;
      }
    },
  };
  return fake;
}
