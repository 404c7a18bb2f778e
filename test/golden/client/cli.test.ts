import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '@wikispec/cli';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = join(root, 'test-artifacts', 'client-cli');

function io(): CliIo & { out: string; err: string } {
  const sink = { out: '', err: '' };
  return Object.assign(sink, {
    stdout: (t: string) => void (sink.out += t),
    stderr: (t: string) => void (sink.err += t),
    cwd: root,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
}

describe('wikispec generate client', () => {
  it('writes the package directory, replacing an older one, with --name', async () => {
    rmSync(work, { recursive: true, force: true });
    const out = join(work, 'pkg');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'stale.txt'), 'old');
    const cli = io();
    const code = await main(['generate', 'client', 'test/fixtures/small/snapshot.json', '-o', out, '--name', '@acme/small-wiki'], cli);
    expect([code, cli.err]).toEqual([0, '']);
    expect(cli.out).toBe(`wrote 12 files to ${out}\n`);
    expect(readdirSync(out).sort()).toEqual(['README.md', 'dist', 'package.json', 'src', 'tsconfig.json']);
    expect(JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')).name).toBe('@acme/small-wiki');
    expect(readdirSync(work)).toEqual(['pkg']);

    // The compiled package runs under plain Node with no build step (runtime from the workspace's built dist/).
    const script = `
      const { createClient, moduleCalls } = await import(${JSON.stringify(join(out, 'dist/index.js'))});
      const seen = [];
      const fetch = async (url, init) => { seen.push(init.method + ' ' + url); return new Response(JSON.stringify({ batchcomplete: true, query: { general: { sitename: 'X' } } }), { headers: { 'content-type': 'application/json' } }); };
      const client = createClient({ apiUrl: 'http://127.0.0.1:1/api.php', userAgent: 'cli-test/1.0', fetch });
      const r = await client.request({ action: 'query', meta: 'siteinfo', siprop: ['general', 'namespaces'] });
      console.log(JSON.stringify({ sitename: r.query.general.sitename, seen, edit: moduleCalls.edit }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: root });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      sitename: 'X',
      seen: ['GET http://127.0.0.1:1/api.php?format=json&formatversion=2&errorformat=plaintext&maxlag=5&action=query&meta=siteinfo&siprop=general%7Cnamespaces'],
      edit: 'csrf',
    });
  });

  it.each([
    ['an invalid package name', ['--name', 'Not A Name'], 2, /invalid package name "Not A Name"/],
    ['a missing snapshot', [], 3, /cannot read: no such file/],
  ])('fails on %s with a one-line error and writes nothing', async (_name, extra, exit, message) => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const snapshot = extra.length === 0 ? 'test/fixtures/small/missing.json' : 'test/fixtures/small/snapshot.json';
    const cli = io();
    const code = await main(['generate', 'client', snapshot, '-o', join(work, 'pkg'), ...extra], cli);
    expect(code).toBe(exit);
    expect(cli.err).toMatch(message);
    expect(readdirSync(work)).toEqual([]);
  });

  it('refuses an output path that is a file and leaves it alone', async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'file'), 'keep');
    const cli = io();
    const code = await main(['generate', 'client', 'test/fixtures/small/snapshot.json', '-o', join(work, 'file')], cli);
    expect(code).toBe(3);
    expect(cli.err).toMatch(/a file is in the way/);
    expect(readFileSync(join(work, 'file'), 'utf8')).toBe('keep');
    expect(readdirSync(work)).toEqual(['file']);
  });
});
