// Type tests for the client generated from test/fixtures/hostile/snapshot.json: odd names stay usable and checked.
import { createClient, moduleCalls } from 'wikispec-hostile-client';

const client = createClient({ apiUrl: 'http://127.0.0.1:1/api.php', userAgent: 'type-tests/1.0' });

export async function valid(): Promise<void> {
  await client.request({ action: '__proto__', pphasOwnProperty: 'x', pptoString: 1 });
  await client.request({ action: 'my-module', 'my--dash': 'x', 'my-$ref': 'with "double" quotes', 'my-__proto__': ['__proto__', '*'] });
  await client.request({ action: 'my-module', 'my--dash': 'x', 'my-text-main': 'templated', 'my-default': 'max', 'my-delete': new Date() });
  await client.request({ action: 'delete', reason: 'no token needed in the call' });
  await client.request({ action: 'query', meta: '__proto__', prprop: ['constructor', 'prototype'] });
  await client.request({ action: 'query', generator: 'all-pages', 'gap-limit': 'max', prop: 'info.x', 'in.prop': ['c|d', 'a "b"'] });
  await client.request({ action: 'upload-thing', filename: 'a.txt', file: new Blob(['x']) });
  const table: object = moduleCalls;
  void table;
}

export async function mistakes(): Promise<void> {
  // @ts-expect-error missing required parameter with an odd name
  await client.request({ action: 'my-module' });
  // @ts-expect-error a value of an enum with quotes that is not in the list
  await client.request({ action: 'my-module', 'my--dash': 'x', 'my-$ref': 'with "other" quotes' });
  // @ts-expect-error the empty enum accepts no value
  await client.request({ action: 'my-module', 'my--dash': 'x', 'my-empty': 'anything' });
  // @ts-expect-error the prototype's members are not parameters
  await client.request({ action: '__proto__', constructor: 'x' });
  // @ts-expect-error g-prefixed parameters need a generator
  await client.request({ action: 'query', 'gap-limit': 5 });
}
