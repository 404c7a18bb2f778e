// Type tests for test/golden/client/hostile-extra.ts: colliding and prototype-member names stay distinct and checked.
import { actions, createClient, type MyModuleParams, type MyModuleParams_2 } from 'wikispec-hostile-extra-client';

const client = createClient({ apiUrl: 'http://127.0.0.1:1/api.php', userAgent: 'type-tests/1.0' });

export async function valid(): Promise<void> {
  const a: MyModuleParams_2 = { xa: 'x' };
  const b: MyModuleParams = { 'my--dash': 'y' };
  void a;
  void b;
  await client.request({ action: 'my_module', xa: 'x' });
  await client.request({ action: 'constructor', toString: 'x', valueOf: '2' });
  await actions(client).constructor({ toString: 'x' });
  await client.request({ action: 'constructor', toString: 'x' });
  await actions(client)['__proto__']({ pphasOwnProperty: 'x' });
  await client.request({ action: 'ünï☃', unaïve: ['a\nb', 'c\u2028d'] });
  await client.request({ action: 'tmpl', tslots: ['main'], 'ta`b-main': 'x', 'tc${x}-main': 1 });
  await client.request({ action: 'tmpl', tslots: ['main'], 'ttext-main': 'some text', 'ttext-main-model': 'json' });
  await client.request({ action: 'gen', generator: '__proto__', gprprop: 'constructor' });
  await client.request({ action: 'gen', generator: 'all-pages', 'gap-limit': 3 });
}

export async function mistakes(): Promise<void> {
  // @ts-expect-error my_module requires its own parameter, not my-module's
  await client.request({ action: 'my_module', 'my--dash': 'x' });
  // @ts-expect-error a value outside the enum with line terminators
  await client.request({ action: 'ünï☃', unaïve: 'a b' });
  // @ts-expect-error a templated integer parameter given a string
  await client.request({ action: 'tmpl', 'tc${x}-main': 'one' });
  // @ts-expect-error a parameter named valueOf still checks its enum
  await client.request({ action: 'constructor', valueOf: '3' });
  // @ts-expect-error generator parameters of another generator
  await client.request({ action: 'gen', generator: '__proto__', 'gap-limit': 3 });
}
