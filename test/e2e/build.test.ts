// E2E of `wikispec build` and `wikispec check` against the local MediaWiki wikis (core 8138, full 8139): every
// output, a no-op rebuild, one wiki failing without stopping the others, names that would escape the output folder,
// stale files and breaking changes in `check`, and SIGINT in the middle of a build (every output old or new).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '@wikispec/cli';
import { fakeIo } from '../../packages/cli/src/testing/fake-io.js';
import { localWikis } from '../support/wikis.js';
import { hashTree } from '../support/file-tree.js';

const wikis = localWikis();
const repo = fileURLToPath(new URL('../../', import.meta.url));
const root = join(repo, 'test-artifacts', 'e2e-build');
const fixtures = join(repo, 'test', 'fixtures', 'wikis');
const capture = (name: 'core' | 'full') => join(fixtures, `mw-1.39-${name}`, 'paraminfo-capture.json');
const userAgent = 'wikispec-e2e/1.0 (build.test.ts; 127.0.0.1)';

function project(name: string, config: unknown): string {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'wikispec.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  return dir;
}

async function cli(cwd: string, ...argv: string[]) {
  const io = fakeIo({ cwd });
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe.skipIf(!wikis)('wikispec build against the local wikis', () => {
  let dir: string;
  beforeAll(() => {
    dir = project('online', {
      userAgent,
      wikis: [
        { name: 'core', apiUrl: wikis!.core.apiUrl },
        { name: 'full', apiUrl: wikis!.full.apiUrl, client: { packageName: '@local/full-client' } },
      ],
    });
  });

  it('produces every output, then a second build changes nothing', async () => {
    const first = await cli(dir, 'build', '--concurrency', '2');
    expect(first.err).not.toMatch(/^error/m);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^core\s+ok\s+1\.39\.17\s+121\s+955\s+first snapshot\s+\d+$/m);
    expect(first.out).toMatch(/^full\s+ok\s+1\.39\.17\s+142\s+1071\s+first snapshot\s+\d+$/m);
    const files = hashTree(join(dir, 'generated'));
    for (const wiki of ['core', 'full']) {
      for (const path of ['snapshot.json', 'openapi.json', 'openapi.yaml', 'CHANGELOG.md', 'client/package.json', 'client/src/index.ts']) {
        expect(files, `${wiki}/${path}`).toHaveProperty([`${wiki}/${path}`]);
      }
      expect(files).toHaveProperty([`site/${wiki}/index.html`]);
      expect(files).toHaveProperty([`site/${wiki}/openapi.js`]);
      expect(files).toHaveProperty([`site/${wiki}/changes.html`]);
    }
    expect(JSON.parse(readFileSync(join(dir, 'generated/full/client/package.json'), 'utf8')).name).toBe('@local/full-client');
    expect(Object.keys(files).filter((path) => path.endsWith('swagger-ui-bundle.js'))).toEqual(['site/assets/swagger-ui/swagger-ui-bundle.js']);
    expect(readFileSync(join(dir, 'generated/core/CHANGELOG.md'), 'utf8')).toMatch(/^## MediaWiki 1\.39\.17 \(snapshot [0-9a-f]{12}\)\n\nFirst snapshot: 121 modules, 955 parameters/m);

    const second = await cli(dir, 'build');
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/^core\s+ok\s+1\.39\.17\s+121\s+955\s+none\s+0$/m);
    expect(second.out).toMatch(/^full\s+ok\s+1\.39\.17\s+142\s+1071\s+none\s+0$/m);
    expect(hashTree(join(dir, 'generated'))).toEqual(files);

    const check = await cli(dir, 'check', '--fail-on', 'breaking');
    expect(check.out).toContain('generated files are current');
    expect(check.code).toBe(0);
  });

  it('check fails on a stale file and on a breaking change, listing them', async () => {
    const stale = project('stale', { userAgent, wikis: [{ name: 'w', apiUrl: wikis!.core.apiUrl, snapshot: capture('core'), outputs: ['snapshot', 'openapi-json', 'changelog'] }] });
    expect((await cli(stale, 'build', '--offline')).code).toBe(0);
    expect((await cli(stale, 'check', '--offline')).code).toBe(0);
    writeFileSync(join(stale, 'generated/w/openapi.json'), '{}\n');
    writeFileSync(join(stale, 'generated/w/leftover.txt'), 'x\n');
    const failed = await cli(stale, 'check', '--offline');
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/^ {2}changed w\/openapi\.json$/m);
    expect(failed.out).toMatch(/^ {2}extra {3}w\/leftover\.txt$/m);

    // Committed: the full wiki. Fetched: the core wiki (every extension module gone) -> breaking.
    const breaking = project('breaking', { userAgent, wikis: [{ name: 'w', apiUrl: wikis!.core.apiUrl, snapshot: capture('full'), outputs: ['snapshot', 'changelog'] }] });
    expect((await cli(breaking, 'build', '--offline')).code).toBe(0);
    const before = hashTree(join(breaking, 'generated'));
    const result = await cli(breaking, 'check', '--fail-on', 'breaking');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/w: \d+ breaking API change\(s\) since the committed snapshot/);
    expect(result.out).toContain('abusefiltercheckmatch');
    expect(hashTree(join(breaking, 'generated')), 'check never writes').toEqual(before);

    // Built for real, the change lands in the changelog under the MediaWiki version, newest first.
    const built = await cli(breaking, 'build');
    expect(built.code).toBe(0);
    const changelog = readFileSync(join(breaking, 'generated/w/CHANGELOG.md'), 'utf8');
    const headings = [...changelog.matchAll(/^## (.*)$/gm)].map((match) => match[1]);
    expect(headings).toHaveLength(2);
    expect(changelog.indexOf('abusefiltercheckmatch')).toBeLessThan(changelog.indexOf('First snapshot'));
    expect((await cli(breaking, 'check', '--fail-on', 'breaking')).code).toBe(0);
  });

  it('keeps building when one wiki is unreachable, and exits 4 naming it', async () => {
    const mixed = project('mixed', {
      userAgent,
      wikis: [
        { name: 'gone', apiUrl: 'http://127.0.0.1:9/api.php', outputs: ['snapshot'] },
        { name: 'core', apiUrl: wikis!.core.apiUrl, outputs: ['snapshot'] },
      ],
    });
    const result = await cli(mixed, 'build');
    expect(result.code).toBe(4);
    expect(result.out).toMatch(/^gone\s+FAILED\s+-\s+-\s+-\s+-\s+fetch: .+$/m);
    expect(result.out).toMatch(/^core\s+ok\s/m);
    expect(result.err).toMatch(/^error: gone: fetch: /m);
    expect(existsSync(join(mixed, 'generated/core/snapshot.json'))).toBe(true);
    expect(existsSync(join(mixed, 'generated/gone'))).toBe(false);
  });

  it.each(['../x', '/tmp/abs', 'a/b', '..'])('refuses the wiki name %j with exit 3 and writes nothing', async (name) => {
    const bad = project('bad-name', { wikis: [{ name, snapshot: capture('core') }] });
    const result = await cli(bad, 'build', '--offline');
    expect(result.code).toBe(3);
    expect(result.err).toMatch(/^error: wikispec\.config\.json: \/wikis\/0\/name: wiki name .* (is a path|is not allowed)/m);
    expect(readdirSync(bad)).toEqual(['wikispec.config.json']);
    expect(existsSync(join(root, 'x'))).toBe(false);
  });

  it('init writes a config that builds, and refuses to overwrite it without --force', async () => {
    const dirInit = project('init', {});
    rmSync(join(dirInit, 'wikispec.config.json'));
    expect((await cli(dirInit, 'init', wikis!.core.apiUrl)).code).toBe(0);
    const config = JSON.parse(readFileSync(join(dirInit, 'wikispec.config.json'), 'utf8'));
    expect(config).toMatchObject({ $schema: './wikispec.config.schema.json', wikis: [{ name: '127.0.0.1', apiUrl: wikis!.core.apiUrl }] });
    expect(existsSync(join(dirInit, 'wikispec.config.schema.json'))).toBe(true);
    const again = await cli(dirInit, 'init', wikis!.full.apiUrl);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists; not overwriting/);
    expect((await cli(dirInit, 'init', wikis!.full.apiUrl, '--force', '--name', 'full')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dirInit, 'wikispec.config.json'), 'utf8')).wikis[0].name).toBe('full');
  });
});

