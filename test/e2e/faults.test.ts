// Faults end to end for `wikispec build`: the fault proxy (test/support/fault-proxy.ts) sits in front of the real local
// core wiki; the build runs through the CLI's build handler with the real stages, except that the fetch stage gets an
// injected sleep (no test waits for real) and a small retry budget. For each fault: the documented outcome (retried
// and the outputs equal a clean build's, or exit 4 with one clear error line) and no partial or changed output.
// `wikispec fetch` faults are in fetch-faults.test.ts; generated-client faults in client.test.ts.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultStages, type BuildStages } from '@wikispec/build';
import { fetchSnapshot } from '@wikispec/fetch';
import { buildHandler } from '../../packages/cli/src/commands/build.ts';
import { fakeIo } from '../../packages/cli/src/testing/fake-io.ts';
import { byAction, startFaultProxy, UNRESOLVABLE_API_URL, unresolvableFetch, type Fault, type FaultProxy, type FaultRule } from '../support/fault-proxy.ts';
import { localWikis } from '../support/wikis.ts';
import { hashTree } from '../support/file-tree.ts';

const wikis = localWikis();
const repo = fileURLToPath(new URL('../../', import.meta.url));
const root = join(repo, 'test-artifacts', 'e2e-faults');
const userAgent = 'wikispec-e2e/1.0 (faults.test.ts; 127.0.0.1)';

