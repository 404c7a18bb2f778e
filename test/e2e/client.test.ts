// E2E: a client generated from a snapshot of the writable local wiki, driven against that wiki (and through the
// fault proxy). Covers bot-password login, lazy csrf tokens with one badtoken retry, continuation over 25+ pages,
// generator + prop, parse, upload, API errors, and retries of maxlag / 429 / 503 / readonly / reset with sleep injected.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateClient } from '@wikispec/codegen';
import { fetchSnapshot } from '@wikispec/fetch';
import { byAction, startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { localWikis } from '../support/wikis.js';

const wikis = localWikis();
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'test-artifacts', 'e2e-client');
const prefix = `Wikispec e2e ${process.pid}`;

/** The parts of the generated package this test uses (it is generated at run time, so imported dynamically). */
interface GeneratedPackage {
  createClient(options: Record<string, unknown>): {
    request(params: object, options?: object): Promise<Record<string, any>>;
    continue(params: object, options?: object): AsyncGenerator<Record<string, any>, void, undefined>;
  };
  actions(client: object): Record<string, (params: object) => Promise<Record<string, any>>>;
  login(client: object, credentials: { username: string; password: string }): Promise<void>;
  uploadFile(client: object, options: { filename: string; file: Blob; comment?: string; ignorewarnings?: boolean; chunkSize?: number }): Promise<Record<string, any>>;
  MediaWikiApiError: new (...args: never[]) => Error & { code: string; errors: unknown[] };
  HttpError: new (...args: never[]) => Error & { status: number; attempts: number };
  NetworkError: new (...args: never[]) => Error & { kind: string; attempts: number };
}

