// Compiled by types.test.ts with the TypeScript API: every line must type-check, and every @ts-expect-error must be
// needed (an unused one is an error), so the mistakes below are proven to be compile errors.
import {
  continueQuery,
  createApiClient,
  isApiError,
  login,
  type ApiClient,
  type ApiErrorCode,
  type ApiParams,
  type ApiResponseEnvelope,
  type MediaWikiApiError,
  type ModuleCallTable,
} from '../index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(): T | undefined => undefined;

interface EditParams {
  action: 'edit';
  title: string;
  text?: string;
  minor?: boolean;
}

export async function usage(): Promise<void> {
  const typed = createApiClient<EditParams>({ apiUrl: 'http://127.0.0.1/api.php', userAgent: 'x' });
  const edited = await typed.request<{ edit: { result: string } }>({ action: 'edit', title: 'A' });
  assert<Equal<typeof edited, { edit: { result: string } }>>();
  // @ts-expect-error unknown parameter
  await typed.request({ action: 'edit', title: 'A', bogus: 1 });
  // @ts-expect-error missing required parameter
  await typed.request({ action: 'edit' });
  const asCore: ApiClient<object> = typed;
  await login(asCore, { username: 'U@b', password: 'p' });

  const plain = createApiClient({ apiUrl: 'http://127.0.0.1/api.php', userAgent: 'x' });
  const envelope = await plain.request({ action: 'query', titles: ['A', 'B'], minor: false, at: new Date() });
  assert<Equal<typeof envelope, ApiResponseEnvelope>>();
  // @ts-expect-error nested objects are not parameter values
  const bad: ApiParams = { action: 'query', nested: { a: 1 } };
  void bad;
  // @ts-expect-error userAgent is required
  createApiClient({ apiUrl: 'http://127.0.0.1/api.php' });
  const table: ModuleCallTable = { edit: 'csrf', login: { tokenType: 'login', tokenParam: 'lgtoken' } };
  void table;

  for await (const batch of continueQuery(plain, { action: 'query', list: 'allpages' })) {
    assert<Equal<typeof batch, ApiResponseEnvelope>>();
  }

  const e: unknown = undefined;
  if (isApiError(e, 'badtoken')) assert<Equal<typeof e, MediaWikiApiError>>();
  const known: ApiErrorCode = 'badtoken';
  const other: ApiErrorCode = 'some_extension_code';
  void [known, other];
}
