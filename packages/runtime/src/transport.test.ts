import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fakeClock, fakeFetch, json, networkFailure } from './__fixtures__/fake-fetch.js';
import { HttpError, MediaWikiApiError, NetworkError, ResponseFormatError, WikiRequestError } from './errors.js';
import { createTransport, type TransportOptions } from './transport.js';

const API = 'https://wiki.example/w/api.php';
const UA = 'wikispec-test/1.0 (test@example.org)';

function setup(replies: Parameters<typeof fakeFetch>[0], extra: Partial<TransportOptions> = {}) {
  const fake = fakeFetch(replies);
  const clock = fakeClock();
  const transport = createTransport({ apiUrl: API, userAgent: UA, fetch: fake.fetch, ...clock, random: () => 0.5, ...extra });
  return { transport, requests: fake.requests, clock };
}

const apiError = (code: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ code, text: `${code} text`, module: 'main', ...extra }],
  docref: 'See https://wiki.example/w/api.php for API usage.',
  servedby: 'mw1',
});

describe('requests', () => {
  it('sends GET with defaults, User-Agent and Api-User-Agent', async () => {
    const { transport, requests } = setup([json({ batchcomplete: true, query: {} })]);
    const result = await transport.call({ action: 'query', meta: 'siteinfo', siprop: ['general', 'namespaces'] });
    expect(result).toEqual({ batchcomplete: true, query: {} });
    const [req] = requests;
    expect(req?.method).toBe('GET');
    expect(req?.params).toEqual({
      format: 'json',
      formatversion: '2',
      errorformat: 'plaintext',
      maxlag: '5',
      action: 'query',
      meta: 'siteinfo',
      siprop: 'general|namespaces',
    });
    expect(req?.headers['User-Agent']).toBe(UA);
    expect(req?.headers['Api-User-Agent']).toBe(UA);
  });

  it('lets callers and defaults override maxlag and errorformat', async () => {
    const { transport, requests } = setup([json({})], { maxlag: false, defaults: { uselang: 'de' } });
    await transport.call({ action: 'query', errorformat: 'bc' });
    expect(requests[0]?.params.maxlag).toBeUndefined();
    expect(requests[0]?.params.uselang).toBe('de');
    expect(requests[0]?.params.errorformat).toBe('bc');
  });

  it('POSTs tokens and sensitive values in the body, token last', async () => {
    const { transport, requests } = setup([json({ edit: { result: 'Success' } }), json({})]);
    await transport.call({ action: 'edit', title: 'A', token: 'abc123+\\', text: 'x' });
    const [req] = requests;
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe(API);
    expect(req?.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(String(req?.body).endsWith(`token=${encodeURIComponent('abc123+\\')}`)).toBe(true);
    await transport.call({ action: 'thing', secretish: 'hunter22' }, { sensitive: ['secretish'] });
    expect(requests[1]?.method).toBe('POST');
    expect(requests[1]?.url).not.toContain('hunter22');
  });

  it('uses multipart for Blob values and large fields', async () => {
    const { transport, requests } = setup([json({}), json({})]);
    await transport.call({ action: 'upload', filename: 'a.png', file: new Blob(['png']) });
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.body).toBeInstanceOf(FormData);
    expect(requests[0]?.params.file).toBe('[blob]');
    await transport.call({ action: 'parse', text: 'x'.repeat(9000) });
    expect(requests[1]?.body).toBeInstanceOf(FormData);
  });

  it('POSTs when the URL would be too long', async () => {
    const { transport, requests } = setup([json({})]);
    const titles = Array.from({ length: 300 }, (_, i) => `Page number ${i}`);
    await transport.call({ action: 'query', titles });
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.params.titles?.split('|')).toHaveLength(300);
  });

  it('resends as POST on HTTP 414 and on mustbeposted without waiting', async () => {
    const { transport, requests, clock } = setup([
      new Response('URI too long', { status: 414 }),
      json({}),
      json(apiError('mustbeposted')),
      json({ ok: 1 }),
    ]);
    await transport.call({ action: 'query' });
    expect(requests.map((r) => r.method)).toEqual(['GET', 'POST']);
    await expect(transport.call({ action: 'purge' })).resolves.toEqual({ ok: 1 });
    expect(requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'POST']);
    expect(clock.waits).toEqual([]);
  });

  it('sends an OAuth 2 bearer token and keeps it out of messages', async () => {
    const { transport, requests } = setup([new Response('nope Bearer-SECRET-123', { status: 500 })], {
      accessToken: 'Bearer-SECRET-123',
      retry: { maxAttempts: 1 },
    });
    const error = await transport.call({ action: 'query' }).catch((e: unknown) => e);
    expect(requests[0]?.headers.Authorization).toBe('Bearer Bearer-SECRET-123');
    expect(error).toBeInstanceOf(HttpError);
    expect(String(error)).not.toContain('Bearer-SECRET-123');
  });
});