describe.skipIf(!wikis)('wikispec build through the fault proxy', () => {
  let proxy: FaultProxy;
  let sleeps: number[] = [];
  let fetchImpl: typeof fetch | undefined;
  const stages = (): BuildStages => ({
    ...defaultStages(),
    fetch: (wiki, context) =>
      fetchSnapshot(wiki.apiUrl as string, {
        helpformat: wiki.helpformat,
        userAgent: context.userAgent ?? userAgent,
        retries: 2,
        random: () => 0,
        sleep: async (ms) => void sleeps.push(ms),
        ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
        ...(context.signal === undefined ? {} : { signal: context.signal }),
      }),
  });

  /** A project whose one wiki fetches through `apiUrl`; returns its directory. */
  function project(name: string, apiUrl: string): string {
    const dir = join(root, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'wikispec.config.json'), JSON.stringify({ outDir: 'generated', userAgent, wikis: [{ name: 'core', apiUrl, outputs: ['snapshot', 'openapi-json'], helpformat: 'none' }] }));
    return dir;
  }

  async function build(dir: string): Promise<{ code: number; out: string; err: string }> {
    const io = fakeIo({ cwd: dir });
    const code = await buildHandler({ config: 'wikispec.config.json', offline: false }, io, stages());
    return { code, out: io.out, err: io.err };
  }

  let clean: Record<string, string>;
  beforeAll(async () => {
    proxy = await startFaultProxy({ target: wikis!.core.apiUrl });
    const dir = project('clean', proxy.apiUrl);
    const result = await build(dir);
    expect(result.code, result.err).toBe(0);
    clean = hashTree(join(dir, 'generated', 'core'));
    expect(Object.keys(clean).sort()).toEqual(['openapi.json', 'snapshot.json']);
  }, 300_000);
  afterEach(() => {
    expect(proxy.pending(), 'every injected fault was used').toBe(0);
    proxy.reset();
    sleeps = [];
    fetchImpl = undefined;
  });
  afterAll(async () => {
    await proxy?.close();
  });

  const paraminfo: FaultRule = { match: byAction('paraminfo') };
  const siteinfo: FaultRule = { match: byAction('query') };

  const recovered: Array<[string, Fault, FaultRule, number[]]> = [
    ['HTTP 503 with Retry-After: 7, twice', { kind: 'status', status: 503, retryAfter: 7 }, { ...paraminfo, times: 2 }, [7000, 7000]],
    ['HTTP 429 with Retry-After: 3', { kind: 'status', status: 429, retryAfter: 3 }, siteinfo, [3000]],
    ['a maxlag API error', { kind: 'api-error', code: 'maxlag' }, paraminfo, [5000]],
    ['a readonly API error', { kind: 'api-error', code: 'readonly' }, siteinfo, [500]],
    ['truncated JSON', { kind: 'truncated' }, paraminfo, [500]],
    ['a connection reset mid-body', { kind: 'reset', afterBytes: 1000 }, paraminfo, [500]],
    ['a slow drip', { kind: 'slow', chunkBytes: 4096, intervalMs: 2 }, siteinfo, []],
  ];
  for (const [label, fault, rule, waits] of recovered) {
    it(`recovers from ${label}: retried as documented, outputs identical to a clean build`, async () => {
      const dir = project('recover', proxy.apiUrl);
      proxy.inject(fault, rule);
      const result = await build(dir);
      expect(result.code, result.err).toBe(0);
      expect(sleeps).toEqual(waits);
      expect(hashTree(join(dir, 'generated', 'core'))).toEqual(clean);
      expect(readdirSync(join(dir, 'generated')).filter((name) => name.includes('.tmp-'))).toEqual([]);
    }, 120_000);
  }

  const failures: Array<[string, Fault | 'dns', FaultRule, RegExp]> = [
    ['persistent HTTP 500', { kind: 'status', status: 500 }, { ...paraminfo, times: 3 }, /^error: core: fetch: http:\/\/127\.0\.0\.1:\d+\/api\.php: HTTP 500 \(gave up after 3 attempts\)$/],
    ['persistent maxlag', { kind: 'api-error', code: 'maxlag' }, { ...siteinfo, times: 3 }, /^error: core: fetch: http:\/\/127\.0\.0\.1:\d+\/api\.php: API error maxlag: .* \(gave up after 3 attempts\)$/],
    ['an HTML error page with status 200', { kind: 'html' }, siteinfo, /^error: core: fetch: http:\/\/127\.0\.0\.1:\d+\/api\.php is not a MediaWiki api\.php: it answered with an HTML page \(HTTP 200\)$/],
    ['a non-JSON body', { kind: 'non-json' }, siteinfo, /^error: core: fetch: http:\/\/127\.0\.0\.1:\d+\/api\.php is not a MediaWiki api\.php: it answered with a non-JSON answer/],
    ['a connection reset on every attempt', { kind: 'reset' }, { ...paraminfo, times: 3 }, /^error: core: fetch: cannot reach http:\/\/127\.0\.0\.1:\d+\/api\.php: .*\(gave up after 3 attempts\)$/],
    ['a DNS failure', 'dns', {}, /^error: core: fetch: cannot reach http:\/\/wikispec-fault-proxy\.invalid\/api\.php: host name not found \(gave up after 3 attempts\)$/],
  ];
  for (const [label, fault, rule, message] of failures) {
    it(`fails clearly on ${label}: exit 4, one error line, the previous outputs untouched`, async () => {
      const dir = project('fail', fault === 'dns' ? UNRESOLVABLE_API_URL : proxy.apiUrl);
      // A previous good build's outputs, which must survive byte for byte.
      mkdirSync(join(dir, 'generated', 'core'), { recursive: true });
      for (const [path] of Object.entries(clean)) writeFileSync(join(dir, 'generated', 'core', path), readFileSync(join(root, 'clean', 'generated', 'core', path)));
      const before = hashTree(join(dir, 'generated', 'core'));
      if (fault === 'dns') fetchImpl = unresolvableFetch() as typeof fetch;
      else proxy.inject(fault, rule);
      const result = await build(dir);
      expect(result.code).toBe(4);
      const errors = result.err.split('\n').filter((line) => line.startsWith('error: '));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(hashTree(join(dir, 'generated', 'core'))).toEqual(before);
      expect(readdirSync(join(dir, 'generated')).filter((name) => name.includes('.tmp-'))).toEqual([]);
    }, 120_000);
  }
});
