import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSnapshot } from '@wikispec/snapshot';
import { createFakeWiki, loadCapture, type FakeWiki } from '../../../../test/support/fake-wiki.js';
import { ExitCode } from '../exit-codes.js';
import { main } from '../main.js';
import { fakeIo } from '../testing/fake-io.js';
import { WIKISPEC_VERSION } from '../version.js';
import { fetchCommandDependencies } from './fetch.js';

const core = loadCapture('core');
const work = mkdtempSync(join(tmpdir(), 'wikispec-cli-fetch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('wikispec fetch (on recorded answers)', () => {
  let wiki: FakeWiki;
  beforeEach(() => {
    wiki = createFakeWiki(core, { siteinfoWarnings: [{ code: 'deprecation', text: 'A  deprecated\nthing.', module: 'query+siteinfo' }] });
    fetchCommandDependencies.fetch = wiki.fetch;
    fetchCommandDependencies.sleep = async () => {};
  });
  afterEach(() => {
    delete fetchCommandDependencies.fetch;
    delete fetchCommandDependencies.sleep;
    for (const name of readdirSync(work)) rmSync(join(work, name), { recursive: true, force: true });
  });

  it('writes a canonical snapshot, prints one summary line, warnings by code on stderr', async () => {
    const io = fakeIo({ cwd: work });
    expect(await main(['fetch', wiki.apiUrl, '-o', 'out/core.json'], io)).toBe(ExitCode.Ok);
    expect(io.out).toMatch(/^wrote out\/core\.json: LocalWiki \(MediaWiki 1\.39\.17\): 121 modules, 955 parameters \(\+8 templated\); 2 requests, \d+ KB, \d+\.\d s\n$/);
    expect(io.err).toBe('warning: deprecation (query+siteinfo): A deprecated thing.\n');
    const snapshot = parseSnapshot(readFileSync(join(work, 'out/core.json'), 'utf8'));
    expect(snapshot.wiki.apiUrl).toBe(wiki.apiUrl);
    expect(snapshot.modules).toHaveLength(121);
    expect(readdirSync(join(work, 'out'))).toEqual(['core.json']);
  });

  it('sends the default User-Agent with the wikispec version, or --user-agent', async () => {
    await main(['fetch', wiki.apiUrl, '-o', 'a.json'], fakeIo({ cwd: work }));
    expect(wiki.requests[0]?.headers.get('user-agent')).toMatch(new RegExp(`^wikispec/${WIKISPEC_VERSION.replace(/\./g, '\\.')} \\(`));
    await main(['fetch', wiki.apiUrl, '-o', 'b.json', '--user-agent', 'Tool/1 (x@example.org)'], fakeIo({ cwd: work }));
    expect(wiki.requests.at(-1)?.headers.get('user-agent')).toBe('Tool/1 (x@example.org)');
  });

  it('passes helpformat, uselang, maxlag and discovery through', async () => {
    const io = fakeIo({ cwd: work });
    expect(await main(['fetch', wiki.apiUrl, '-o', 'x.json', '--helpformat', 'none', '--uselang', 'fr', '--maxlag', 'off', '--discovery', 'crawl'], io)).toBe(0);
    const paraminfo = wiki.requests.filter((request) => request.params.get('action') === 'paraminfo');
    expect(paraminfo[0]?.params.get('modules')).toBe('main');
    expect(paraminfo.every((request) => request.params.get('helpformat') === 'none' && request.params.get('uselang') === 'fr')).toBe(true);
    expect(wiki.requests.some((request) => request.params.has('maxlag'))).toBe(false);
  });

  it('renders a progress line on a TTY only, and not with CI=true', async () => {
    const tty = fakeIo({ cwd: work, tty: true });
    expect(await main(['fetch', wiki.apiUrl, '-o', 'p.json'], tty)).toBe(0);
    expect(tty.err).toContain('\r\x1b[Kfetching siteinfo: 0 requests');
    expect(tty.err).toMatch(/fetching paraminfo: 2 requests, \d+ KB, 121 modules/);
    expect(tty.err.endsWith('\r\x1b[K')).toBe(true);
    const ci = fakeIo({ cwd: work, tty: true, env: { CI: 'true' } });
    expect(await main(['fetch', wiki.apiUrl, '-o', 'q.json'], ci)).toBe(0);
    expect(ci.err).not.toContain('fetching');
    const pipe = fakeIo({ cwd: work });
    expect(await main(['fetch', wiki.apiUrl, '-o', 'r.json'], pipe)).toBe(0);
    expect(pipe.err).not.toContain('fetching');
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['a missing -o', [], /Missing required argument: output/],
    ['a bad --maxlag', ['-o', 'x.json', '--maxlag', 'soon'], /invalid --maxlag "soon"/],
    ['negative --retries', ['-o', 'x.json', '--retries', '-1'], /invalid --retries -1/],
    ['zero --timeout', ['-o', 'x.json', '--timeout', '0'], /invalid --timeout 0/],
    ['an unknown --helpformat', ['-o', 'x.json', '--helpformat', 'pdf'], /Invalid values/],
  ];
  for (const [label, extra, message] of usage) {
    it(`exits 2 on ${label}, before any request`, async () => {
      const io = fakeIo({ cwd: work });
      expect(await main(['fetch', wiki.apiUrl, ...extra], io)).toBe(ExitCode.Usage);
      expect(io.err).toMatch(message);
      expect(wiki.requests).toHaveLength(0);
      expect(readdirSync(work)).toEqual([]);
    });
  }

  it('exits 2 on a URL that is not http(s)', async () => {
    const io = fakeIo({ cwd: work });
    expect(await main(['fetch', 'wiki.test/api.php', '-o', 'x.json'], io)).toBe(ExitCode.Usage);
    expect(io.err.split('\n')[0]).toBe('error: not a URL: "wiki.test/api.php" (expected the wiki\'s api.php URL, e.g. https://en.wikipedia.org/w/api.php)');
  });

  it('exits 3 when the output path is a directory, before fetching', async () => {
    mkdirSync(join(work, 'dir'));
    const io = fakeIo({ cwd: work });
    expect(await main(['fetch', wiki.apiUrl, '-o', 'dir'], io)).toBe(ExitCode.InvalidInput);
    expect(io.err).toBe('error: dir: cannot write output: is a directory\n');
    expect(wiki.requests).toHaveLength(0);
  });

  it('exits 3 when a parent of the output path is a file, leaving it alone', async () => {
    writeFileSync(join(work, 'file'), 'keep\n');
    const io = fakeIo({ cwd: work });
    expect(await main(['fetch', wiki.apiUrl, '-o', 'file/x.json'], io)).toBe(ExitCode.InvalidInput);
    const errors = io.err.trimEnd().split('\n').filter((line) => !line.startsWith('warning: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^error: .*file\/x\.json: cannot write output: /);
    expect(readFileSync(join(work, 'file'), 'utf8')).toBe('keep\n');
    expect(readdirSync(work)).toEqual(['file']);
  });

  it('exits 4 on a wiki older than 1.25 and writes nothing', async () => {
    fetchCommandDependencies.fetch = createFakeWiki(core, { generator: 'MediaWiki 1.23.0' }).fetch;
    const io = fakeIo({ cwd: work });
    expect(await main(['fetch', wiki.apiUrl, '-o', 'old.json'], io)).toBe(ExitCode.Remote);
    expect(io.err).toMatch(/^error: http:\/\/wiki\.test\/api\.php runs MediaWiki 1\.23\.0, which is too old/);
    expect(readdirSync(work)).toEqual([]);
  });
});
