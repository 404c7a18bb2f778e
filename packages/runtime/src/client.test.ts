import { describe, expect, it } from 'vitest';
import { fakeClock, fakeFetch, json } from './__fixtures__/fake-fetch.js';
import { createApiClient, type ApiClientOptions, type ModuleCallTable } from './client.js';
import { MediaWikiApiError } from './errors.js';

const API = 'http://127.0.0.1:8080/api.php';
const modules: ModuleCallTable = {
  edit: { tokenType: 'csrf', tokenParam: 'token', mustBePosted: true, write: true },
  login: { tokenType: 'login', tokenParam: 'lgtoken', mustBePosted: true, sensitive: ['lgpassword'] },
  watch: 'watch',
};
const tokenReply = (type: string, value: string) => json({ batchcomplete: true, query: { tokens: { [`${type}token`]: value } } });
const err = (code: string) => json({ errors: [{ code, text: `${code}!`, module: 'main' }] });

function setup(replies: Parameters<typeof fakeFetch>[0], extra: Partial<ApiClientOptions> = {}) {
  const fake = fakeFetch(replies);
  const client = createApiClient({ apiUrl: API, userAgent: 'test/1', fetch: fake.fetch, ...fakeClock(), modules, ...extra });
  return { client, requests: fake.requests };
}

describe('tokens', () => {
  it('fetches a csrf token lazily, once, and POSTs it last', async () => {
    const { client, requests } = setup([tokenReply('csrf', 'tok1+\\'), json({ edit: { result: 'Success' } }), json({ edit: {} })]);
    await client.request({ action: 'edit', title: 'A', text: 'one' });
    await client.request({ action: 'edit', title: 'B', text: 'two' });
    expect(requests.map((r) => `${r.method} ${r.params.action} ${r.params.meta ?? ''} ${r.params.type ?? ''}`.trim())).toEqual([
      'GET query tokens csrf',
      'POST edit',
      'POST edit',
    ]);
    expect(requests[1]?.params.token).toBe('tok1+\\');
    expect(String(requests[1]?.body).endsWith('&token=tok1%2B%5C')).toBe(true);
  });

  it('uses a token the caller passed', async () => {
    const { client, requests } = setup([json({ edit: {} })]);
    await client.request({ action: 'edit', title: 'A', text: 'x', token: 'mine+\\' });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.params.token).toBe('mine+\\');
  });

  it('refetches and retries once on badtoken', async () => {
    const { client, requests } = setup([
      tokenReply('csrf', 'stale1234'),
      err('badtoken'),
      tokenReply('csrf', 'fresh1234'),
      json({ edit: { result: 'Success' } }),
    ]);
    await expect(client.request({ action: 'edit', title: 'A', text: 'x' })).resolves.toEqual({ edit: { result: 'Success' } });
    expect(requests.map((r) => r.params.token ?? r.params.type)).toEqual(['csrf', 'stale1234', 'csrf', 'fresh1234']);
  });

  it('fails with badtoken when the retry fails too', async () => {
    const { client, requests } = setup([tokenReply('csrf', 'aaaa1'), err('badtoken'), tokenReply('csrf', 'bbbb2'), err('badtoken')]);
    const error = await client.request({ action: 'edit', title: 'A', text: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaWikiApiError);
    expect(error).toMatchObject({ code: 'badtoken' });
    expect(requests).toHaveLength(4);
    expect(String(error)).not.toContain('bbbb2');
  });

  it('uses the token parameter name and type of the module', async () => {
    const { client, requests } = setup([tokenReply('watch', 'w123+\\'), json({ watch: [] })]);
    await client.request({ action: 'watch', titles: ['A'] });
    expect(requests[1]?.params.token).toBe('w123+\\');
    expect(requests[1]?.method).toBe('POST');
  });

  it('caches per type and clears on request', async () => {
    const { client, requests } = setup([tokenReply('csrf', 'c1c1'), tokenReply('watch', 'w1w1'), tokenReply('csrf', 'c2c2')]);
    expect(await client.getToken('csrf')).toBe('c1c1');
    expect(await client.getToken('watch')).toBe('w1w1');
    expect(await client.getToken('csrf')).toBe('c1c1');
    client.clearTokens('csrf');
    expect(await client.getToken('csrf')).toBe('c2c2');
    expect(requests).toHaveLength(3);
  });

  it('reads are not POSTed and get no assert', async () => {
    const { client, requests } = setup([json({ query: {} })]);
    client.session.user = 'Bot';
    await client.request({ action: 'query', list: 'allpages' });
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.params.assert).toBeUndefined();
  });
});

describe('assert and re-login', () => {
  it('adds assert=user to writes once logged in and logs in again once on assertuserfailed', async () => {
    const { client, requests } = setup([tokenReply('csrf', 'tok-a'), err('assertuserfailed'), tokenReply('csrf', 'tok-b'), json({ edit: {} })]);
    let relogins = 0;
    client.session.user = 'Bot';
    client.session.relogin = async () => {
      relogins++;
      client.clearTokens();
    };
    await expect(client.request({ action: 'edit', title: 'A', text: 'x' })).resolves.toEqual({ edit: {} });
    expect(relogins).toBe(1);
    expect(requests[1]?.params.assert).toBe('user');
    expect(requests[3]?.params.assert).toBe('user');
    expect(requests[3]?.params.token).toBe('tok-b');
  });

  it('shares one re-login between parallel writes', async () => {
    const { client } = setup([
      tokenReply('csrf', 'tok-a'),
      err('assertuserfailed'),
      err('assertuserfailed'),
      json({ edit: { n: 1 } }),
      json({ edit: { n: 2 } }),
    ]);
    let relogins = 0;
    client.session.user = 'Bot';
    client.session.relogin = async () => {
      relogins++;
    };
    const results = await Promise.all([
      client.request({ action: 'edit', title: 'A', text: 'x' }),
      client.request({ action: 'edit', title: 'B', text: 'y' }),
    ]);
    expect(results).toHaveLength(2);
    expect(relogins).toBe(1);
  });

  it('re-logs in only once', async () => {
    const { client } = setup([tokenReply('csrf', 'tok-a'), err('assertuserfailed'), err('assertuserfailed')]);
    let relogins = 0;
    client.session.user = 'Bot';
    client.session.relogin = async () => {
      relogins++;
    };
    await expect(client.request({ action: 'edit', title: 'A', text: 'x' })).rejects.toMatchObject({ code: 'assertuserfailed' });
    expect(relogins).toBe(1);
  });

  it('does not assert on login-type calls', async () => {
    const { client, requests } = setup([tokenReply('login', 'lt-1'), json({ login: { result: 'Success' } })]);
    client.session.user = 'Bot';
    await client.request({ action: 'login', lgname: 'Bot@x', lgpassword: 'secret-password' });
    expect(requests[1]?.params).toMatchObject({ lgtoken: 'lt-1' });
    expect(requests[1]?.params.assert).toBeUndefined();
  });

  it('uses assert=bot when configured and none when disabled', async () => {
    const a = setup([tokenReply('csrf', 'tttt'), json({})], { assert: 'bot' });
    a.client.session.user = 'Bot';
    await a.client.request({ action: 'edit', title: 'A' });
    expect(a.requests[1]?.params.assert).toBe('bot');
    const b = setup([tokenReply('csrf', 'tttt'), json({})], { assert: false });
    b.client.session.user = 'Bot';
    await b.client.request({ action: 'edit', title: 'A' });
    expect(b.requests[1]?.params.assert).toBeUndefined();
  });
});
