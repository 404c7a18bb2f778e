import { isApiError, WikiRequestError } from './errors.js';
import { createTransport, type CallOptions, type Transport, type TransportOptions } from './transport.js';
import type { ApiParams, ApiResponseEnvelope, ParamValue } from './types.js';

/**
 * What the runtime must know about one module to call it well; the generator emits one per module from paraminfo
 * (`needstoken`, `mustbeposted`, `writerights`, parameters with `tokentype` or `sensitive`).
 */
export interface ModuleCallInfo {
  /** Wire name of the parameter that carries the token (usually `token`; `lgtoken` for login). */
  tokenParam?: string;
  /** Token type to fetch with `meta=tokens&type=…` (`csrf`, `login`, `watch`, …). */
  tokenType?: string;
  /** The module accepts only POST (implied by `tokenType`: MediaWiki requires POST for every module with a token). */
  mustBePosted?: boolean;
  /** The module changes the wiki (default: true when it needs a token or must be posted). */
  write?: boolean;
  /** Wire names of parameters whose values are secret. */
  sensitive?: readonly string[];
}

/**
 * Call descriptors keyed on the `action` module name. A string is shorthand for `{ tokenType: <string> }` (token in
 * `token`; a module that needs a token must be posted and writes), which keeps generated tables small.
 */
export type ModuleCallTable = { readonly [module: string]: ModuleCallInfo | string };

/** Options of {@link createApiClient}: the transport's, plus module descriptors. */
export interface ApiClientOptions extends TransportOptions {
  /** Module call descriptors (generated clients pass theirs). */
  modules?: ModuleCallTable;
  /** Assertion added to writes once logged in (default `user`; `false` to leave it out). */
  assert?: 'user' | 'bot' | false;
  /** Most values per `titles`/`pageids`/`revids` request when batching (default 50; 500 with apihighlimits). */
  multiValueLimit?: number;
}

/** Per-request options. */
export interface RequestOptions extends CallOptions {
  /** Call descriptor for this request, overriding the module table (for modules the table lacks). */
  module?: ModuleCallInfo;
}

/** Login state shared by the login helpers and `request` (credentials live only inside `relogin`). */
export interface Session {
  /** Name of the logged-in user, if any. */
  user: string | undefined;
  /** Logs in again with the same credentials (set by the login helpers). */
  relogin: (() => Promise<void>) | undefined;
}

/** The client core: typed on the parameter shape so a generated layer can stay thin. */
export interface ApiClient<TParams extends object = ApiParams> {
  /** The transport (for low-level calls and its secret store). */
  readonly transport: Transport;
  /** Options the client was created with. */
  readonly options: ApiClientOptions;
  /** Login state. */
  readonly session: Session;
  /** Calls api.php: fills tokens, asserts login on writes, retries once on badtoken / assertuserfailed. */
  request<R = ApiResponseEnvelope>(params: TParams, options?: RequestOptions): Promise<R>;
  /** A token of the given type (`csrf`, `login`, …), fetched lazily and cached. */
  getToken(type: string): Promise<string>;
  /** Forgets cached tokens (all, or one type). */
  clearTokens(type?: string): void;
}

/** Creates the client core on a new transport. */
export function createApiClient<TParams extends object = ApiParams>(options: ApiClientOptions): ApiClient<TParams> {
  const transport = createTransport(options);
  const modules = options.modules ?? {};
  const tokens = new Map<string, Promise<string>>();
  const session: Session = { user: undefined, relogin: undefined };
  // Parallel writes that all lost the session share one re-login.
  let relogging: Promise<void> | undefined;

  function getToken(type: string): Promise<string> {
    let token = tokens.get(type);
    if (!token) {
      token = transport.call({ action: 'query', meta: 'tokens', type }).then((r: ApiResponseEnvelope) => {
        const value = (r.query?.tokens as { [k: string]: unknown } | undefined)?.[`${type}token`];
        if (typeof value !== 'string') {
          const ctx = { method: 'GET', url: transport.apiUrl, action: 'query', attempts: 1 };
          throw new WikiRequestError('notoken', `no ${type} token in the answer`, ctx);
        }
        transport.secrets.add(value);
        return value;
      });
      token.catch(() => tokens.delete(type));
      tokens.set(type, token);
    }
    return token;
  }

  function clearTokens(type?: string): void {
    if (type === undefined) tokens.clear();
    else tokens.delete(type);
  }

  async function request<R>(input: TParams, requestOptions: RequestOptions = {}): Promise<R> {
    const params = { ...(input as ApiParams) } as { [name: string]: ParamValue };
    const { module, ...rest } = requestOptions;
    const entry = module ?? modules[String(params.action)] ?? {};
    const info: ModuleCallInfo = typeof entry === 'string' ? { tokenType: entry } : entry;
    const { tokenType, tokenParam = 'token' } = info;
    const write = info.write ?? (tokenType !== undefined || info.mustBePosted === true);
    const assertion = options.assert ?? 'user';
    // Not on calls that log in or create accounts (login-type tokens): they are how a session starts.
    if (write && session.user !== undefined && assertion && params.assert === undefined && !/^(login|createaccount)$/.test(tokenType ?? '')) {
      params.assert = assertion;
    }
    const callOptions: CallOptions = { write, ...rest };
    if (info.mustBePosted || tokenType) callOptions.method = 'POST';
    if (info.sensitive) callOptions.sensitive = [...info.sensitive, ...(requestOptions.sensitive ?? [])];
    let retriedToken = false;
    let retriedLogin = false;
    for (;;) {
      if (tokenType && params[tokenParam] === undefined) params[tokenParam] = await getToken(tokenType);
      try {
        return await transport.call<R>(params, callOptions);
      } catch (error) {
        // badtoken and failed assertions are raised before the module runs, so one retry is safe for writes.
        if (tokenType && !retriedToken && isApiError(error, 'badtoken')) {
          retriedToken = true;
          clearTokens(tokenType);
          params[tokenParam] = undefined;
          continue;
        }
        if (session.relogin && !retriedLogin && (isApiError(error, 'assertuserfailed') || isApiError(error, 'assertbotfailed'))) {
          retriedLogin = true;
          await (relogging ??= session.relogin().finally(() => (relogging = undefined)));
          if (tokenType) params[tokenParam] = undefined;
          continue;
        }
        throw error;
      }
    }
  }

  return { transport, options, session, request, getToken, clearTokens };
}
