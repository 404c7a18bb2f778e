// Secrets end to end: the real bot password of the writable local wiki, through the runtime that generated clients use,
// through the fault proxy (which records every request) with faults on the way; then the proxy's log, every error and
// event, and every text file under test-artifacts/ and generated/ are searched for the password, the session cookies
// and the csrf token. Sensitive values must travel in POST bodies only.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, createCookieJar, login, type ApiClient, type CookieStore, type TransportEvent } from '@wikispec/runtime';
import { byAction, startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { localWikis } from '../support/wikis.ts';

const wikis = localWikis();
const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Text of every file under `dir` (skipping node_modules and files over 4 MB), with its path. */
function* textFiles(dir: string): Generator<[string, string]> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* textFiles(path);
    } else if (entry.isFile() && statSync(path).size < 4 * 1024 * 1024) {
      yield [path, readFileSync(path, 'utf8')];
    }
  }
}

describe.skipIf(!wikis)('secrets against the real wiki, through the fault proxy', () => {
  let proxy: FaultProxy;
  let client: ApiClient;
  let cookies: CookieStore;
  const events: TransportEvent[] = [];
  const errors: unknown[] = [];
  const secrets: string[] = [];

  beforeAll(async () => {
    proxy = await startFaultProxy({ target: wikis!.writable.apiUrl });
    cookies = createCookieJar(proxy.apiUrl);
    client = createApiClient({
      apiUrl: proxy.apiUrl,
      userAgent: 'wikispec-e2e/1.0 (faults-secrets.test.ts; 127.0.0.1)',
      cookies,
      sleep: async () => {},
      onEvent: (event) => void events.push(event),
    });
    const { botUsername, botPassword, password } = wikis!.writable.credentials;
    secrets.push(botPassword, password);
    await login(client, { username: botUsername, password: botPassword });
    const header = cookies.header(proxy.apiUrl) ?? '';
    for (const pair of header.split(/;\s*/)) {
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value.length >= 8) secrets.push(value);
    }
    secrets.push(await client.getToken('csrf'));
  }, 120_000);
  afterAll(async () => {
    await proxy?.close();
  });

  it('the login really happened (so the searches below can fail)', () => {
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    expect(secrets.every((secret) => secret.length >= 8)).toBe(true);
    expect(proxy.log.some((entry) => entry.params.get('lgpassword') === wikis!.writable.credentials.botPassword)).toBe(true);
  });

  it('a write that fails (readonly, injected), then a wrong login: errors carry no secret', async () => {
    proxy.inject({ kind: 'api-error', code: 'readonly' }, { match: byAction('edit'), times: 10 });
    errors.push(await client.request({ action: 'edit', title: 'Wikispec secrets test', text: 'x' } as never, { module: { tokenType: 'csrf' } }).catch((error: unknown) => error));
    proxy.reset();
    errors.push(await login(client, { username: wikis!.writable.credentials.botUsername, password: `${wikis!.writable.credentials.botPassword}x` }).catch((error: unknown) => error));
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      const text = [(error as Error).message, (error as Error).stack ?? '', String(error)].join('\n');
      for (const secret of secrets) expect(text.includes(secret), `error shows a secret: ${text.slice(0, 300)}`).toBe(false);
    }
  }, 120_000);

  it('no secret in any request URL; passwords and tokens only in POST bodies', () => {
    for (const entry of proxy.log) {
      for (const secret of secrets) expect(entry.path.includes(secret) || entry.path.includes(encodeURIComponent(secret)), entry.path).toBe(false);
      for (const name of ['lgpassword', 'password', 'token', 'lgtoken']) {
        if (entry.params.has(name)) expect(entry.method, `${name} sent by ${entry.method}`).toBe('POST');
      }
    }
    expect(JSON.stringify(events).length).toBeGreaterThan(100);
    for (const secret of secrets) expect(JSON.stringify(events).includes(secret)).toBe(false);
  });

  it('no secret in any file under test-artifacts/ or generated/', () => {
    let files = 0;
    for (const dir of ['test-artifacts', 'generated']) {
      for (const [path, text] of textFiles(join(repo, dir))) {
        files += 1;
        for (const secret of secrets) expect(text.includes(secret), `${path} contains a secret`).toBe(false);
      }
    }
    expect(files).toBeGreaterThan(0);
  }, 300_000);
});
