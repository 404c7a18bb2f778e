import { createCookieJar } from './cookies.js';
import type { ApiClient } from './client.js';
import { WikiRequestError } from './errors.js';
import type { ApiParams, ApiResponseEnvelope } from './types.js';

/** Credentials for {@link login} (a bot password: `User@botname` and its generated password) or {@link clientLogin}. */
export interface Credentials {
  /** User name (`User@botname` for bot passwords). */
  username: string;
  /** Password (never shown in errors or logs). */
  password: string;
}

/** Thrown when the wiki refuses a login (wrong password, throttled, needs two-factor, …). */
export class LoginError extends WikiRequestError {
  override name = 'LoginError';
  /** The login result or status (`Failed`, `WrongToken`, `FAIL`, `UI`, …). */
  declare readonly result: string;
  constructor(result: string, reason: string, url: string) {
    super('login', `login failed: ${result}${reason ? `: ${reason}` : ''}`, { method: 'POST', url, action: 'login', attempts: 1 });
    this.result = result;
  }
}

/** Gives the transport a cookie jar where the runtime must keep cookies itself (Node, Deno: no `document`). */
function ensureCookies(client: ApiClient<object>): void {
  const transport = client.transport;
  if (!transport.cookies && typeof document === 'undefined' && !client.options.credentials) {
    transport.cookies = createCookieJar(client.transport.apiUrl, client.options.now);
  }
}

/** A login failure reason: a string in errorformat bc, a message object (`{ code, text }`) otherwise. */
type Reason = string | { code?: string; text?: string; html?: string; key?: string } | undefined;

function reasonText(client: ApiClient<object>, reason: Reason): string {
  const text = typeof reason === 'object' ? (reason.text ?? reason.html ?? reason.key ?? reason.code) : reason;
  return client.transport.secrets.redact(text ?? '');
}

type Login = { login?: { result?: string; reason?: Reason; lgusername?: string } };

/** Logs in with a bot password (`action=login`, login token first); later writes assert `user` and re-login once. */
export async function login(client: ApiClient<object>, credentials: Credentials): Promise<void> {
  ensureCookies(client);
  client.transport.secrets.add(credentials.password);
  const params: ApiParams = {
    action: 'login',
    lgname: credentials.username,
    lgpassword: credentials.password,
    lgtoken: await freshToken(client, 'login'),
  };
  const r = await client.transport.call<Login & ApiResponseEnvelope>(params, { method: 'POST', write: true, sensitive: ['lgpassword'] });
  if (r.login?.result !== 'Success') {
    throw new LoginError(r.login?.result ?? 'unknown', reasonText(client, r.login?.reason), client.transport.apiUrl);
  }
  loggedIn(client, r.login.lgusername ?? credentials.username, () => login(client, credentials));
}

type ClientLogin = { clientlogin?: { status?: string; message?: Reason; username?: string } };

/** Logs in with `action=clientlogin` (main account password); extra fields go to `fields` (e.g. `OATHToken`). */
export async function clientLogin(
  client: ApiClient<object>,
  credentials: Credentials & { returnUrl?: string; fields?: ApiParams },
): Promise<void> {
  ensureCookies(client);
  client.transport.secrets.add(credentials.password);
  const params: ApiParams = {
    action: 'clientlogin',
    username: credentials.username,
    password: credentials.password,
    loginreturnurl: credentials.returnUrl ?? new URL(client.transport.apiUrl).origin + '/',
    ...credentials.fields,
    logintoken: await freshToken(client, 'login'),
  };
  const r = await client.transport.call<ClientLogin & ApiResponseEnvelope>(params, {
    method: 'POST',
    write: true,
    sensitive: ['password'],
  });
  const status = r.clientlogin?.status ?? 'unknown';
  if (status !== 'PASS') {
    throw new LoginError(status, reasonText(client, r.clientlogin?.message), client.transport.apiUrl);
  }
  loggedIn(client, r.clientlogin?.username ?? credentials.username, () => clientLogin(client, credentials));
}

/** Logs out (`action=logout` with a csrf token) and forgets cookies, tokens and the re-login credentials. */
export async function logout(client: ApiClient<object>): Promise<void> {
  const token = await client.getToken('csrf');
  await client.transport.call({ action: 'logout', token }, { method: 'POST', write: true });
  client.transport.cookies?.clear();
  client.clearTokens();
  client.session.user = undefined;
  client.session.relogin = undefined;
}

/** Login tokens are bound to the session: always fetch a new one. */
async function freshToken(client: ApiClient<object>, type: string): Promise<string> {
  client.clearTokens(type);
  return client.getToken(type);
}

function loggedIn(client: ApiClient<object>, user: string, relogin: () => Promise<void>): void {
  // Tokens of the anonymous session are invalid now.
  client.clearTokens();
  client.session.user = user;
  client.session.relogin = relogin;
}
