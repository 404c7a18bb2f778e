import { describe, expect, test } from 'vitest';
import { UsageError, countSnapshot, parseSnapshot, serializeSnapshot } from '@wikispec/snapshot';
import { createFakeWiki, loadCapture, type FakeWiki } from '../../../test/support/fake-wiki.js';
import { FetchError, defaultUserAgent, fetchSnapshot, fetchSnapshotWithStats, type FetchOptions, type FetchProgress } from './index.js';

const full = loadCapture('full');
const core = loadCapture('core');
const noSleep = { sleep: async () => {}, random: () => 0 } satisfies FetchOptions;

function fetchFrom(wiki: FakeWiki, options: FetchOptions = {}) {
  return fetchSnapshotWithStats(wiki.apiUrl, { fetch: wiki.fetch, ...noSleep, ...options });
}

const paraminfoRequests = (wiki: FakeWiki) => wiki.requests.filter((request) => request.params.get('action') === 'paraminfo');

describe('module discovery', () => {
  test('modules=main|** gives every module in one paraminfo request after siteinfo', async () => {
    const wiki = createFakeWiki(full);
    const { snapshot, stats, warnings } = await fetchFrom(wiki);
    expect(countSnapshot(snapshot)).toEqual({ modules: 142, parameters: 1071, templatedParameters: 9 });
    expect(stats).toMatchObject({ requests: 2, paraminfoRequests: 1, retries: 0, discovery: 'wildcard' });
    expect(wiki.requests.map((r) => [r.params.get('action'), r.params.get('meta') ?? r.params.get('modules')])).toEqual([
      ['query', 'siteinfo'],
      ['paraminfo', 'main|**'],
    ]);
    expect(wiki.requests[0]?.params.get('siprop')).toBe('general|namespaces|extensions');
    expect(warnings).toEqual([]);
    const reference = parseSnapshot(full, { apiUrl: wiki.apiUrl });
    expect(snapshot.modules).toEqual(reference.modules);
    expect(snapshot.wiki).toEqual(reference.wiki);
  });

  test('a wiki without ** support is crawled through every submodule map, at most 50 modules per request', async () => {
    const wiki = createFakeWiki(full, { wildcard: false });
    const { snapshot, stats, warnings } = await fetchFrom(wiki, { helpformat: 'wikitext' });
    expect(stats.discovery).toBe('crawl');
    expect(countSnapshot(snapshot)).toEqual({ modules: 142, parameters: 1071, templatedParameters: 9 });
    expect(serializeSnapshot(snapshot)).toBe(serializeSnapshot(parseSnapshot(full, { apiUrl: wiki.apiUrl })));
    const batches = paraminfoRequests(wiki).map((request) => (request.params.get('modules') ?? '').split('|'));
    expect(batches[0]).toEqual(['main', '**']);
    expect(batches.slice(1).every((batch) => batch.length <= 50 && !batch.includes('main'))).toBe(true);
    // Every module is requested exactly once after the probe.
    const requested = batches.slice(1).flat();
    expect(new Set(requested).size).toBe(requested.length);
    expect(requested.length).toBe(141);
    expect(stats.requests).toBeLessThanOrEqual(7);
    // The expected badmodule warning of the ** probe is not reported.
    expect(warnings).toEqual([]);
  });

  test('the crawl follows templated parameters and generator maps of non-query modules', async () => {
    // A tiny wiki where `query+allpages` is reachable only through purge's `generator` map, and `edit+slot` only
    // through a templated parameter's submodule map.
    const param = (index: number, name: string, extra: Record<string, unknown> = {}) => ({ index, name, type: 'string', required: false, multi: false, description: '', ...extra });
    const module = (path: string, parameters: unknown[], templatedparameters: unknown[] = []) => ({
      name: path.split('+').at(-1), path, prefix: '', description: '', helpurls: [], examples: [], parameters, templatedparameters,
      ...(path.includes('+') ? { group: 'generator' } : path === 'main' ? {} : { group: 'action' }),
    });
    const tiny = {
      siteinfo: core.siteinfo,
      paraminfo: {
        helpformat: 'none',
        modules: [
          module('main', [param(1, 'action', { type: ['edit', 'purge', 'query'], submodules: { edit: 'edit', purge: 'purge', query: 'query' } })]),
          module('edit', [param(1, 'slots', { type: ['main'], multi: true })], [
            param(1, 'contentformat-{slot}', { type: ['main'], templatevars: { slot: 'slots' }, submodules: { main: 'edit+slot' } }),
          ]),
          module('edit+slot', []),
          module('purge', [param(1, 'generator', { type: ['allpages'], submodules: { allpages: 'query+allpages' }, submoduleparamprefix: 'g' })]),
          module('query', [param(1, 'list', { type: [], multi: true, submodules: {} })]),
          module('query+allpages', [param(1, 'limit', { type: 'limit' })]),
        ],
      },
    };
    const wiki = createFakeWiki(tiny as never, { wildcard: false });
    const { snapshot } = await fetchFrom(wiki);
    expect(snapshot.modules.map((m) => m.path)).toEqual(['edit', 'edit+slot', 'main', 'purge', 'query', 'query+allpages']);
    expect(paraminfoRequests(wiki).map((request) => request.params.get('modules'))).toEqual([
      'main|**',
      'edit|purge|query',
      'edit+slot|query+allpages',
    ]);
  });

  test('discovery "crawl" gives the same snapshot as the wildcard, whatever the batch size and concurrency', async () => {
    const reference = serializeSnapshot((await fetchFrom(createFakeWiki(core))).snapshot);
    for (const [batchSize, concurrency] of [[50, 1], [13, 3], [1, 4]] as const) {
      const wiki = createFakeWiki(core);
      const result = await fetchFrom(wiki, { discovery: 'crawl', batchSize, concurrency });
      expect(serializeSnapshot(result.snapshot)).toBe(reference);
      expect(result.stats.discovery).toBe('crawl');
      expect(wiki.maxInFlight).toBeLessThanOrEqual(concurrency);
      if (concurrency > 1 && batchSize < 50) expect(wiki.maxInFlight).toBeGreaterThan(1);
    }
  });

  test('a submodule the API does not describe is reported as a warning, the rest is kept', async () => {
    const wiki = createFakeWiki(core, { wildcard: false, unknownModules: ['query+allpages'] });
    const { snapshot, warnings } = await fetchFrom(wiki);
    expect(snapshot.modules.some((module) => module.path === 'query+allpages')).toBe(false);
    expect(snapshot.modules).toHaveLength(120);
    expect(warnings.map((warning) => [warning.code, warning.module])).toEqual([
      ['badmodule', 'paraminfo'],
      ['missingmodule', 'query+allpages'],
    ]);
  });

  test('batch sizes above the API limit of 50 are refused', async () => {
    await expect(fetchFrom(createFakeWiki(core), { batchSize: 51 })).rejects.toBeInstanceOf(UsageError);
  });
});

