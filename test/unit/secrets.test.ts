// Secrets never leak: distinctive passwords, bot passwords, tokens, session cookies and bearer tokens go through the
// runtime (login, lazy tokens, writes, errors), through a hostile wiki on 127.0.0.1 that echoes them back in error
// texts, warnings and redirects, and through the CLI; then every output is searched for them: thrown errors (message,
// stack, cause chain, JSON, util.inspect), transport events, warnings, console output, and the URLs the wiki saw
// (`sensitive` values travel in POST bodies only).
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clientLogin, createApiClient, createCookieJar, login, type ApiClient, type TransportEvent } from '@wikispec/runtime';
import { cli, scratch, startFakeWiki } from './bad-input-support.ts';

const SECRETS = {
  password: 'Pw-9f1c-hunter2-\u00e9',
  botPassword: 'botpw0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c',
  loginToken: 'LOGINTOKEN-5e6f+\\',
  csrfToken: 'CSRFTOKEN-7d2e9a1b+\\',
  cookie: 'SESSIONCOOKIE4b8a1c9d',
  bearer: 'BEARER.eyJhbGciOiJSUzI1NiJ9.zz-secret',
  sensitive: 'SENSITIVE-value-31337',
} as const;
const ALL = Object.values(SECRETS);

interface Seen {
  method: string;
  url: string;
  body: string;
  authorization: string | undefined;
}