describe.skipIf(!wikis)('generated client against the writable wiki', () => {
  let pkg: GeneratedPackage;
  let proxy: FaultProxy;
  const events: string[] = [];
  const userAgent = 'wikispec-e2e/1.0 (client.test.ts; 127.0.0.1)';

  beforeAll(async () => {
    const snapshot = await fetchSnapshot(wikis!.writable.apiUrl, { userAgent });
    const files = await generateClient(snapshot, { source: 'writable.json' });
    rmSync(dir, { recursive: true, force: true });
    for (const file of files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.contents);
    }
    pkg = (await import(join(dir, 'src/index.ts'))) as GeneratedPackage;
    proxy = await startFaultProxy({ target: wikis!.writable.apiUrl });
  });
  afterAll(async () => {
    await proxy?.close();
  });

  const loggedIn = async () => {
    const client = pkg.createClient({
      apiUrl: wikis!.writable.apiUrl,
      userAgent,
      onEvent: (e: { type: string; method: string; url: string }) => events.push(`${e.type} ${e.method} ${e.url}`),
    });
    const { botUsername, botPassword } = wikis!.writable.credentials;
    await pkg.login(client, { username: botUsername, password: botPassword });
    return client;
  };

  it('logs in with a bot password, edits with a lazily fetched csrf token, retries a badtoken once', async () => {
    const client = await loggedIn();
    events.length = 0;
    const first = await client.request({ action: 'edit', title: `${prefix}/Edit`, text: 'first version', summary: 'e2e' });
    expect(first.edit.result).toBe('Success');
    expect(events.filter((e) => e.startsWith('response')).map((e) => e.split(' ')[1])).toEqual(['GET', 'POST']);
    expect(events[0]).toMatch(/meta=tokens&type=csrf/);
    // A poisoned token: the wiki answers badtoken, the client refetches the token and resends once.
    events.length = 0;
    const second = await client.request({ action: 'edit', title: `${prefix}/Edit`, text: 'second version', summary: 'e2e', token: 'poisoned+\\' });
    expect(second.edit.result).toBe('Success');
    expect(events.filter((e) => e.startsWith('response')).length).toBe(3);
    expect(events.join('\n')).toMatch(/POST[\s\S]*meta=tokens&type=csrf[\s\S]*POST/);
    expect(events.join('\n')).not.toContain(wikis!.writable.credentials.botPassword);
  });

  it('creates 26 pages and follows continuation with a small limit; a generator with prop', async () => {
    const client = await loggedIn();
    const titles = Array.from({ length: 26 }, (_, i) => `${prefix}/Page ${String(i).padStart(2, '0')}`);
    for (const title of titles) {
      const r = await client.request({ action: 'edit', title, text: `Page ${title} [[Category:${prefix}]]`, summary: 'e2e', bot: true });
      expect(r.edit.result).toBe('Success');
    }
    const listed: string[] = [];
    let batches = 0;
    for await (const batch of client.continue({ action: 'query', list: 'allpages', apprefix: `${prefix}/Page`, aplimit: 5 })) {
      batches++;
      for (const page of batch.query.allpages) listed.push(page.title);
    }
    expect(batches).toBe(6);
    expect(listed).toEqual(titles);

    const seen = new Map<string, number>();
    for await (const batch of client.continue({ action: 'query', generator: 'allpages', gapprefix: `${prefix}/Page`, gaplimit: 7, prop: ['info', 'categories'] })) {
      for (const page of batch.query?.pages ?? []) {
        if (typeof page.length === 'number') seen.set(page.title, page.length);
        expect(page.title.startsWith(prefix)).toBe(true);
      }
    }
    expect([...seen.keys()].sort()).toEqual(titles);
  });

  it('parses wikitext and uploads a small file', async () => {
    const client = await loggedIn();
    const parsed = await client.request({ action: 'parse', text: "'''bold''' and [[Some page]]", contentmodel: 'wikitext', prop: ['text', 'links'] });
    expect(parsed.parse.text).toContain('<b>bold</b>');
    expect(parsed.parse.links.map((l: { title: string }) => l.title)).toEqual(['Some page']);
    const viaMethod = await pkg.actions(client).parse!({ text: "''italic''", contentmodel: 'wikitext', prop: 'text' });
    expect(viaMethod.parse.text).toContain('<i>italic</i>');
    const upload = await client.request({
      action: 'upload',
      filename: `Wikispec-e2e-${process.pid}.txt`,
      file: new Blob([`uploaded by the wikispec e2e test ${process.pid}\n`], { type: 'text/plain' }),
      comment: 'e2e',
      ignorewarnings: true,
    });
    expect(upload.upload.result).toBe('Success');
    expect(upload.upload.imageinfo.size).toBeGreaterThan(10);
    // A chunked upload through the package's uploadFile helper (stash, filekey, offset).
    const lines = Array.from({ length: 120 }, (_, i) => `line ${i} of a chunked upload by ${process.pid}`).join('\n');
    const chunked = await pkg.uploadFile(client, { filename: `Wikispec-e2e-chunked-${process.pid}.txt`, file: new Blob([lines], { type: 'text/plain' }), chunkSize: 1024, ignorewarnings: true, comment: 'e2e chunked' });
    expect(chunked.result).toBe('Success');
    expect(chunked.imageinfo.size).toBe(new Blob([lines]).size);
  });

  it('reads a bad request as MediaWikiApiError with the API code', async () => {
    const client = pkg.createClient({ apiUrl: wikis!.writable.apiUrl, userAgent });
    const error = await client.request({ action: 'parse', page: 'Main Page', text: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pkg.MediaWikiApiError);
    expect((error as { code: string }).code).toBe('invalidparammix');
    expect((error as Error).message).toContain('can not be used together');
  });

  describe('faults through the fault proxy (sleep injected)', () => {
    const client = (sleeps: number[]) =>
      pkg.createClient({ apiUrl: proxy.apiUrl, userAgent, sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 });
    const query = { action: 'query', meta: 'siteinfo', siprop: 'general' } as const;

    it.each([
      ['maxlag with Retry-After', { kind: 'api-error', code: 'maxlag', text: 'Waiting for a database server: 7 seconds lagged.', data: { lag: 7 }, retryAfter: 7 }, [7000, 7000]],
      ['HTTP 429 with Retry-After', { kind: 'status', status: 429, retryAfter: 3 }, [3000, 3000]],
      ['readonly', { kind: 'api-error', code: 'readonly', text: 'The wiki is currently in read-only mode.', retryAfter: 2 }, [2000, 2000]],
    ] as const)('%s: retried with the wait the server asks for, then answered', async (_name, fault, waits) => {
      proxy.inject(fault as never, { times: 2, match: byAction('query') });
      const sleeps: number[] = [];
      const r = await client(sleeps).request(query);
      expect(r.query.general.sitename).toBeTruthy();
      expect(sleeps).toEqual(waits);
    });

    it.each([
      ['HTTP 503', { kind: 'status', status: 503 }],
      ['a reset connection', { kind: 'reset' }],
    ] as const)('%s: retried with jittered backoff, then answered', async (_name, fault) => {
      proxy.inject(fault as never, { times: 2, match: byAction('query') });
      const sleeps: number[] = [];
      const r = await client(sleeps).request(query);
      expect(r.query.general.sitename).toBeTruthy();
      expect(sleeps).toHaveLength(2);
      expect(sleeps[1]).toBeGreaterThan(sleeps[0]!);
    });

    it('gives up within its attempt budget with a clear error', async () => {
      proxy.inject({ kind: 'status', status: 503 }, { times: Infinity, match: byAction('query') });
      const sleeps: number[] = [];
      try {
        const error = await client(sleeps).request(query).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(pkg.HttpError);
        expect((error as { status: number }).status).toBe(503);
        expect((error as Error).message).toMatch(/HTTP 503[\s\S]*gave up after 5 attempts/);
        expect(sleeps).toHaveLength(4);
      } finally {
        proxy.reset();
      }
    });

    it('does not resend a write whose connection was reset after sending', async () => {
      const writer = pkg.createClient({ apiUrl: proxy.apiUrl, userAgent, sleep: async () => {} });
      proxy.inject({ kind: 'reset' }, { times: 1, match: byAction('parse') });
      const error = await writer.request({ action: 'parse', text: 'x', contentmodel: 'wikitext' }, { write: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(pkg.NetworkError);
      expect((error as { attempts: number }).attempts).toBe(1);
    });
  });
});
