// Type tests for the client generated from test/fixtures/small/snapshot.json. Compiled by
// test/golden/client/type-tests.test.ts; every @ts-expect-error must be an error (tsc reports unused ones).
import { actions, createClient, type ActionResponse } from 'wikispec-small-client';

const client = createClient({ apiUrl: 'http://127.0.0.1:1/api.php', userAgent: 'type-tests/1.0' });

export async function valid(): Promise<void> {
  // The issue's own example: enum multi-values as arrays, keyed on action.
  const parsed: ActionResponse<'parse'> = await client.request({ action: 'parse', page: 'Main Page', prop: ['text', 'categories'] });
  const result: unknown = parsed.parse;
  void result;
  // Single value for a multi parameter, allspecifier, limits with 'max', booleans, Date timestamps, main params.
  await client.request({ action: 'parse', page: 'Main Page', prop: 'text', maxlag: 5, assert: 'user', servedby: true, utf8: true });
  await client.request({ action: 'query', list: 'recentchanges', rclimit: 'max', rcstart: new Date(0), rcend: '2020-01-01T00:00:00Z' });
  await client.request({ action: 'query', list: 'allpages', aplimit: 10, apnamespace: 0 });
  await client.request({ action: 'query', meta: 'tokens', type: '*' });
  await client.request({ action: 'query', meta: ['tokens', 'siteinfo'], type: ['csrf', 'watch'], siprop: ['general'] });
  // Several lists at once admit each one's parameters.
  await client.request({ action: 'query', list: ['allpages', 'search'], aplimit: 5, srsearch: 'x', srlimit: 'max' });
  // A generator admits its parameters with the g prefix, combined with prop modules.
  await client.request({ action: 'query', generator: 'allpages', gaplimit: 5, gapnamespace: 0, prop: ['info', 'revisions'], rvprop: ['content'] });
  // Token parameters are optional (the runtime fills them); they may be passed.
  await client.request({ action: 'edit', title: 'Sandbox', text: 'hello', summary: 'test' });
  await client.request({ action: 'edit', title: 'Sandbox', appendtext: '!', token: 'abc+\\' });
  // Uploads take a Blob.
  await client.request({ action: 'upload', filename: 'a.txt', file: new Blob(['x']), ignorewarnings: true });
  // Required parameters present.
  await client.request({ action: 'rollback', title: 'Sandbox', user: 'Someone' });
  // Other action modules with a generator compose too.
  await client.request({ action: 'watch', generator: 'allpages', gapprefix: 'A' });
  // Continuation is typed like request.
  for await (const batch of client.continue({ action: 'query', list: 'allpages', aplimit: 2 })) {
    const query: { [name: string]: unknown } | undefined = batch.query;
    void query;
  }
  // The ergonomic layer: one method per action, the same parameter types without `action`.
  const api = actions(client);
  const viaMethod: ActionResponse<'parse'> = await api.parse({ page: 'Main Page', prop: ['text', 'categories'] });
  void viaMethod;
  await api.rollback({ title: 'Sandbox', user: 'Someone' });
  await api.edit({ title: 'Sandbox', text: 'x' });
  // query.pages is typed (formatversion=2 arrays); other results are unknown until checked.
  const info = await client.request({ action: 'query', prop: 'info', titles: ['Main Page'] });
  const titles: Array<string | undefined> = (info.query?.pages ?? []).map((page) => page.title);
  const normalized: string[] = (info.query?.normalized ?? []).map((n) => n.to);
  void titles;
  void normalized;
}

export async function mistakes(): Promise<void> {
  // @ts-expect-error unknown parameter
  await client.request({ action: 'parse', page: 'Main Page', bogus: 1 });
  // @ts-expect-error unknown action
  await client.request({ action: 'nosuchaction' });
  // @ts-expect-error wrong enum value
  await client.request({ action: 'parse', page: 'Main Page', prop: ['text', 'nosuchprop'] });
  // @ts-expect-error wrong enum value for a single-value enum
  await client.request({ action: 'parse', page: 'Main Page', contentmodel: 'nosuchmodel' });
  // @ts-expect-error missing required parameter (rollback needs user)
  await client.request({ action: 'rollback', title: 'Sandbox' });
  // @ts-expect-error an array where the API takes a single value
  await client.request({ action: 'parse', page: ['Main Page', 'Other'] });
  // @ts-expect-error a string where the API takes an integer
  await client.request({ action: 'edit', title: 'Sandbox', text: 'x', pageid: '12' });
  // @ts-expect-error a limit that is neither a number nor 'max'
  await client.request({ action: 'query', list: 'allpages', aplimit: 'all' });
  // @ts-expect-error a parameter of a list module that was not selected
  await client.request({ action: 'query', list: 'allpages', srsearch: 'x' });
  // @ts-expect-error a submodule parameter without any selection
  await client.request({ action: 'query', aplimit: 5 });
  // @ts-expect-error a prop parameter with only a list selected
  await client.request({ action: 'query', list: 'allpages', rvprop: ['content'] });
  // @ts-expect-error generator parameters need the g prefix
  await client.request({ action: 'query', generator: 'allpages', aplimit: 5 });
  // @ts-expect-error g-prefixed parameters of a generator that was not selected
  await client.request({ action: 'query', generator: 'allpages', gsrsearch: 'x' });
  // @ts-expect-error not a generator module
  await client.request({ action: 'query', generator: 'siteinfo' });
  // @ts-expect-error generator takes one value, not an array
  await client.request({ action: 'query', generator: ['allpages', 'search'] });
  // @ts-expect-error unknown list module
  await client.request({ action: 'query', list: 'nosuchlist' });
  // @ts-expect-error wrong enum value inside a selected submodule
  await client.request({ action: 'query', meta: 'tokens', type: 'nosuchtoken' });
  // @ts-expect-error a boolean parameter given a string
  await client.request({ action: 'upload', filename: 'a', ignorewarnings: 'yes' });
  // @ts-expect-error a timestamp given a number
  await client.request({ action: 'query', list: 'recentchanges', rcstart: 12 });
  // @ts-expect-error continue checks parameters like request
  client.continue({ action: 'query', list: 'allpages', bogus: true });
  // @ts-expect-error the result of a module is unknown until checked
  const title: string = (await client.request({ action: 'parse', page: 'x' })).parse.title;
  void title;
  // @ts-expect-error a list result is unknown until checked
  (await client.request({ action: 'query', list: 'allpages' })).query?.allpages.map(String);
  // @ts-expect-error format and formatversion belong to the runtime (json, 2)
  await client.request({ action: 'parse', page: 'x', format: 'xml' });
  // @ts-expect-error JSONP callbacks are not offered
  await client.request({ action: 'parse', page: 'x', callback: 'f' });
  // @ts-expect-error the method checks parameters like request: unknown parameter
  await actions(client).parse({ page: 'x', bogus: 1 });
  // @ts-expect-error the method checks parameters like request: missing required parameter
  await actions(client).rollback({ title: 'Sandbox' });
  // @ts-expect-error actions with submodule selection go through request
  await actions(client).query({ list: 'allpages' });
  // @ts-expect-error createClient needs a userAgent
  createClient({ apiUrl: 'http://127.0.0.1:1/api.php' });
}