describe('SIGINT during wikispec build', () => {
  const bin = join(repo, 'packages/cli/dist/bin.js');

  function runUntil(cwd: string, args: string[], trigger: RegExp | undefined): Promise<{ code: number | null; err: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      let sent = false;
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        if (!sent && trigger !== undefined && trigger.test(err)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.stdout.resume();
      child.on('close', (code) => resolve({ code, err }));
    });
  }

  it.skipIf(!existsSync(bin)).each([
    ['while building', /: snapshot\n/],
    ['while writing', /writing b\/\n/],
  ])('leaves every output old or new when interrupted %s', async (_when, trigger) => {
    const outputs = ['snapshot', 'openapi-json', 'openapi-yaml', 'docs', 'changelog'];
    const config = (which: 'core' | 'full') => ({ wikis: ['a', 'b', 'c'].map((name) => ({ name, snapshot: capture(which), outputs })) });
    const dir = project('sigint', config('core'));
    expect((await runUntil(dir, ['build', '--offline', '--concurrency', '1'], undefined)).code).toBe(0);
    const old = hashTree(join(dir, 'generated'));
    // The new version, built uninterrupted elsewhere from the same inputs.
    const fresh = project('sigint-new', config('full'));
    rmSync(join(fresh, 'generated'), { recursive: true, force: true });
    const { cpSync } = await import('node:fs');
    cpSync(join(dir, 'generated'), join(fresh, 'generated'), { recursive: true });
    expect((await runUntil(fresh, ['build', '--offline', '--concurrency', '1'], undefined)).code).toBe(0);
    const next = hashTree(join(fresh, 'generated'));

    writeFileSync(join(dir, 'wikispec.config.json'), JSON.stringify(config('full')));
    const interrupted = await runUntil(dir, ['build', '--offline', '--concurrency', '1'], trigger);
    expect(interrupted.err).toMatch(/interrupted/);
    expect(interrupted.code).toBe(130);
    const after = hashTree(join(dir, 'generated'));
    const pick = (files: Record<string, string>, prefix: string) => Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith(prefix)));
    for (const output of ['a/', 'b/', 'c/', 'site/']) {
      const now = pick(after, output);
      expect([pick(old, output), pick(next, output)], `${output} is neither the old nor the new version`).toContainEqual(now);
    }
    expect(readdirSync(join(dir, 'generated')).filter((name) => name.includes('.tmp-')), 'no temporary directory left behind').toEqual([]);
  });
});
