// Faults between wikispec fetch and a real MediaWiki, injected by test/support/fault-proxy.ts: for each, the fetcher
// either succeeds within its retry budget (and the snapshot equals a clean fetch) or fails with one clear line and
// writes nothing. Sleeps are injected and recorded: no test waits for a retry.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { FetchError, fetchSnapshotWithStats, type FetchOptions } from '@wikispec/fetch';
import { serializeSnapshot } from '@wikispec/snapshot';
import { fetchCommandDependencies } from '../../packages/cli/src/commands/fetch.ts';
import { main } from '../../packages/cli/src/main.ts';
import { fakeIo } from '../../packages/cli/src/testing/fake-io.ts';
import { byAction, startFaultProxy, unresolvableFetch, UNRESOLVABLE_API_URL, type Fault, type FaultProxy, type FaultRule } from '../support/fault-proxy.ts';
import { localWikis } from '../support/wikis.ts';

const wikis = localWikis();

describe.skipIf(!wikis)('fetch through a fault-injecting proxy in front of the real wiki', () => {
  let proxy: FaultProxy;
  let clean: string;
  let sleeps: number[];
  const work = mkdtempSync(join(tmpdir(), 'wikispec-e2e-faults-'));

  const options = (extra: FetchOptions = {}): FetchOptions => ({
    helpformat: 'none',
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0, // backoff = half the ceiling: 500 ms, 1000 ms, …
    ...extra,
  });

  beforeAll(async () => {
    proxy = await startFaultProxy({ target: wikis!.core.apiUrl });
    clean = serializeSnapshot((await fetchSnapshotWithStats(proxy.apiUrl, options())).snapshot);
  });
  afterEach(() => {
    expect(proxy.pending(), 'every injected fault was used').toBe(0);
    proxy.reset();
    sleeps = [];
  });
  afterAll(async () => {
    await proxy?.close();
    rmSync(work, { recursive: true, force: true });
  });
  sleeps = [];

  const paraminfo: FaultRule = { match: byAction('paraminfo') };
  const siteinfo: FaultRule = { match: byAction('query') };

  const recovered: Array<[string, Fault, FaultRule & { times?: number }, number[]]> = [
    ['HTTP 500 once', { kind: 'status', status: 500 }, paraminfo, [500]],
    ['HTTP 503 with Retry-After: 7, twice', { kind: 'status', status: 503, retryAfter: 7 }, { ...paraminfo, times: 2 }, [7000, 7000]],
    ['HTTP 429 with Retry-After: 3', { kind: 'status', status: 429, retryAfter: 3 }, siteinfo, [3000]],
    ['HTTP 502 from a gateway, an HTML page', { kind: 'html', status: 502 }, paraminfo, [500]],
    ['a maxlag API error (Retry-After: 5)', { kind: 'api-error', code: 'maxlag' }, paraminfo, [5000]],
    ['a readonly API error, twice', { kind: 'api-error', code: 'readonly' }, { ...siteinfo, times: 2 }, [500, 1000]],
    ['truncated JSON', { kind: 'truncated' }, paraminfo, [500]],
    ['a connection reset before the answer', { kind: 'reset' }, paraminfo, [500]],
    ['a connection reset mid-body', { kind: 'reset', afterBytes: 1000 }, paraminfo, [500]],
    ['a slow but steady answer', { kind: 'slow', chunkBytes: 2048, intervalMs: 5 }, siteinfo, []],
  ];
  for (const [label, fault, rule, expectedSleeps] of recovered) {
    test(`recovers from ${label}`, async () => {
      proxy.inject(fault, rule);
      const result = await fetchSnapshotWithStats(proxy.apiUrl, options());
      expect(serializeSnapshot(result.snapshot)).toBe(clean);
      expect(sleeps).toEqual(expectedSleeps);
      expect(result.stats.retries).toBe(expectedSleeps.length);
      expect(result.stats.requests).toBe(2 + expectedSleeps.length);
      expect(proxy.log.filter((entry) => entry.fault !== undefined)).toHaveLength(rule.times ?? 1);
    });
  }

  test('every request carries maxlag, formatversion=2 and the User-Agent', async () => {
    await fetchSnapshotWithStats(proxy.apiUrl, options({ userAgent: 'wikispec-e2e/1.0 (test@example.org)' }));
    expect(proxy.log).toHaveLength(2);
    for (const entry of proxy.log) {
      expect(entry.params.get('maxlag')).toBe('5');
      expect(entry.params.get('formatversion')).toBe('2');
      expect(entry.headers['user-agent']).toBe('wikispec-e2e/1.0 (test@example.org)');
    }
    expect(proxy.log[1]?.params.get('modules')).toBe('main|**');
  });

  test('a timed-out request is retried (slow drip beyond the timeout)', async () => {
    proxy.inject({ kind: 'slow', chunkBytes: 16, intervalMs: 100 }, paraminfo);
    const result = await fetchSnapshotWithStats(proxy.apiUrl, options({ timeoutMs: 400 }));
    expect(serializeSnapshot(result.snapshot)).toBe(clean);
    expect(sleeps).toEqual([500]);
  });

  const failures: Array<[string, Fault, FaultRule, Partial<FetchError>, RegExp, number]> = [
    ['persistent HTTP 503', { kind: 'status', status: 503 }, { ...paraminfo, times: 5 }, { code: 'remote-http', status: 503, attempts: 5 }, /^http:\/\/127\.0\.0\.1:\d+\/api\.php: HTTP 503 \(gave up after 5 attempts\)$/, 4],
    ['persistent maxlag', { kind: 'api-error', code: 'maxlag' }, { ...siteinfo, times: 5 }, { code: 'remote-api-error', apiCode: 'maxlag' }, /: API error maxlag: Waiting for 127\.0\.0\.1: 7 seconds lagged\. \(gave up after 5 attempts\)$/, 4],
    ['Retry-After beyond the time budget', { kind: 'status', status: 429, retryAfter: 600 }, paraminfo, { code: 'remote-http', status: 429, attempts: 1 }, /: HTTP 429$/, 0],
    ['a non-JSON answer to siteinfo', { kind: 'non-json' }, siteinfo, { code: 'remote-not-api' }, /is not a MediaWiki api\.php: it answered with a non-JSON answer \(text\/plain; charset=utf-8\) \(HTTP 200\)$/, 0],
    ['an HTML page with status 200 to siteinfo', { kind: 'html' }, siteinfo, { code: 'remote-not-api' }, /is not a MediaWiki api\.php: it answered with an HTML page \(HTTP 200\)$/, 0],
    ['an HTML page with status 200 to paraminfo', { kind: 'html' }, paraminfo, { code: 'remote-bad-response' }, /: expected a JSON API answer, got an HTML page \(HTTP 200\)$/, 0],
    ['a redirect to a page that is not api.php', { kind: 'redirect', location: '/index.php/Main_Page' }, siteinfo, { code: 'remote-not-api', status: 302 }, /is not a MediaWiki api\.php: it redirects to http:\/\/127\.0\.0\.1:\d+\/index\.php\/Main_Page \(HTTP 302\); use the api\.php URL itself$/, 0],
    ['a wiki that needs login to read', { kind: 'api-error', code: 'readapidenied' }, siteinfo, { code: 'remote-api-error', apiCode: 'readapidenied' }, /: API error readapidenied: You need read permission to use this module\.$/, 0],
    ['JSON that is not MediaWiki', { kind: 'respond', body: '{"ok":true}' }, siteinfo, { code: 'remote-not-api' }, /is not a MediaWiki api\.php: its JSON answer to meta=siteinfo has no query\.general\.generator$/, 0],
    ['a MediaWiki older than 1.25', { kind: 'respond', body: '{"query":{"general":{"generator":"MediaWiki 1.24.4"}}}' }, siteinfo, { code: 'remote-unsupported-version' }, /runs MediaWiki 1\.24\.4, which is too old: wikispec needs MediaWiki 1\.25 or newer/, 0],
  ];
  for (const [label, fault, rule, expected, message, retries] of failures) {
    test(`fails clearly on ${label}`, async () => {
      proxy.inject(fault, rule);
      const error = await fetchSnapshotWithStats(proxy.apiUrl, options()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchError);
      expect(error).toMatchObject(expected);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
      expect(sleeps).toHaveLength(retries);
    });
  }

  test('fails clearly on an unresolvable host (retried, then "host name not found")', async () => {
    const error = await fetchSnapshotWithStats(UNRESOLVABLE_API_URL, options({ fetch: unresolvableFetch(), retries: 2 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'remote-unreachable', attempts: 3 });
    expect((error as Error).message).toBe(`cannot reach ${UNRESOLVABLE_API_URL}: host name not found (gave up after 3 attempts)`);
    expect(sleeps).toEqual([500, 1000]);
  });

  test('fails clearly when the wiki never answers (hang beyond the timeout, no retries left)', async () => {
    proxy.inject({ kind: 'hang' }, siteinfo);
    const error = await fetchSnapshotWithStats(proxy.apiUrl, options({ timeoutMs: 200, retries: 0 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'remote-unreachable' });
    expect((error as Error).message).toMatch(/^cannot reach http:\/\/127\.0\.0\.1:\d+\/api\.php: request timed out$/);
  });

  describe('through the CLI: exit 4, one line, no file written, the previous file untouched', () => {
    const previous = { ...fetchCommandDependencies };
    beforeAll(() => {
      fetchCommandDependencies.sleep = async (ms) => {
        sleeps.push(ms);
      };
    });
    afterAll(() => {
      delete fetchCommandDependencies.sleep;
      delete fetchCommandDependencies.fetch;
      Object.assign(fetchCommandDependencies, previous);
    });

    const cliFaults: Array<[string, Fault, FaultRule]> = [
      ['persistent 503', { kind: 'status', status: 503, retryAfter: 1 }, { ...paraminfo, times: 5 }],
      ['truncated JSON on every attempt', { kind: 'truncated' }, { ...paraminfo, times: 5 }],
      ['an HTML page with status 200', { kind: 'html' }, siteinfo],
      ['a reset on every attempt', { kind: 'reset' }, { ...siteinfo, times: 5 }],
      ['readonly on every attempt', { kind: 'api-error', code: 'readonly' }, { ...paraminfo, times: 5 }],
    ];
    for (const [label, fault, rule] of cliFaults) {
      test(label, async () => {
        proxy.inject(fault, rule);
        const target = join(work, 'snapshot.json');
        writeFileSync(target, 'previous snapshot\n');
        const io = fakeIo({ cwd: work });
        const code = await main(['fetch', proxy.apiUrl, '-o', 'snapshot.json', '--helpformat', 'none'], io);
        expect(code).toBe(4);
        expect(io.out).toBe('');
        const lines = io.err.trimEnd().split('\n').filter((line) => !line.startsWith('hint: '));
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^error: .*api\.php/);
        expect(readFileSync(target, 'utf8')).toBe('previous snapshot\n');
        expect(existsSync(join(work, 'fresh.json'))).toBe(false);
        const leftovers = (await import('node:fs')).readdirSync(work).filter((name) => name !== 'snapshot.json');
        expect(leftovers).toEqual([]);
      });
    }

    test('an unresolvable host', async () => {
      fetchCommandDependencies.fetch = unresolvableFetch();
      try {
        const io = fakeIo({ cwd: work });
        const code = await main(['fetch', UNRESOLVABLE_API_URL, '-o', 'dns.json'], io);
        expect(code).toBe(4);
        expect(io.err).toBe(`error: cannot reach ${UNRESOLVABLE_API_URL}: host name not found (gave up after 5 attempts)\nhint: check the URL and your network connection\n`);
        expect(existsSync(join(work, 'dns.json'))).toBe(false);
      } finally {
        delete fetchCommandDependencies.fetch;
      }
    });

    test('an interrupt (SIGINT/SIGTERM abort the io signal) mid-request: exit 4, nothing written', async () => {
      const controller = new AbortController();
      proxy.inject({ kind: 'hang' }, {
        match: (request) => {
          if (request.params.get('action') !== 'paraminfo') return false;
          setImmediate(() => controller.abort(new Error('interrupted by SIGINT')));
          return true;
        },
      });
      const io = fakeIo({ cwd: work, signal: controller.signal });
      const code = await main(['fetch', proxy.apiUrl, '-o', 'interrupted.json'], io);
      expect(code).toBe(4);
      expect(io.err).toMatch(/^error: http:\/\/127\.0\.0\.1:\d+\/api\.php: fetch aborted\n$/);
      expect(existsSync(join(work, 'interrupted.json'))).toBe(false);
    });

    test('recovers and writes the snapshot when the retry budget suffices', async () => {
      proxy.inject({ kind: 'status', status: 503, retryAfter: 2 }, { ...paraminfo, times: 2 });
      const io = fakeIo({ cwd: work });
      const code = await main(['fetch', proxy.apiUrl, '-o', 'ok.json', '--helpformat', 'none'], io);
      expect(io.err).toBe('');
      expect(code).toBe(0);
      expect(sleeps).toEqual([2000, 2000]);
      expect(readFileSync(join(work, 'ok.json'), 'utf8')).toBe(clean);
      rmSync(join(work, 'ok.json'));
    });
  });
});
