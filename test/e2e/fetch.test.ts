// wikispec fetch against the real local MediaWiki (scripts/wiki.sh): the CLI's snapshot of each configuration must
// describe exactly the modules and parameters of the independent reference captures in test/fixtures/wikis.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { countSnapshot, parseSnapshot, type Snapshot } from '@wikispec/snapshot';
import { main } from '../../packages/cli/src/main.ts';
import { fakeIo } from '../../packages/cli/src/testing/fake-io.ts';
import { localWikis } from '../support/wikis.ts';

const wikis = localWikis();
const work = mkdtempSync(join(tmpdir(), 'wikispec-e2e-fetch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const capture = (name: 'core' | 'full'): Snapshot =>
  parseSnapshot(readFileSync(new URL(`../fixtures/wikis/mw-1.39-${name}/paraminfo-capture.json`, import.meta.url), 'utf8'), {
    source: `mw-1.39-${name}`,
  });

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo({ cwd: work });
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

/** The captures were taken with the wiki on port 8139; URLs in module data (licenselink) carry the port. */
function withPort(modules: Snapshot['modules'], from: string, to: string): unknown {
  return JSON.parse(JSON.stringify(modules).split(`127.0.0.1:${from}`).join(`127.0.0.1:${to}`));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.skipIf(!wikis)('wikispec fetch against the local MediaWiki', () => {
  for (const [name, expected] of [
    ['core', { modules: 121, parameters: 955, templatedParameters: 8 }],
    ['full', { modules: 142, parameters: 1071, templatedParameters: 9 }],
  ] as const) {
    test(`${name}: the same modules and parameters as the reference capture, descriptions included`, async () => {
      const apiUrl = wikis![name].apiUrl;
      const port = new URL(apiUrl).port;
      const result = await cli('fetch', apiUrl, '-o', `${name}.json`, '--helpformat', 'wikitext');
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      expect(result.out).toMatch(new RegExp(`^wrote ${name}\\.json: LocalWiki \\(MediaWiki 1\\.39\\.\\d+\\): ${expected.modules} modules, ${expected.parameters} parameters \\(\\+${expected.templatedParameters} templated\\); 2 requests`));
      const fetched = parseSnapshot(readFileSync(join(work, `${name}.json`), 'utf8'));
      const reference = capture(name);
      expect(countSnapshot(fetched)).toEqual(expected);
      expect(fetched.helpformat).toBe('wikitext');
      expect(fetched.wiki.apiUrl).toBe(apiUrl);
      expect(fetched.wiki.sitename).toBe('LocalWiki');
      expect(fetched.wiki.mediawikiVersion).toMatch(/^1\.39\./);
      expect(fetched.wiki.extensions.map((e) => e.name)).toEqual(reference.wiki.extensions.map((e) => e.name));
      expect(fetched.wiki.namespaces).toEqual(reference.wiki.namespaces);
      expect(fetched.modules.map((m) => m.path)).toEqual(reference.modules.map((m) => m.path));
      // Every module's parameters: names, types, flags, limits, submodules, help texts.
      const normalised = withPort(fetched.modules, port, '8139') as Snapshot['modules'];
      for (const [index, module] of normalised.entries()) {
        expect(module, module.path).toEqual(reference.modules[index]);
      }
    });

    test(`${name}: a second fetch is byte-identical`, async () => {
      const apiUrl = wikis![name].apiUrl;
      expect((await cli('fetch', apiUrl, '-o', `${name}-a.json`)).code).toBe(0);
      expect((await cli('fetch', apiUrl, '-o', `${name}-b.json`)).code).toBe(0);
      const a = readFileSync(join(work, `${name}-a.json`));
      expect(a.equals(readFileSync(join(work, `${name}-b.json`)))).toBe(true);
      const snapshot = parseSnapshot(a.toString('utf8'));
      expect(snapshot.helpformat).toBe('html');
      expect(Object.keys(snapshot.wiki)).not.toContain('time');
    });
  }

  test('the explicit crawl finds the same modules as modules=main|**, in at most 50 modules per request', async () => {
    const apiUrl = wikis!.full.apiUrl;
    expect((await cli('fetch', apiUrl, '-o', 'wildcard.json', '--helpformat', 'none')).code).toBe(0);
    const crawl = await cli('fetch', apiUrl, '-o', 'crawl.json', '--helpformat', 'none', '--discovery', 'crawl');
    expect(crawl.code).toBe(0);
    const requests = Number(/; (\d+) requests/.exec(crawl.out)?.[1]);
    expect(requests).toBeGreaterThanOrEqual(4);
    expect(requests).toBeLessThanOrEqual(7);
    expect(readFileSync(join(work, 'crawl.json'), 'utf8')).toBe(readFileSync(join(work, 'wildcard.json'), 'utf8'));
  });

  test('uselang changes the language of help texts', async () => {
    const result = await cli('fetch', wikis!.core.apiUrl, '-o', 'de.json', '--helpformat', 'wikitext', '--uselang', 'de');
    expect(result.code).toBe(0);
    const snapshot = parseSnapshot(readFileSync(join(work, 'de.json'), 'utf8'));
    const main = snapshot.modules.find((m) => m.path === 'main');
    expect(main?.parameters.find((p) => p.name === 'action')?.description).toMatch(/Auszuführende Aktion/);
  });

  describe('URLs that are not a MediaWiki api.php: exit 4, one line, nothing written, old file untouched', () => {
    const cases: Array<[string, () => Promise<string>, RegExp]> = [
      ['an HTML page', async () => wikis!.core.apiUrl.replace('api.php', 'index.php'), /is not a MediaWiki api\.php: HTTP 404$/],
      ['a missing script (404)', async () => wikis!.core.apiUrl.replace('api.php', 'nope.php'), /is not a MediaWiki api\.php: HTTP 404$/],
      ['the wiki root (redirect)', async () => wikis!.core.apiUrl.replace('api.php', ''), /is not a MediaWiki api\.php/],
      ['a closed port', async () => `http://127.0.0.1:${await freePort()}/api.php`, /^cannot reach http:\/\/127\.0\.0\.1:\d+\/api\.php: connection refused/],
    ];
    for (const [label, url, message] of cases) {
      test(label, async () => {
        const target = join(work, 'kept.json');
        writeFileSync(target, 'previous contents\n');
        const result = await cli('fetch', await url(), '-o', 'kept.json', '--retries', '0');
        expect(result.code).toBe(4);
        const lines = result.err.trimEnd().split('\n');
        expect(lines[0]).toMatch(/^error: /);
        expect(lines[0]!.slice('error: '.length)).toMatch(message);
        expect(lines.filter((line) => !line.startsWith('hint: '))).toHaveLength(1);
        expect(result.out).toBe('');
        expect(readFileSync(target, 'utf8')).toBe('previous contents\n');
        const fresh = await cli('fetch', await url(), '-o', 'never.json', '--retries', '0');
        expect(fresh.code).toBe(4);
        expect(existsSync(join(work, 'never.json'))).toBe(false);
      });
    }
  });
});
