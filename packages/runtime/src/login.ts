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

/** A login failure reason: a string in errorformat bc, a message object (`{ code, text }`) otherwise. */
type Reason = string | { code?: string; text?: string; html?: string; key?: string } | undefined;

/** The `login` / `clientlogin` result objects, both shapes. */
type SignInResult = {
  result?: string;
  status?: string;
  reason?: Reason;
  message?: Reason;
  lgusername?: string;
  username?: string;
};

/**
 * Shared by both login flows: a cookie jar where the runtime must keep cookies itself (Node: no `document`), a fresh
 * login token (bound to the session), the POST, and the session state that lets writes assert `user` and re-login once.
 */
async function signIn(
  client: ApiClient<object>,
  credentials: Credentials,
  action: 'login' | 'clientlogin',
  params: ApiParams,
  relogin: () => Promise<void>,
): Promise<void> {
  const { transport, options } = client;
  if (!transport.cookies && typeof document === 'undefined' && !options.credentials) {
    transport.cookies = createCookieJar(transport.apiUrl, options.now);
  }
  // Password parameters are secret by name (SECRET_PARAM); this also covers a wiki echoing it in another field.
  transport.secrets.add(credentials.password);
  client.clearTokens();
  const token = await client.getToken('login');
  const r = await transport.call<ApiResponseEnvelope & { [action: string]: SignInResult | undefined }>(
    { action, ...params, [action === 'login' ? 'lgtoken' : 'logintoken']: token },
    { method: 'POST', write: true },
  );
  const answer = r[action] ?? {};
  const status = answer.result ?? answer.status ?? 'unknown';
  if (status !== 'Success' && status !== 'PASS') {
    const reason = answer.reason ?? answer.message;
    const text = typeof reason === 'object' ? (reason.text ?? reason.html ?? reason.key ?? reason.code) : reason;
    throw new LoginError(transport.secrets.redact(status), transport.secrets.redact(text ?? ''), transport.apiUrl);
  }
  // Tokens of the anonymous session are invalid now.
  client.clearTokens();
  client.session.user = answer.lgusername ?? answer.username ?? credentials.username;
  client.session.relogin = relogin;
}

/** Logs in with a bot password (`action=login`, login token first); later writes assert `user` and re-login once. */
export function login(client: ApiClient<object>, credentials: Credentials): Promise<void> {
  const params = { lgname: credentials.username, lgpassword: credentials.password };
  return signIn(client, credentials, 'login', params, () => login(client, credentials));
}

/** Logs in with `action=clientlogin` (main account password); extra fields go to `fields` (e.g. `OATHToken`). */
export function clientLogin(
  client: ApiClient<object>,
  credentials: Credentials & { returnUrl?: string; fields?: ApiParams },
): Promise<void> {
  const params: ApiParams = {
    username: credentials.username,
    password: credentials.password,
    loginreturnurl: credentials.returnUrl ?? `${new URL(client.transport.apiUrl).origin}/`,
    ...credentials.fields,
  };
  return signIn(client, credentials, 'clientlogin', params, () => clientLogin(client, credentials));
}

/** Logs out (`action=logout` with a csrf token) and forgets cookies, tokens and the re-login credentials. */
export async function logout(client: ApiClient<object>): Promise<void> {
  await client.transport.call({ action: 'logout', token: await client.getToken('csrf') }, { method: 'POST', write: true });
  client.transport.cookies?.clear();
  client.clearTokens();
  client.session.user = client.session.relogin = undefined;
}