describe('retry table', () => {
  const rows: [string, () => Response | Error][] = [
    ['maxlag', () => json(apiError('maxlag', { data: { lag: 7, host: 'db1' } }))],
    ['readonly', () => json(apiError('readonly'))],
    ['ratelimited', () => json(apiError('ratelimited'))],
    ['http-429', () => new Response('slow down', { status: 429 })],
    ['http-500', () => new Response('<html>boom</html>', { status: 500, headers: { 'content-type': 'text/html' } })],
    ['http-502', () => new Response('bad gateway', { status: 502 })],
    ['http-503', () => new Response('unavailable', { status: 503 })],
    ['http-504', () => new Response('timeout', { status: 504 })],
    ['network-reset', () => networkFailure('ECONNRESET')],
    ['network-dns', () => networkFailure('ENOTFOUND')],
    ['network-refused', () => networkFailure('ECONNREFUSED')],
    ['badresponse-truncated', () => new Response('{"query":{"pa', { headers: { 'content-type': 'application/json' } })],
  ];

  it.each(rows)('%s is retried for reads, then succeeds', async (_key, fail) => {
    const { transport, requests, clock } = setup([fail(), fail(), json({ ok: true })]);
    await expect(transport.call({ action: 'query' })).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(3);
    // random() = 0.5: 3/4 of the ceiling (1000, then 2000).
    expect(clock.waits).toEqual([750, 1500]);
  });

  const writeSafe = new Set(['maxlag', 'readonly', 'ratelimited', 'http-429', 'network-dns', 'network-refused']);
  it.each(rows)('%s: writes are retried only where nothing was written', async (key, fail) => {
    const { transport, requests } = setup([fail(), json({ ok: true })]);
    const call = transport.call({ action: 'edit', title: 'A', text: 'x', token: 'tok+\\' }, { write: true });
    if (writeSafe.has(key)) {
      await expect(call).resolves.toEqual({ ok: true });
      expect(requests).toHaveLength(2);
    } else {
      await expect(call).rejects.toBeInstanceOf(WikiRequestError);
      expect(requests).toHaveLength(1);
    }
  });

  it('retries a write on 503 only with Retry-After', async () => {
    const { transport, requests, clock } = setup([
      new Response('busy', { status: 503, headers: { 'retry-after': '3' } }),
      json({ ok: true }),
    ]);
    await expect(transport.call({ action: 'edit' }, { write: true })).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(2);
    expect(clock.waits).toEqual([3000]);
  });

  it('does not retry errors outside the table', async () => {
    const { transport, requests } = setup([json(apiError('badvalue')), new Response('gone', { status: 404 })]);
    await expect(transport.call({ action: 'query' })).rejects.toMatchObject({ code: 'badvalue' });
    await expect(transport.call({ action: 'query' })).rejects.toMatchObject({ status: 404 });
    expect(requests).toHaveLength(2);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const clock = fakeClock(Date.UTC(2024, 0, 1, 0, 0, 0));
    const fake = fakeFetch([
      json(apiError('maxlag'), { headers: { 'retry-after': '5' } }),
      new Response('', { status: 429, headers: { 'retry-after': 'Mon, 01 Jan 2024 00:00:17 GMT' } }),
      json({ ok: true }),
    ]);
    const transport = createTransport({ apiUrl: API, userAgent: UA, fetch: fake.fetch, ...clock, random: () => 0 });
    await transport.call({ action: 'query' });
    // 5 s, then the date is 17 s after start, 5 s of which have passed.
    expect(clock.waits).toEqual([5000, 12000]);
  });

  it('caps backoff and stops after maxAttempts with a clear error', async () => {
    const failures = Array.from({ length: 8 }, () => new Response('x', { status: 502 }));
    const { transport, clock, requests } = setup(failures, {
      retry: { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 4000, budgetMs: 1e9 },
      random: () => 0.999999,
    });
    const error = await transport.call({ action: 'query' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).attempts).toBe(6);
    expect((error as Error).message).toMatch(/HTTP 502.*gave up after 6 attempts/);
    expect(requests).toHaveLength(6);
    expect(clock.waits).toEqual([1000, 2000, 4000, 4000, 4000]);
  });

  it('gives up when the next wait would exceed the total budget', async () => {
    const { transport, clock, requests } = setup(
      [
        json(apiError('maxlag'), { headers: { 'retry-after': '20' } }),
        json(apiError('maxlag'), { headers: { 'retry-after': '20' } }),
        json(apiError('maxlag'), { headers: { 'retry-after': '20' } }),
      ],
      { retry: { budgetMs: 45_000, maxAttempts: 10 } },
    );
    const error = await transport.call({ action: 'query' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaWikiApiError);
    expect(error).toMatchObject({ code: 'maxlag', attempts: 3 });
    expect(clock.waits).toEqual([20000, 20000]);
    expect(requests).toHaveLength(3);
  });

  it('reports a timeout as NetworkError kind timeout', async () => {
    const hang: Parameters<typeof fakeFetch>[0][number] = () => new DOMException('aborted', 'AbortError');
    const { transport } = setup([hang], { timeoutMs: 1, retry: { maxAttempts: 1 } });
    // The fake rejects at once; the kind comes from the timer only when it fired, so use a real hanging fetch too.
    await expect(transport.call({ action: 'query' })).rejects.toBeInstanceOf(NetworkError);
    const slow = createTransport({
      apiUrl: API,
      userAgent: UA,
      timeoutMs: 5,
      retry: { maxAttempts: 1 },
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError')))),
    });
    await expect(slow.call({ action: 'query' })).rejects.toMatchObject({ kind: 'timeout', name: 'NetworkError' });
  });

  it('stops retrying when the caller aborts during a wait', async () => {
    const controller = new AbortController();
    const fake = fakeFetch([new Response('', { status: 502 }), json({ ok: true })]);
    const transport = createTransport({
      apiUrl: API,
      userAgent: UA,
      fetch: fake.fetch,
      sleep: async () => controller.abort(),
    });
    await expect(transport.call({ action: 'query' }, { signal: controller.signal })).rejects.toMatchObject({ kind: 'aborted' });
    expect(fake.requests).toHaveLength(1);
  });

  it('ends a long Retry-After wait as soon as the caller aborts', async () => {
    const controller = new AbortController();
    const fake = fakeFetch([new Response('', { status: 503, headers: { 'retry-after': '3600' } })]);
    const transport = createTransport({
      apiUrl: API,
      userAgent: UA,
      fetch: fake.fetch,
      retry: { budgetMs: 10 ** 8 },
      // A wait that never ends on its own: only the abort can end it.
      sleep: () => new Promise(() => {}),
      onEvent: (e) => {
        if (e.type === 'retry') queueMicrotask(() => controller.abort());
      },
    });
    await expect(transport.call({ action: 'query' }, { signal: controller.signal })).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('does not retry a call the caller aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    const transport = createTransport({
      apiUrl: API,
      userAgent: UA,
      sleep: async () => {},
      fetch: async (_url, init) => {
        calls++;
        if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
        return json({});
      },
    });
    await expect(transport.call({ action: 'query' }, { signal: controller.signal })).rejects.toMatchObject({ kind: 'aborted' });
    expect(calls).toBe(1);
  });

  it('reports network errors by kind', async () => {
    const { transport } = setup([networkFailure('ENOTFOUND')], { retry: { maxAttempts: 1 } });
    const error = await transport.call({ action: 'query' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'dns', code: 'network' });
    expect((error as Error).message).toContain('ENOTFOUND');
  });
});