describe('requests', () => {
  test('a default User-Agent naming wikispec and its version, overridable', async () => {
    const wiki = createFakeWiki(core);
    await fetchFrom(wiki);
    expect(wiki.requests[0]?.headers.get('user-agent')).toBe(defaultUserAgent());
    expect(defaultUserAgent('9.9.9')).toMatch(/^wikispec\/9\.9\.9 \(/);
    const other = createFakeWiki(core);
    await fetchFrom(other, { userAgent: 'MyBot/2.0 (me@example.org)' });
    expect(other.requests.every((request) => request.headers.get('user-agent') === 'MyBot/2.0 (me@example.org)')).toBe(true);
  });

  test('helpformat (default html), uselang, maxlag and formatversion=2 are sent', async () => {
    const wiki = createFakeWiki(core);
    const { snapshot } = await fetchFrom(wiki, { uselang: 'de', maxlag: 3 });
    expect(snapshot.helpformat).toBe('html');
    const paraminfo = paraminfoRequests(wiki)[0]!.params;
    expect(paraminfo.get('helpformat')).toBe('html');
    for (const request of wiki.requests) {
      expect(request.params.get('uselang')).toBe('de');
      expect(request.params.get('maxlag')).toBe('3');
      expect(request.params.get('formatversion')).toBe('2');
    }
    const none = createFakeWiki(core);
    expect((await fetchFrom(none, { helpformat: 'wikitext', maxlag: false })).snapshot.helpformat).toBe('wikitext');
    expect(none.requests.every((request) => !request.params.has('maxlag'))).toBe(true);
  });

  test('API warnings are reported by code, once each', async () => {
    const seen: string[] = [];
    const wiki = createFakeWiki(core, { siteinfoWarnings: [{ code: 'deprecation', text: 'Something is deprecated.', module: 'query+siteinfo' }] });
    const { warnings } = await fetchFrom(wiki, { onWarning: (warning) => seen.push(warning.code) });
    expect(warnings).toEqual([{ code: 'deprecation', text: 'Something is deprecated.', module: 'query+siteinfo', request: 'siteinfo' }]);
    expect(seen).toEqual(['deprecation']);
  });

  test('progress reports go from siteinfo to done, with growing counters', async () => {
    const reports: FetchProgress[] = [];
    await fetchFrom(createFakeWiki(full, { wildcard: false }), { onProgress: (progress) => reports.push(progress) });
    const phases = [...new Set(reports.map((report) => report.phase))];
    expect(phases).toEqual(['siteinfo', 'paraminfo', 'crawl', 'done']);
    const last = reports.at(-1)!;
    expect(last).toMatchObject({ phase: 'done', modules: 142, pending: 0 });
    for (let i = 1; i < reports.length; i++) {
      expect(reports[i]!.requests).toBeGreaterThanOrEqual(reports[i - 1]!.requests);
      expect(reports[i]!.bytes).toBeGreaterThanOrEqual(reports[i - 1]!.bytes);
    }
  });

  test('Retry-After is honoured through the injected sleep', async () => {
    const sleeps: number[] = [];
    const wiki = createFakeWiki(core, {
      intercept: (_request, index) => (index === 1 ? new Response('busy', { status: 503, headers: { 'retry-after': '11' } }) : undefined),
    });
    const { stats } = await fetchSnapshotWithStats(wiki.apiUrl, { fetch: wiki.fetch, sleep: async (ms) => void sleeps.push(ms) });
    expect(sleeps).toEqual([11_000]);
    expect(stats).toMatchObject({ requests: 3, retries: 1 });
  });
});

describe('refusals', () => {
  test('MediaWiki older than 1.25', async () => {
    const error = await fetchFrom(createFakeWiki(core, { generator: 'MediaWiki 1.24.4' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ code: 'remote-unsupported-version' });
    expect((error as Error).message).toBe(
      'http://wiki.test/api.php runs MediaWiki 1.24.4, which is too old: wikispec needs MediaWiki 1.25 or newer (paraminfo with module paths and formatversion=2)',
    );
  });

  test('1.25 itself is accepted', async () => {
    await expect(fetchFrom(createFakeWiki(core, { generator: 'MediaWiki 1.25.0' }))).resolves.toBeDefined();
  });

  test('a URL that is not api.php', async () => {
    const wiki = createFakeWiki(core);
    const error = await fetchSnapshot('http://wiki.test/index.php', { fetch: wiki.fetch, ...noSleep }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'remote-not-api', status: 404, message: 'http://wiki.test/index.php is not a MediaWiki api.php: HTTP 404' });
  });

  test('a redirect is reported, not followed', async () => {
    const wiki = createFakeWiki(core, {
      intercept: () => new Response(null, { status: 301, headers: { location: 'https://wiki.test/w/api.php' } }),
    });
    const error = await fetchFrom(wiki).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'remote-not-api', status: 301 });
    expect((error as Error).message).toBe('http://wiki.test/api.php is not a MediaWiki api.php: it redirects to https://wiki.test/w/api.php (HTTP 301); use the api.php URL itself');
    expect(wiki.requests).toHaveLength(1);
  });

  test('malformed URLs and schemes are usage errors', async () => {
    await expect(fetchSnapshot('not a url')).rejects.toBeInstanceOf(UsageError);
    await expect(fetchSnapshot('ftp://wiki.test/api.php')).rejects.toBeInstanceOf(UsageError);
  });

  test('a user name or password in the URL is a usage error that never repeats it, before any request', async () => {
    const wiki = createFakeWiki(core);
    for (const url of ['http://bob:Pw-hunter2@wiki.test/api.php', 'http://bob@wiki.test/api.php', 'ftp://bob:Pw-hunter2@wiki.test/api.php']) {
      const error = await fetchSnapshot(url, { fetch: wiki.fetch }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      const message = (error as Error).message;
      expect(message).toMatch(/^the api\.php URL must not contain a user name or password: use (http|ftp):\/\/wiki\.test\/api\.php \(/);
      expect(`${message} ${(error as Error).stack}`).not.toMatch(/Pw-hunter2|bob/);
    }
    // Unparseable or wrong-scheme URLs are echoed without their userinfo too.
    for (const url of ['http://bob:Pw-hunter2@', 'http://bob:Pw-hunter2@wiki.test:99999/api.php']) {
      const error = await fetchSnapshot(url, { fetch: wiki.fetch }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(/^not a URL: "http:\/\/(wiki\.test:99999\/api\.php)?"/);
      expect((error as Error).message).not.toMatch(/Pw-hunter2|bob/);
    }
    expect(wiki.requests).toHaveLength(0);
  });

  test('an aborted fetch stops with remote-aborted', async () => {
    const controller = new AbortController();
    const wiki = createFakeWiki(core, {
      intercept: (_request, index) => {
        if (index === 1) controller.abort();
        return undefined;
      },
    });
    const error = await fetchFrom(wiki, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as { code?: string }).code).toBe('remote-aborted');
  });
});
