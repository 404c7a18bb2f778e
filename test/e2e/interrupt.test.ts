// Interrupting the real process (`node packages/cli/dist/bin.js`, built by `tsc -b`): SIGTERM at several points of
// `wikispec build`, and SIGINT/SIGTERM during `wikispec fetch`, must leave every output either its old or its new
// version (hashes before and after), never a mix inside one output directory, never a temporary file left behind.
// (build.test.ts covers SIGINT during build; this file adds SIGTERM, more interruption points, and fetch.)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashTree } from '../support/file-tree.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repo, 'packages/cli/dist/bin.js');
const root = join(repo, 'test-artifacts', 'e2e-interrupt');
const capture = (name: 'core' | 'full') => join(repo, 'test', 'fixtures', 'wikis', `mw-1.39-${name}`, 'paraminfo-capture.json');

function leftovers(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      if (name.includes('.tmp-')) found.push(relative(dir, join(at, name)));
      else if (statSync(join(at, name)).isDirectory()) walk(join(at, name));
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

/** Runs the CLI; sends `signal` once stderr matches `trigger` (never when undefined). */
function run(cwd: string, args: string[], trigger?: RegExp, signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; err: string; signalled: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
    let err = '';
    let signalled = false;
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      if (!signalled && trigger !== undefined && trigger.test(err)) {
        signalled = true;
        child.kill(signal);
      }
    });
    child.stdout.resume();
    child.on('close', (code) => resolve({ code, err, signalled }));
  });
}

function project(name: string, which: 'core' | 'full'): string {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeConfig(dir, which);
  return dir;
}

function writeConfig(dir: string, which: 'core' | 'full'): void {
  const outputs = ['snapshot', 'openapi-json', 'openapi-yaml', 'changelog'];
  writeFileSync(join(dir, 'wikispec.config.json'), JSON.stringify({ outDir: 'generated', wikis: ['a', 'b', 'c'].map((name) => ({ name, snapshot: capture(which), outputs })) }));
}

describe.skipIf(!existsSync(bin))('SIGTERM during wikispec build (the real process)', () => {
  let old: Record<string, string> | undefined;
  let next: Record<string, string> | undefined;
  const states = () => {
    if (old !== undefined && next !== undefined) return { old, next };
    throw new Error('states not built');
  };

  it('builds the old and the new version uninterrupted (the two states every output must be in)', async () => {
    const a = project('old', 'core');
    expect((await run(a, ['build', '--offline', '--concurrency', '1'])).code).toBe(0);
    old = hashTree(join(a, 'generated'));
    const b = project('new', 'core');
    cpSync(join(a, 'generated'), join(b, 'generated'), { recursive: true });
    writeConfig(b, 'full');
    expect((await run(b, ['build', '--offline', '--concurrency', '1'])).code).toBe(0);
    next = hashTree(join(b, 'generated'));
    expect(next).not.toEqual(old);
  }, 300_000);

  const points: Array<[string, RegExp]> = [
    ['at the first stage', /wikispec: a: /],
    ['while generating OpenAPI', /: openapi/],
    ['while writing the first directory', /writing a\//],
    ['while writing the last directory', /writing c\//],
  ];
  for (const [label, trigger] of points) {
    it(`${label}: every output directory is all old or all new, nothing left behind`, async () => {
      const { old: before, next: after } = states();
      const dir = project(`term-${label.replace(/\W+/g, '-')}`, 'core');
      cpSync(join(root, 'old', 'generated'), join(dir, 'generated'), { recursive: true });
      writeConfig(dir, 'full');
      const result = await run(dir, ['build', '--offline', '--concurrency', '1'], trigger);
      const now = hashTree(join(dir, 'generated'));
      // 130 when the signal stopped the build; 0 when it came after the last write (nothing left to stop): then every
      // output must be the new version.
      expect(result.signalled).toBe(true);
      expect([0, 130]).toContain(result.code);
      if (result.code === 130) expect(result.err).toMatch(/interrupted/);
      else expect(now).toEqual(after);
      const pick = (files: Record<string, string>, prefix: string) => Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith(prefix)));
      for (const output of ['a/', 'b/', 'c/']) {
        expect([pick(before, output), pick(after, output)], `${output} is neither the old nor the new version`).toContainEqual(pick(now, output));
      }
      expect(leftovers(dir)).toEqual([]);
    }, 300_000);
  }
});

describe.skipIf(!existsSync(bin))('SIGINT/SIGTERM during wikispec fetch (the real process)', () => {
  /** A wiki that answers siteinfo and then never answers paraminfo. */
  async function hangingWiki(): Promise<{ apiUrl: string; paraminfoAsked: Promise<void>; close(): Promise<void> }> {
    let asked: () => void = () => {};
    const paraminfoAsked = new Promise<void>((resolve) => (asked = resolve));
    const siteinfo = (JSON.parse(readFileSync(capture('core'), 'utf8')) as { siteinfo: unknown }).siteinfo;
    const open = new Set<import('node:net').Socket>();
    const server: Server = createServer((request, response) => {
      const params = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams;
      request.resume();
      if (params.get('action') === 'query') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ batchcomplete: true, query: siteinfo }));
      }
      else asked(); // paraminfo: never answered.
    });
    server.on('connection', (socket) => {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return {
      apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api.php`,
      paraminfoAsked,
      close: async () => {
        for (const socket of open) socket.destroy();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while waiting for the wiki: exits non-zero at once, the old snapshot untouched, no temporary file`, async () => {
      const wiki = await hangingWiki();
      try {
        const dir = join(root, `fetch-${signal}`);
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'snapshot.json'), 'the old snapshot\n');
        const started = Date.now();
        // The trigger is the wiki seeing the paraminfo request: the fetch is then in flight (and the signal handlers,
        // installed after the CLI's modules load, are in place).
        const child = run(dir, ['fetch', wiki.apiUrl, '-o', 'snapshot.json', '--timeout', '600'], undefined, signal);
        await wiki.paraminfoAsked;
        const { execFileSync } = await import('node:child_process');
        // Signal the CLI process (the only node child running bin.js in this directory).
        const pids = execFileSync('pgrep', ['-f', `${bin} fetch ${wiki.apiUrl}`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
        expect(pids).toHaveLength(1);
        process.kill(Number(pids[0]), signal);
        const result = await child;
        expect(result.code).not.toBe(0);
        expect(result.code).not.toBeNull();
        expect(Date.now() - started).toBeLessThan(30_000);
        expect(result.err.split('\n').filter((line) => line.startsWith('error: ') || line.startsWith('wikispec: '))).toHaveLength(1);
        expect(readFileSync(join(dir, 'snapshot.json'), 'utf8')).toBe('the old snapshot\n');
        expect(readdirSync(dir)).toEqual(['snapshot.json']);
      } finally {
        await wiki.close();
      }
    }, 60_000);
  }
});