/** A wiki that logs people in and then echoes every secret it was sent back in error texts and warnings. */
async function startHostileWiki(): Promise<{ apiUrl: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = request.url ?? '/';
      seen.push({ method: request.method ?? 'GET', url, body, authorization: request.headers.authorization });
      const params = new URLSearchParams(new URL(url, 'http://127.0.0.1').search);
      for (const [key, value] of new URLSearchParams(body)) params.append(key, value);
      const echo = `you sent ${[...params].map(([key, value]) => `${key}=${value}`).join(' ')} cookie=${request.headers.cookie ?? ''} auth=${request.headers.authorization ?? ''}`;
      const json = (payload: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers });
        response.end(JSON.stringify(payload));
      };
      const action = params.get('action');
      if (action === 'query' && params.get('meta') === 'tokens') {
        const type = params.get('type') ?? 'csrf';
        return json(
          { batchcomplete: true, query: { tokens: type === 'login' ? { logintoken: SECRETS.loginToken } : { csrftoken: SECRETS.csrfToken } }, warnings: { main: { warnings: `echo: ${echo}` } } },
          { 'set-cookie': `wiki_session=${SECRETS.cookie}; path=/; HttpOnly` },
        );
      }
      if (action === 'login') {
        const ok = params.get('lgpassword') === SECRETS.botPassword;
        return json({ login: ok ? { result: 'Success', lguserid: 1, lgusername: 'Bot' } : { result: 'Failed', reason: `Wrong password. ${echo}` } });
      }
      if (action === 'clientlogin') {
        return json({ clientlogin: { status: 'FAIL', message: `Incorrect password. ${echo}`, messagecode: 'wrongpassword' } });
      }
      // Everything else fails, with every secret it received in the error text and data.
      return json({ errors: [{ code: 'permissiondenied', text: `Denied. ${echo}`, data: { echo }, module: action ?? 'main' }], docref: echo }, { 'mediawiki-api-error': 'permissiondenied' });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/w/api.php`;
  return { apiUrl, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * What an error shows: `text` is its message, stack and String() along the cause chain plus the text of its normalised
 * `errors` (what wikispec prints); `full` adds every own property as JSON and as console.error prints it (inspect).
 */
function errorText(error: unknown, mode: 'text' | 'full' = 'text', depth = 0): string {
  if (depth > 5 || error === undefined || error === null) return '';
  if (!(error instanceof Error)) return String(error);
  const inner = (error as { errors?: unknown[] }).errors;
  const texts = Array.isArray(inner) ? inner.map((item) => String((item as { text?: unknown }).text ?? '')) : [];
  const parts = [error.message, error.stack ?? '', String(error), errorText(error.cause, mode, depth + 1), ...texts];
  if (mode === 'full') parts.push(JSON.stringify(error, Object.getOwnPropertyNames(error)), inspect(error, { depth: 8 }));
  return parts.join('\n');
}

function expectNoSecret(label: string, text: string): void {
  for (const secret of ALL) {
    const at = text.indexOf(secret);
    expect(at === -1, `${label} contains ${JSON.stringify(secret)}: …${text.slice(Math.max(0, at - 300), at + 60)}…`).toBe(true);
  }
  // URL-encoded forms too (the `+`, `\` and `é` in some secrets encode).
  for (const secret of ALL) expect(text.includes(encodeURIComponent(secret)), `${label} contains the URL-encoded ${JSON.stringify(secret)}`).toBe(false);
}

describe('secrets never appear in errors, events, warnings, logs or URLs (runtime)', () => {
  let wiki: Awaited<ReturnType<typeof startHostileWiki>>;
  const events: TransportEvent[] = [];
  const warnings: unknown[] = [];
  const consoleOutput: string[] = [];
  beforeAll(async () => {
    wiki = await startHostileWiki();
  });
  afterAll(() => wiki.close());
  afterEach(() => vi.restoreAllMocks());

  function client(extra: Record<string, unknown> = {}): ApiClient {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleOutput.push(args.map(String).join(' ')));
    }
    return createApiClient({
      apiUrl: wiki.apiUrl,
      userAgent: 'wikispec-tests/secrets (https://example.org)',
      cookies: createCookieJar(wiki.apiUrl),
      onEvent: (event: TransportEvent) => void events.push(event),
      onWarnings: (list: unknown) => void warnings.push(list),
      sleep: async () => {},
      retry: { retries: 0 },
      ...extra,
    } as never);
  }

  it('a failed bot-password login', async () => {
    const api = client();
    const error = await login(api, { username: 'Bot@tool', password: `${SECRETS.botPassword}-wrong` }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expectNoSecret('login error', errorText(error));
    expect(errorText(error)).not.toContain(`${SECRETS.botPassword}-wrong`);
  });

  it('a failed clientlogin with the main password', async () => {
    const api = client();
    const error = await clientLogin(api, { username: 'Someone', password: SECRETS.password, returnUrl: 'http://127.0.0.1/' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expectNoSecret('clientlogin error', errorText(error));
  });

  const caughtErrors: unknown[] = [];

  it('a successful login, then a write whose error echoes the csrf token, the cookie and a sensitive value', async () => {
    const api = client();
    await login(api, { username: 'Bot@tool', password: SECRETS.botPassword });
    const error = await api
      .request({ action: 'edit', title: 'X', text: 'y', secretfield: SECRETS.sensitive } as never, { module: { tokenType: 'csrf', sensitive: ['secretfield'] } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as { code?: string }).code).toBe('permissiondenied');
    caughtErrors.push(error);
    expectNoSecret('write error', errorText(error));
    // The token, password and sensitive value really were sent (so the test can fail): in bodies, never in URLs.
    const bodies = wiki.seen.map((request) => request.body).join('\n');
    expect(bodies).toContain(`lgpassword=${encodeURIComponent(SECRETS.botPassword)}`);
    expect(bodies).toContain(`token=${encodeURIComponent(SECRETS.csrfToken)}`);
    expect(bodies).toContain(`secretfield=${encodeURIComponent(SECRETS.sensitive)}`);
  });

  it('a bearer token rejected by the wiki', async () => {
    const api = client({ accessToken: SECRETS.bearer });
    const error = await api.request({ action: 'query', meta: 'userinfo' } as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(wiki.seen.at(-1)?.authorization).toBe(`Bearer ${SECRETS.bearer}`);
    caughtErrors.push(error);
    expectNoSecret('bearer error', errorText(error));
  });

  // Found here, fixed in the runtime: MediaWikiApiError kept the raw `response` envelope and each error's `data`
  // unredacted, so `console.error(error)` or `JSON.stringify(error)` printed a secret the wiki echoed back.
  it('secrets-error-response-field: errors show no secret even when printed whole (console.error, JSON)', () => {
    expect(caughtErrors).toHaveLength(2);
    for (const error of caughtErrors) expectNoSecret('error printed whole', errorText(error, 'full'));
  });

  it('nothing secret in URLs, transport events, warnings or console output', () => {
    expect(wiki.seen.length).toBeGreaterThan(4);
    expectNoSecret('request URLs', wiki.seen.map((request) => request.url).join('\n'));
    expect(wiki.seen.filter((request) => /lgpassword|password=|token=|secretfield/.test(request.url))).toEqual([]);
    expectNoSecret('transport events', JSON.stringify(events));
    expect(warnings.length).toBeGreaterThan(0);
    expectNoSecret('warnings', JSON.stringify(warnings));
    expectNoSecret('console output', consoleOutput.join('\n'));
  });
});

describe('secrets never appear in CLI output or written files', () => {
  // Found here, fixed in fetch/CLI: a password in the URL's userinfo (http://user:password@host/api.php) was printed
  // back in the error ("cannot reach http://bob:<password>@…: network error").
  it('secrets-url-userinfo: a password in the api.php URL never appears in the error', async () => {
    const wiki = await startFakeWiki();
    try {
      const dir = scratch('secrets-userinfo');
      const url = wiki.ok.replace('http://', `http://bob:${encodeURIComponent(SECRETS.password)}@`);
      const result = await cli(['fetch', url, '-o', join(dir, 'snapshot.json'), '--retries', '0'], dir);
      expect(result.code).not.toBe(0);
      expectNoSecret('fetch stderr', result.err + result.out);
      expect(existsSync(join(dir, 'snapshot.json'))).toBe(false);
    } finally {
      await wiki.close();
    }
  });
});
