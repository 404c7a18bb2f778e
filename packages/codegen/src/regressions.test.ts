// Regressions found by the client fuzz properties (test/fuzz/support-client.ts, seed 20261130), each on a small
// hand-written snapshot: the generated package must parse, compile under tsc --strict, and type what it should (the
// type tests use @ts-expect-error, which tsc reports when unused, so each listed mistake must be a compile error).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshot, serializeSnapshot, type ApiModule, type ApiParameter, type ApiTemplatedParameter, type Snapshot } from '@wikispec/snapshot';
import { clientCompilerOptions, repoRoot, typecheckFiles, writeFiles } from '../../../test/support/tsc-options.js';
import { generateClient } from './generate.js';

const out = join(repoRoot, 'test-artifacts', 'codegen-regressions');

let index = 0;
function param(name: string, type: ApiParameter['type'], extra: Partial<ApiParameter> = {}): ApiParameter {
  return { index: ++index, name, description: `Parameter ${name}.`, type, required: false, multi: false, ...extra };
}

function templated(name: string, type: ApiParameter['type'], templatevars: Record<string, string>): ApiTemplatedParameter {
  return { ...param(name, type), templatevars };
}

function module(path: string, extra: Partial<ApiModule>): ApiModule {
  return { path, name: path, prefix: '', description: `Module ${path}.`, helpurls: [], examples: [], parameters: [], templatedparameters: [], ...extra };
}

/** A wiki with `main`, the `json` format, the given action modules and submodules, validated by parseSnapshot. */
function snapshotWith(actions: ApiModule[], submodules: ApiModule[] = []): Snapshot {
  const paths = actions.map((a) => a.path);
  const raw: Snapshot = {
    format: 'wikispec-snapshot/1',
    wiki: {
      apiUrl: 'http://127.0.0.1:1/api.php', articlepath: '/index.php/$1', extensions: [], generator: 'MediaWiki 1.39.17', lang: 'en',
      mainpage: 'Main Page', mediawikiVersion: '1.39.17', namespaces: [{ name: '', content: true, id: 0 }], scriptpath: '',
      server: 'http://127.0.0.1:1', sitename: 'Regressions', wikiid: 'regressions',
    },
    helpformat: 'wikitext',
    modules: [
      module('json', { group: 'format' }),
      module('main', {
        parameters: [
          param('action', paths, { submodules: Object.fromEntries(paths.map((p) => [p, p])) }),
          param('format', ['json'], { default: 'json', submodules: { json: 'json' } }),
          param('maxlag', 'integer'),
        ],
      }),
      ...actions.map((a) => ({ ...a, group: 'action' })),
      ...submodules,
    ],
  } as Snapshot;
  return parseSnapshot(serializeSnapshot(raw));
}

function action(path: string, parameters: ApiParameter[], templatedparameters: ApiTemplatedParameter[] = []): ApiModule {
  return module(path, { parameters, templatedparameters });
}

/** Generates the client of `snapshot` into test-artifacts and type-checks it with `typeTest` (a module importing it). */
async function compile(name: string, snapshot: Snapshot, typeTest: string): Promise<{ params: string; diagnostics: string[] }> {
  const files = await generateClient(snapshot, { packageName: `${name}-client` });
  const dir = join(out, name);
  writeFiles(dir, files);
  const test = join(dir, 'type-test.ts');
  writeFileSync(test, typeTest);
  const diagnostics = typecheckFiles(
    [join(dir, 'src/index.ts'), join(dir, 'dist/index.d.ts'), test],
    clientCompilerOptions({ [`${name}-client`]: [join(dir, 'src/index.ts')] }, { skipLibCheck: true }),
  );
  return { params: files.find((f) => f.path === 'src/params.ts')?.contents ?? '', diagnostics };
}

/** Every member of Object.prototype that TypeScript declares, and `__proto__`: enums or strings. */
const OBJECT_NAMES = ['constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf', '__proto__'];
const ENUM_NAMES = new Set(['hasOwnProperty', 'propertyIsEnumerable', 'valueOf', '__proto__']);

