// Helpers for the bad-input table tests: a scratch directory whose whole state (paths and content hashes) can be
// compared before and after a command, a CLI runner on the in-memory io, and a tiny fake MediaWiki on 127.0.0.1 that
// answers siteinfo and paraminfo from the real 1.39 core capture, with misbehaving variants by path.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../packages/cli/src/main.ts';
import { commands } from '../../packages/cli/src/commands/index.ts';
import { fakeIo } from '../../packages/cli/src/testing/fake-io.ts';

/** A fresh scratch directory under the OS temp dir. */
export function scratch(label: string): string {
  return mkdtempSync(join(tmpdir(), `wikispec-${label}-`));
}

/** Every path under `root` with a content hash (directories marked), sorted: equal states mean nothing was written. */
export function treeState(root: string): string[] {
  if (!existsSync(root)) return ['<absent>'];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const info = statSync(path);
      if (info.isDirectory()) {
        out.push(`${relative(root, path)}/`);
        walk(path);
      } else out.push(`${relative(root, path)} ${createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16)}`);
    }
  };
  walk(root);
  return out;
}

/** Runs `wikispec <argv>` in-process. */
export async function cli(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo({ cwd, env });
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

/** The first word of each registered command (`summary`, `fetch`, `generate`, …). */
export function commandNames(): Set<string> {
  return new Set(commands.map((command) => String(Array.isArray(command.command) ? command.command[0] : command.command).split(' ')[0] as string));
}

const capturePath = fileURLToPath(new URL('../fixtures/wikis/mw-1.39-core/paraminfo-capture.json', import.meta.url));

/** A fake wiki on 127.0.0.1: `/ok/api.php` answers like MediaWiki 1.39 core; other paths misbehave. */
export interface FakeWiki {
  origin: string;
  /** Answers siteinfo and paraminfo from the real capture. */
  ok: string;
  /** 301 to the ok URL. */
  redirect: string;
  /** An HTML page with status 200 (not a MediaWiki). */
  html: string;
  /** A private wiki: every API request gets `readapidenied`. */
  private: string;
  /** Requests seen: method, path and query. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeWiki(): Promise<FakeWiki> {
  const capture = JSON.parse(readFileSync(capturePath, 'utf8')) as { siteinfo: Record<string, unknown>; paraminfo: { helpformat?: string; modules: Array<{ path: string }> } };
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      requests.push(`${request.method} ${url.pathname}${url.search}`);
      const params = new URLSearchParams(url.search);
      for (const [key, value] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) params.append(key, value);
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        response.end(JSON.stringify(body));
      };
      switch (url.pathname) {
        case '/ok/api.php': {
          if (params.get('action') === 'query') return json(200, { batchcomplete: true, query: capture.siteinfo });
          if (params.get('action') === 'paraminfo') {
            const wanted = (params.get('modules') ?? '').split('|');
            const modules = wanted.includes('**') ? capture.paraminfo.modules : capture.paraminfo.modules.filter((module) => wanted.includes(module.path));
            return json(200, { paraminfo: { helpformat: params.get('helpformat') ?? 'none', modules } });
          }
          return json(200, { error: { code: 'badvalue', info: 'Unrecognized value for parameter "action".' } }, { 'mediawiki-api-error': 'badvalue' });
        }
        case '/redirect/api.php':
          response.writeHead(301, { location: '/ok/api.php', 'content-type': 'text/html' });
          return response.end('<a href="/ok/api.php">moved</a>');
        case '/html/api.php':
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          return response.end('<!DOCTYPE html><html><head><title>Welcome</title></head><body>Not a wiki</body></html>');
        case '/private/api.php':
          return json(
            200,
            params.get('errorformat') && params.get('errorformat') !== 'bc'
              ? { errors: [{ code: 'readapidenied', text: 'You need read permission to use this module.', module: 'main' }], docref: 'See the API help.' }
              : { error: { code: 'readapidenied', info: 'You need read permission to use this module.', docref: 'See the API help.' } },
            { 'mediawiki-api-error': 'readapidenied' },
          );
        default:
          response.writeHead(404, { 'content-type': 'text/plain' });
          return response.end('not found');
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    ok: `${origin}/ok/api.php`,
    redirect: `${origin}/redirect/api.php`,
    html: `${origin}/html/api.php`,
    private: `${origin}/private/api.php`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A directory nobody may write to, for the "unwritable directory" row. Not root: a 0500 directory. Root ignores
 * permission bits, so then /sys/kernel (sysfs refuses new files even to root); undefined when neither works here.
 */
export function unwritableDirectory(base: string): { path: string; why: string } | undefined {
  if (process.getuid?.() !== 0) return { path: base, why: 'a directory with mode 0500' };
  if (existsSync('/sys/kernel')) return { path: '/sys/kernel', why: '/sys/kernel (sysfs refuses new files, even to root)' };
  return undefined;
}
