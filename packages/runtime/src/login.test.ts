import { describe, expect, it } from 'vitest';
import { fakeClock, fakeFetch, json } from './__fixtures__/fake-fetch.js';
import { createApiClient, type ModuleCallTable } from './client.js';
import { clientLogin, login, LoginError, logout } from './login.js';

const API = 'http://127.0.0.1:8080/api.php';
const PASSWORD = 'bot-password-0123456789abcdef';
const modules: ModuleCallTable = { edit: { tokenType: 'csrf', mustBePosted: true } };
const withCookie = (body: unknown, ...cookies: string[]) => {
  const response = json(body);
  for (const c of cookies) response.headers.append('set-cookie', c);
  return response;
};
const loginToken = (value: string) => withCookie({ query: { tokens: { logintoken: value } } }, 'wiki_session=anon1; path=/; HttpOnly');

function setup(replies: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(replies);
  const client = createApiClient({ apiUrl: API, userAgent: 'test/1', fetch: fake.fetch, ...fakeClock(), modules });
  return { client, requests: fake.requests };
}

describe('bot password login', () => {
  it('gets a login token, logs in with cookies, then asserts user on writes', async () => {
    const { client, requests } = setup([
      loginToken('login-token-1+\\'),
      withCookie({ login: { result: 'Success', lguserid: 1, lgusername: 'Admin' } }, 'wiki_session=sess2; path=/; HttpOnly'),
      json({ query: { tokens: { csrftoken: 'csrf-1+\\' } } }),
      json({ edit: { result: 'Success' } }),
    ]);
    await login(client, { username: 'Admin@bot', password: PASSWORD });
    expect(client.session.user).toBe('Admin');
    const [tokenReq, loginReq] = requests;
    expect(tokenReq?.params).toMatchObject({ action: 'query', meta: 'tokens', type: 'login' });
    expect(loginReq?.method).toBe('POST');
    expect(loginReq?.url).toBe(API);
    expect(loginReq?.headers.Cookie).toBe('wiki_session=anon1');
    expect(loginReq?.params).toMatchObject({ lgname: 'Admin@bot', lgpassword: PASSWORD, lgtoken: 'login-token-1+\\' });
    expect(String(loginReq?.body).endsWith('lgtoken=login-token-1%2B%5C')).toBe(true);
    await client.request({ action: 'edit', title: 'A', text: 'x' });
    expect(requests[2]?.headers.Cookie).toBe('wiki_session=sess2');
    expect(requests[3]?.params).toMatchObject({ assert: 'user', token: 'csrf-1+\\' });
  });

  it('throws LoginError without the password', async () => {
    const { client } = setup([
      loginToken('tok-abc+\\'),
      json({ login: { result: 'Failed', reason: { code: 'wrongpassword', text: `Incorrect password "${PASSWORD}" entered.` } } }),
    ]);
    const error = await login(client, { username: 'Admin@bot', password: PASSWORD }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginError);
    expect(error).toMatchObject({ result: 'Failed', code: 'login' });
    const shown = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`;
    expect(shown).toContain('Incorrect password');
    expect(shown).not.toContain(PASSWORD);
  });

  it('logs in again once when an assertion fails after the session expired', async () => {
    const { client, requests } = setup([
      loginToken('lt1+\\'),
      json({ login: { result: 'Success', lgusername: 'Admin' } }),
      json({ query: { tokens: { csrftoken: 'c1+\\' } } }),
      json({ errors: [{ code: 'assertuserfailed', text: 'You are no longer logged in.', module: 'main' }] }),
      loginToken('lt2+\\'),
      json({ login: { result: 'Success', lgusername: 'Admin' } }),
      json({ query: { tokens: { csrftoken: 'c2+\\' } } }),
      json({ edit: { result: 'Success' } }),
    ]);
    await login(client, { username: 'Admin@bot', password: PASSWORD });
    await expect(client.request({ action: 'edit', title: 'A', text: 'x' })).resolves.toEqual({ edit: { result: 'Success' } });
    expect(requests.map((r) => r.params.action + (r.params.type ? `:${r.params.type}` : ''))).toEqual([
      'query:login',
      'login',
      'query:csrf',
      'edit',
      'query:login',
      'login',
      'query:csrf',
      'edit',
    ]);
    expect(requests[7]?.params.token).toBe('c2+\\');
  });
});

describe('clientlogin and logout', () => {
  it('logs in with clientlogin and logs out, forgetting cookies', async () => {
    const { client, requests } = setup([
      loginToken('lt+\\'),
      withCookie({ clientlogin: { status: 'PASS', username: 'Admin' } }, 'wiki_session=s9; path=/'),
      json({ query: { tokens: { csrftoken: 'c+\\' } } }),
      json({}),
      json({ query: {} }),
    ]);
    await clientLogin(client, { username: 'Admin', password: PASSWORD });
    expect(requests[1]?.params).toMatchObject({
      action: 'clientlogin',
      username: 'Admin',
      password: PASSWORD,
      loginreturnurl: 'http://127.0.0.1:8080/',
      logintoken: 'lt+\\',
    });
    expect(requests[1]?.method).toBe('POST');
    await logout(client);
    expect(requests[3]?.params).toMatchObject({ action: 'logout', token: 'c+\\' });
    expect(client.session.user).toBeUndefined();
    await client.request({ action: 'query' });
    expect(requests[4]?.headers.Cookie).toBeUndefined();
  });

  it('reads a bc (string) login reason', async () => {
    const { client } = setup([loginToken('tok-abc+\\'), json({ login: { result: 'Aborted', reason: 'Cannot log in when using BotPasswordSessionProvider.' } })]);
    await expect(login(client, { username: 'A@b', password: PASSWORD })).rejects.toMatchObject({
      message: `POST ${API} (login): login failed: Aborted: Cannot log in when using BotPasswordSessionProvider.`,
    });
  });

  it('reports a clientlogin UI status as LoginError', async () => {
    const { client } = setup([loginToken('lt+\\'), json({ clientlogin: { status: 'UI', message: 'Two-factor code needed.' } })]);
    await expect(clientLogin(client, { username: 'Admin', password: PASSWORD })).rejects.toMatchObject({
      name: 'LoginError',
      result: 'UI',
      message: `POST ${API} (login): login failed: UI: Two-factor code needed.`,
    });
  });
});