describe('client regressions found by fuzzing', () => {
  // Fuzz case 68: a parameter named after an Object.prototype member is typed `string | Object['toString']` (an
  // object literal that leaves it out still "has" the inherited method), and a templated `{x}` beside it became an
  // index signature of type `string | undefined`, which that property is not assignable to.
  it('client-object-member-beside-templated: parameters named toString, valueOf, … beside {x} compile and keep their types', async () => {
    const snapshot = snapshotWith([
      action('probe', [param('a', 'string', { multi: true }), ...OBJECT_NAMES.map((name) => param(name, ENUM_NAMES.has(name) ? ['one', 'two'] : 'string'))], [
        templated('{x}', 'integer', { x: 'a' }),
      ]),
    ]);
    const { params, diagnostics } = await compile('object-members', snapshot, `
import { createClient, type ProbeParams } from 'object-members-client';
const client = createClient({ apiUrl: 'http://127.0.0.1:1/api.php', userAgent: 'regressions/1.0' });
export async function valid(): Promise<void> {
  const none: ProbeParams = {};
  const some: ProbeParams = { toString: 'x', valueOf: 'two', constructor: 'c', ['__proto__']: 'one', anything: 3 };
  void none;
  void some;
  await client.request({ action: 'probe', a: ['k'], toString: 'x', hasOwnProperty: 'one', k: 1 });
}
export async function mistakes(): Promise<void> {
  // @ts-expect-error valueOf is an enum
  await client.request({ action: 'probe', valueOf: 'three' });
  // @ts-expect-error toString is a string
  await client.request({ action: 'probe', toString: 1 });
  // @ts-expect-error __proto__ is an enum
  await client.request({ action: 'probe', ['__proto__']: 'p' });
}
`);
    expect(diagnostics).toEqual([]);
    expect(params).toMatch(/toString\?: string \| Object\['toString'\];/);
  }, 120_000);

  // Fuzz cases 2022 and 2621: a string literal ending in a backslash (`"\\"`) left ts-morph's writer, which tracks
  // strings while printing, "inside a string" for the rest of the line; a later literal `"/*"` on that line (in the
  // union type of an index signature) then read as a comment opener, which the writer closed mid-declaration:
  // "src/params.ts: generated code does not parse: Property or signature expected".
  it('client-trailing-backslash-literal: enum values \\, empty and /* on one line parse, compile and keep their values', async () => {
    const snapshot = snapshotWith([
      action('limit', [
        param('a', ['\\', '']),
        param('break', ['/*', '']),
        param('c', ['x\\', 'y\\\\', '"\\'], { multi: true, allspecifier: '/*' }),
        param('slots', ['s', '\\'], { multi: true }),
      ], [
        templated('{x}', 'text', { x: 'slots' }),
        templated('t-{x}\\', ['\\', '*/'], { x: 'slots' }),
      ]),
    ]);
    const { params, diagnostics } = await compile('backslash', snapshot, `
import { createClient, type LimitParams } from 'backslash-client';
const client = createClient({ apiUrl: 'http://127.0.0.1:1/api.php', userAgent: 'regressions/1.0' });
export async function valid(): Promise<void> {
  const p: LimitParams = { a: '\\\\', break: '/*', c: ['x\\\\', 'y\\\\\\\\', '"\\\\'] };
  void p;
  await client.request({ action: 'limit', a: '', break: '', c: '/*', 't-s\\\\': '*/', 't-\\\\\\\\': '\\\\' });
}
export async function mistakes(): Promise<void> {
  // @ts-expect-error a is an enum of the backslash and the empty string
  await client.request({ action: 'limit', a: '\\\\\\\\' });
  // @ts-expect-error c takes its values or the allspecifier
  await client.request({ action: 'limit', c: 'x' });
}
`);
    expect(diagnostics).toEqual([]);
    // The values themselves, not some other escaping of them: a trailing backslash is written \u005c.
    expect(params).toContain(`a?: '' | '\\u005c';`);
    expect(params).toContain(`break?: '' | '/*';`);
  }, 120_000);

  // Fuzz run of 2026-12-01 (even case 306): an action module's own parameter named `action` that selects submodules
  // became a slot beside the selection's fixed `action: '<module>'` key: "Duplicate identifier 'action'". On the wire
  // there is one `action` (MediaWiki reads the same value for main and the module), so it is not a parameter of its own.
  it('client-action-named-parameter: an action module parameter on the wire as `action` is the action itself', async () => {
    const snapshot = snapshotWith([
      action('act', [
        param('action', ['var'], { submodules: { var: 'act+var' } }),
        param('sub', ['var'], { submodules: { var: 'act+var' } }),
      ]),
      action('plain', [param('action', ['other']), param('p', 'string')]),
    ], [{ ...action('act+var', [param('x', 'string')]), group: 'sub', prefix: 'v' }]);
    const { params, diagnostics } = await compile('action-named', snapshot, `
import { actions, createClient, type PlainParams } from 'action-named-client';
const client = createClient({ apiUrl: 'http://127.0.0.1:1/api.php', userAgent: 'regressions/1.0' });
export async function valid(): Promise<void> {
  await client.request({ action: 'act', sub: 'var', vx: 'y' });
  await client.request({ action: 'plain', p: 'x' });
  await actions(client).plain({ p: 'x' });
}
export async function mistakes(): Promise<void> {
  // @ts-expect-error plain has no parameter action of its own
  const p: PlainParams = { action: 'other' };
  void p;
  // @ts-expect-error vx needs sub=var
  await client.request({ action: 'act', vx: 'y' });
}
`);
    expect(diagnostics).toEqual([]);
    expect(params).toMatch(/export interface ActSelection<TSub extends keyof ActSubMap> \{/);
  }, 120_000);
});