describe('responses', () => {
  it('fails clearly on an HTML page with status 200, without retrying', async () => {
    const { transport, requests } = setup([
      new Response('<!DOCTYPE html><html><body>Main Page</body></html>', { headers: { 'content-type': 'text/html' } }),
    ]);
    const error = await transport.call({ action: 'query' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect((error as Error).message).toContain('text/html');
    expect((error as Error).message).toContain('<!DOCTYPE html>');
    expect((error as Error).message).toContain(API);
    expect(requests).toHaveLength(1);
  });

  it('fails clearly on truncated JSON after retries', async () => {
    const truncated = () => new Response('{"batchcomplete":tr', { headers: { 'content-type': 'application/json' } });
    const { transport } = setup([truncated(), truncated()], { retry: { maxAttempts: 2 } });
    const error = await transport.call({ action: 'query' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ truncated: true, status: 200, attempts: 2 });
    expect((error as Error).message).toMatch(/truncated JSON.*batchcomplete/);
  });

  it('decodes errors and warnings in errorformat plaintext', async () => {
    const body = {
      errors: [
        { code: 'badvalue', text: 'Unrecognized value for parameter "list": nope.', module: 'query' },
        { code: 'other', text: 'second', module: 'main' },
      ],
      warnings: [{ code: 'deprecation', text: 'old', module: 'query+x' }],
      requestid: 'req-1',
    };
    const { transport } = setup([json(body)]);
    const error = (await transport.call({ action: 'query', list: 'nope' }).catch((e: unknown) => e)) as MediaWikiApiError;
    expect(error).toBeInstanceOf(MediaWikiApiError);
    expect(error).toMatchObject({ code: 'badvalue', module: 'query', requestId: 'req-1', httpStatus: 200 });
    expect(error.text).toBe('Unrecognized value for parameter "list": nope.');
    expect(error.errors.map((e) => e.code)).toEqual(['badvalue', 'other']);
    expect(error.warnings).toEqual([{ code: 'deprecation', text: 'old', module: 'query+x', data: undefined }]);
    expect(error.message).toBe(`GET ${API}?format=json&formatversion=2&errorformat=plaintext&maxlag=5&action=query&list=nope (query): badvalue: Unrecognized value for parameter "list": nope.`);
  });

  it('decodes bc errors and bc warnings', async () => {
    const body = {
      error: { code: 'maxlag', info: 'Waiting for db1: 7 seconds lagged.', host: 'db1', lag: 7 },
      warnings: { main: { warnings: 'Unrecognized parameter: foo.' } },
      servedby: 'mw2',
    };
    const { transport } = setup([json(body)], { retry: { maxAttempts: 1 } });
    const error = (await transport.call({ action: 'query', errorformat: 'bc' }).catch((e: unknown) => e)) as MediaWikiApiError;
    expect(error).toMatchObject({ code: 'maxlag', text: 'Waiting for db1: 7 seconds lagged.', requestId: 'mw2' });
    expect(error.errors[0]?.data).toEqual({ host: 'db1', lag: 7 });
    expect(error.warnings).toEqual([{ code: 'warning', text: 'Unrecognized parameter: foo.', module: 'main' }]);
  });

  it('decodes html, raw and none errorformats', async () => {
    const { transport } = setup([
      json({ errors: [{ code: 'a', html: '<b>bold</b>', module: 'main' }] }),
      json({ errors: [{ code: 'b', key: 'apierror-b', params: ['x'], module: 'edit' }] }),
      json({ errors: [{ code: 'c', module: 'main' }] }),
    ]);
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) texts.push(((await transport.call({ action: 'x' }).catch((e: unknown) => e)) as MediaWikiApiError).text);
    expect(texts).toEqual(['<b>bold</b>', 'apierror-b', '']);
  });

  it('reports API errors carried by a non-2xx status as MediaWikiApiError', async () => {
    const { transport } = setup([json(apiError('internal_api_error_Foo'), { status: 500 })], { retry: { maxAttempts: 1 } });
    await expect(transport.call({ action: 'query' })).rejects.toMatchObject({
      name: 'MediaWikiApiError',
      code: 'internal_api_error_Foo',
      httpStatus: 500,
    });
  });

  it('refuses to follow a redirected POST', async () => {
    const { transport, requests } = setup([
      new Response(null, { status: 301, headers: { location: 'https://other.example/w/api.php' } }),
    ]);
    const error = await transport.call({ action: 'edit', token: 'abcd+\\' }, { write: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as Error).message).toContain('HTTP 301 redirect to https://other.example/w/api.php');
    expect(requests).toHaveLength(1);
  });

  it('counts response bytes, not characters', async () => {
    const sizes: number[] = [];
    const { transport } = setup([json({ t: 'Ünïcödé ✓' })], { onEvent: (e) => e.bytes !== undefined && sizes.push(e.bytes) });
    await transport.call({ action: 'query' });
    expect(sizes).toEqual([new TextEncoder().encode(JSON.stringify({ t: 'Ünïcödé ✓' })).length]);
  });

  it('reports warnings of successful responses', async () => {
    const seen: string[] = [];
    const { transport } = setup([json({ warnings: [{ code: 'deprecation', text: 'old', module: 'query' }], query: {} }), json({ query: {} })], {
      onWarnings: (warnings, params) => seen.push(...warnings.map((w) => `${String(params.action)} ${w.module} ${w.code}`)),
    });
    await transport.call({ action: 'query' });
    await transport.call({ action: 'query' });
    expect(seen).toEqual(['query query deprecation']);
  });

  it('requires a User-Agent', () => {
    expect(() => createTransport({ apiUrl: API, userAgent: '' })).toThrow(/userAgent is required/);
  });

  it('emits response and retry events with redacted URLs', async () => {
    const events: string[] = [];
    const { transport } = setup([new Response('', { status: 429 }), json({})], {
      onEvent: (e) => events.push(`${e.type} ${e.method} ${e.status ?? e.delayMs} ${e.reason ?? ''}`.trim()),
    });
    await transport.call({ action: 'query' });
    expect(events).toEqual(['response GET 429', 'retry GET 750 http-429', 'response GET 200']);
  });
});

describe('secrets', () => {
  it('never shows passwords or tokens in errors, even when the wiki echoes them', async () => {
    const password = 'correct horse battery staple';
    const token = 'd41d8cd98f00b204e9800998ecf8427e+\\';
    const echo = () =>
      new Response(`<html>lgpassword=${password} lgtoken=${token} ${encodeURIComponent(password)}</html>`, {
        headers: { 'content-type': 'text/html' },
      });
    const apiEcho = () =>
      json({
        errors: [{ code: 'badvalue', text: `bad "${password}" and ${token}`, module: 'login' }],
        warnings: [{ code: 'echo', text: `warned ${password}`, module: 'login' }],
      });
    const logged: string[] = [];
    const { transport } = setup([echo(), apiEcho(), new Response(`oops ${token}`, { status: 500 }), json({ warnings: [{ code: 'w', text: `saw ${password}`, module: 'main' }] })], {
      retry: { maxAttempts: 1 },
      onEvent: (e) => logged.push(JSON.stringify(e)),
      onWarnings: (w) => logged.push(JSON.stringify(w)),
    });
    const errors: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      errors.push(await transport.call({ action: 'login', lgname: 'Bot@x', lgpassword: password, lgtoken: token }).catch((e: unknown) => e));
    }
    for (const error of errors) {
      expect(error).toBeInstanceOf(WikiRequestError);
      const shown = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack ?? ''}`;
      expect(shown).not.toContain(password);
      expect(shown).not.toContain(token);
      expect(shown).not.toContain(encodeURIComponent(password));
      expect(shown).toContain('[redacted]');
    }
    await transport.call({ action: 'login', lgname: 'Bot@x', lgpassword: password, lgtoken: token });
    expect(logged.length).toBeGreaterThan(3);
    expect(logged.join('\n')).not.toContain(password);
    expect(logged.join('\n')).not.toContain(token);
    expect(logged.at(-1)).toContain('saw [redacted]');
  });

  it('keeps secrets out of everything an API error carries: raw response, errors[].data, warnings, docref', async () => {
    const password = 'Pw-hunter2-\u00e9';
    const token = 'CSRF0123456789+\\';
    const echo = `you sent lgpassword=${password} token=${token} ${encodeURIComponent(password)}`;
    const replies = [
      json(
        {
          errors: [{ code: 'permissiondenied', text: `Denied. ${echo}`, data: { echo, list: [echo], [password]: 1 }, module: 'edit' }],
          warnings: [{ code: 'echo', text: echo, data: { echo }, module: 'main' }],
          docref: echo,
          servedby: `mw1 ${token}`,
        },
        { headers: { 'mediawiki-api-error': 'permissiondenied' } },
      ),
      // errorformat=bc: the extra fields of `error` become the error's data.
      json({ error: { code: 'badvalue', info: `bad ${password}`, echo, docref: echo }, warnings: { main: { warnings: echo } } }),
    ];
    const { transport } = setup(replies, { retry: { maxAttempts: 1 } });
    for (let i = 0; i < replies.length; i++) {
      const error = await transport.call({ action: 'edit', lgpassword: password, token }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MediaWikiApiError);
      const apiError = error as MediaWikiApiError;
      // Printed whole, the way console.error and JSON.stringify with every own property show it.
      const shown = [
        inspect(error, { depth: 8, showHidden: true }),
        JSON.stringify(error, Object.getOwnPropertyNames(error)),
        JSON.stringify(apiError.response),
        JSON.stringify(apiError.errors),
        JSON.stringify(apiError.warnings),
      ].join('\n');
      for (const secret of [password, token, encodeURIComponent(password), encodeURIComponent(token)]) expect(shown).not.toContain(secret);
      // Still the wiki's answer, with the secrets replaced: the shape is kept and nothing else is lost.
      expect(JSON.stringify(apiError.response)).toContain('you sent lgpassword=[redacted] token=[redacted] [redacted]');
      expect(apiError.errors[0]?.data).toMatchObject({ echo: 'you sent lgpassword=[redacted] token=[redacted] [redacted]' });
      expect(apiError.warnings[0]?.text).toBe('you sent lgpassword=[redacted] token=[redacted] [redacted]');
      expect(Object.keys(apiError).includes('response')).toBe(false); // still non-enumerable
    }
  });

  it('keeps secrets out of the data of warnings passed to onWarnings', async () => {
    const seen: unknown[] = [];
    const { transport } = setup([json({ warnings: [{ code: 'w', text: 'saw hunter22', data: { v: ['hunter22'] }, module: 'main' }] })], {
      onWarnings: (warnings) => seen.push(warnings),
    });
    await transport.call({ action: 'thing', secretish: 'hunter22' }, { sensitive: ['secretish'] });
    expect(seen).toEqual([[{ code: 'w', text: 'saw [redacted]', data: { v: ['[redacted]'] }, module: 'main' }]]);
  });

  it.each([
    'https://bob:Pw-hunter2@wiki.example/w/api.php',
    'https://bob@wiki.example/w/api.php',
    'https://:Pw-hunter2@wiki.example/w/api.php',
    'http:bob:Pw-hunter2@wiki.example/w/api.php', // WHATWG reads this as http://bob:…@wiki.example/
    '//bob:Pw-hunter2@wiki.example/w/api.php',
  ])('refuses an api.php URL with a user name or password, without repeating it: %s', (apiUrl) => {
    const fake = fakeFetch([]);
    const create = () => createTransport({ apiUrl, userAgent: UA, fetch: fake.fetch });
    expect(create).toThrow(/^the api\.php URL must not contain a user name or password; use login\(\) or accessToken$/);
    const error = (() => {
      try {
        create();
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(`${error?.message} ${error?.stack} ${JSON.stringify(error, Object.getOwnPropertyNames(error))}`).not.toMatch(/Pw-hunter2|bob/);
    expect(fake.requests).toEqual([]);
  });

  it('accepts URL objects and relative URLs without userinfo, refuses URL objects with it', () => {
    expect(() => createTransport({ apiUrl: new URL(API), userAgent: UA })).not.toThrow();
    expect(() => createTransport({ apiUrl: '/w/api.php', userAgent: UA })).not.toThrow();
    expect(() => createTransport({ apiUrl: new URL('https://bob:pw12@wiki.example/w/api.php'), userAgent: UA })).toThrow(/user name or password/);
  });

  it('strips userinfo from a redirect target named in an error', async () => {
    const { transport } = setup([new Response('', { status: 301, headers: { location: 'https://eve:Pw-hunter2@other.example/w/api.php' } })], { retry: { maxAttempts: 1 } });
    const error = await transport.call({ action: 'edit' }, { method: 'POST' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as Error).message).toContain('redirect to https://other.example/w/api.php');
    expect((error as Error).message).not.toMatch(/Pw-hunter2|eve/);
  });
});
