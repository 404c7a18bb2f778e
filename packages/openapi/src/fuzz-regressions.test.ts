// Regressions found by property-based fuzzing (test/fuzz/openapi.test.ts, test/fuzz/openapi-redocly.test.ts, seed
// 20261130): each is a small snapshot with the shape of the failing case, checked on the document's structure and by
// both validators (@seriousme/openapi-schema-validator here, Redocly recommended-strict in one CLI run for all of them).
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { oas31 } from 'openapi3-ts';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FORMAT, parseSnapshot, type Snapshot } from '@wikispec/snapshot';
import { serializeOpenApi } from './serialize.js';
import { toOpenApi } from './to-openapi.js';

type Json = Record<string, unknown>;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const outDir = join(root, 'test-artifacts', 'openapi-fuzz-regressions');

const parameter = (name: string, fields: Json = {}): Json => ({ name, description: `The ${name} parameter.`, type: 'string', required: false, multi: false, ...fields });
const submodules = (name: string, children: Record<string, string>, fields: Json = {}): Json =>
  parameter(name, { description: 'Which submodule to use.', type: Object.keys(children).sort(), submodules: children, ...fields });
const module = (path: string, fields: Json = {}): Json => {
  const cut = path.lastIndexOf('+');
  return { path, name: path.slice(cut + 1), group: 'action', prefix: '', description: `The ${path} module.`, examples: [], helpurls: [], parameters: [], templatedparameters: [], ...fields };
};

/** A small raw snapshot (paraminfo shape) through parseSnapshot: `main` with the given action modules and the rest. */
function snapshot(modules: Json[], wiki: Json = {}): Snapshot {
  const actions = Object.fromEntries(modules.filter((entry) => !String(entry.path).includes('+') && entry.group === 'action').map((entry) => [entry.name, entry.path]));
  const main = module('main', {
    group: undefined,
    parameters: [submodules('action', actions), submodules('format', { json: 'json' }, { default: 'json' }), parameter('maxlag', { type: 'integer' })],
  });
  const json = module('json', { group: 'format', parameters: [parameter('callback')] });
  const raw = {
    format: SNAPSHOT_FORMAT,
    helpformat: 'wikitext',
    wiki: { apiUrl: 'http://127.0.0.1:8139/api.php', server: 'http://127.0.0.1:8139', sitename: 'LocalWiki', wikiid: 'localwiki', extensions: [], namespaces: [{ id: 0, name: '' }], ...wiki },
    modules: [main, json, ...modules],
  };
  return parseSnapshot(raw, { source: 'fuzz-regression' });
}

const plain = (document: oas31.OpenAPIObject) => JSON.parse(serializeOpenApi(document, 'json')) as Json & oas31.OpenAPIObject;

/** Every string under a `description` key, with its JSON pointer. */
function descriptions(node: unknown, pointer = ''): Array<[string, string]> {
  if (Array.isArray(node)) return node.flatMap((item, index) => descriptions(item, `${pointer}/${index}`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]): Array<[string, string]> =>
    key === 'description' && typeof value === 'string' ? [[`${pointer}/description`, value]] : descriptions(value, `${pointer}/${key}`),
  );
}

/** The three checks of Redocly's no-unsafe-markdown rule (@redocly/cli 2.77), on every description. */
const UNSAFE_MARKDOWN = [/<script\b/i, /<[a-z][^>]*\bon[a-z]+\s*=/i, /(?:\]\(\s*|\b(?:href|src)\s*=\s*["']?\s*)javascript:/i];
function unsafeMarkdown(document: unknown): string[] {
  return descriptions(document).flatMap(([pointer, text]) => UNSAFE_MARKDOWN.filter((pattern) => pattern.test(text)).map((pattern) => `${pointer}: ${String(pattern)}`));
}

/** The (name, in) pairs of one operation's parameters, references resolved. */
function parameterNames(document: oas31.OpenAPIObject, operation: oas31.OperationObject | undefined): string[] {
  return (operation?.parameters ?? []).map((entry) => {
    const resolved = '$ref' in entry ? (document.components?.parameters?.[entry.$ref.split('/').at(-1) as string] as oas31.ParameterObject) : entry;
    return `${resolved.in}:${resolved.name}`;
  });
}

const validator = new Validator();
async function schemaValidatorErrors(document: unknown): Promise<unknown[]> {
  const result = await validator.validate(document as never);
  return result.valid ? [] : (result.errors as unknown[] | undefined) ?? ['invalid'];
}

// ---------------------------------------------------------------------------------------------------------------------

/** openapi-dollar-id-property (fuzz case 63): `$id` (and every `$`-keyword) as parameter names of two modules. */
const KEYWORD_NAMES = ['$id', '$anchor', '$dynamicAnchor', '$dynamicRef', '$schema', '$vocabulary', '$comment', '$defs', '$ref'];
const dollarNames = snapshot([
  module('first', {
    parameters: [...KEYWORD_NAMES.map((name) => parameter(name, { type: name === '$anchor' ? ['a', 'b'] : 'string', multi: name === '$anchor' })), parameter('$id2', { required: true })],
    examples: [{ query: 'action=first&$id=x', description: 'With an id.' }],
  }),
  module('second', { parameters: [parameter('$id', { required: true }), parameter('$anchor'), parameter('plain')] }),
  // openapi-dollar-name-posted-module (fuzz case 18 after the `$id` fix): without a GET operation the body schema is
  // the only place naming the parameter.
  module('posted', { prefix: '$', mustbeposted: true, parameters: [parameter('break')] }),
]);

/** openapi-hasownproperty-property (fuzz case 22): Redocly crashed on `properties.hasOwnProperty` beside `required`. */
const hasOwnProperty = snapshot([module('first', { parameters: [parameter('hasOwnProperty', { multi: true, lowlimit: 50, highlimit: 500, limit: 50 }), parameter('other', { required: true })] })]);

/**
 * openapi-selector-wire-collision (fuzz cases 9, 34, 86): a parent and its submodule share a prefix and a submodule
 * parameter name, so both select by `f-submodule`; with different values no request reaches the inner module.
 */
const selectorCollision = snapshot([
  module('outer', { prefix: 'f-', parameters: [submodules('submodule', { schemas: 'outer+schemas', same: 'outer+same' })] }),
  module('outer+schemas', { group: 'submodule', prefix: 'f-', parameters: [submodules('submodule', { y: 'outer+schemas+y' }), parameter('x')] }),
  module('outer+schemas+y', { group: 'submodule', prefix: 'f-', parameters: [parameter('z')] }),
  module('outer+same', { group: 'submodule', prefix: 'f-', parameters: [submodules('submodule', { same: 'outer+same+same' })] }),
  module('outer+same+same', { group: 'submodule', prefix: 'f-', parameters: [] }),
]);

/** openapi-javascript-sitename (fuzz cases 37, 74): a sitename holding a `javascript:` link. */
const javascriptSitename = snapshot([module('first', { helpurls: ['javascript:alert(1)', 'https://example.org/?onload=alert(1)'] })], {
  sitename: '<a href="javascript:alert(1)">x</a> [y](javascript:alert(2))',
  extensions: [{ type: 'api', name: 'Ext](javascript:alert(3)', version: '1.0' }],
});

/**
 * openapi-script-in-generator-name (fuzz case 89): a templated parameter expanded with the enum value
 * `<script>alert(1)</script>`, used as a generator: the generator form's description named it in a code span.
 */
const scriptInName = snapshot([
  module('query', {
    parameters: [submodules('list', { let: 'query+let' }, { multi: true, lowlimit: 50, highlimit: 500, limit: 50 }), submodules('generator', { let: 'query+let' }, { submoduleparamprefix: 'g' })],
  }),
  module('query+let', {
    group: 'list',
    prefix: 'p',
    generator: true,
    parameters: [parameter('slots', { type: ['<script>alert(1)</script>', '<b onclick=alert(1)>', 'main'], multi: true, lowlimit: 50, highlimit: 500, limit: 50 }), parameter('<img src=x onerror=alert(1)>')],
    templatedparameters: [{ ...parameter('text-{slot}'), templatevars: { slot: 'slots' } }, { ...parameter('{slot}'), templatevars: { slot: 'slots' } }],
  }),
]);

/**
 * openapi-pattern-schema-example-in-allof (fuzz case 1924): `query` has an open templated parameter (`text-{slot}`,
 * values from free text, so a pattern property) and an example using `x` of a combined list submodule.
 */
const patternExample = snapshot([
  module('query', {
    parameters: [submodules('list', { v: 'query+v' }, { multi: true, lowlimit: 50, highlimit: 500, limit: 50 }), parameter('slots', { multi: true, lowlimit: 50, highlimit: 500, limit: 50 })],
    templatedparameters: [{ ...parameter('text-{slot}'), templatevars: { slot: 'slots' } }],
    examples: [{ query: 'action=query&list=v&x=a', description: 'With x.' }],
  }),
  module('query+v', { group: 'list', parameters: [parameter('x')] }),
]);

const cases: Array<[string, Snapshot]> = [
  ['openapi-dollar-id-property', dollarNames],
  ['openapi-hasownproperty-property', hasOwnProperty],
  ['openapi-selector-wire-collision', selectorCollision],
  ['openapi-javascript-sitename', javascriptSitename],
  ['openapi-script-in-generator-name', scriptInName],
  ['openapi-pattern-schema-example-in-allof', patternExample],
];

describe('OpenAPI regressions found by fuzzing', () => {
  it('openapi-dollar-id-property: `$`-keyword parameter names are described by exact patterns, never as object keys', async () => {
    const document = plain(toOpenApi(dollarNames));
    const schema = document.components?.schemas?.['params.first'] as Json & { properties?: Json; patternProperties?: Json };
    expect(Object.keys(schema.properties ?? {})).toEqual([]);
    expect(Object.keys(schema.patternProperties ?? {}).sort()).toEqual([...KEYWORD_NAMES, '$id2'].map((name) => `^\\${name}$`).sort());
    // Required names cannot go in `required` beside patternProperties; the body says so in an extension.
    const body = (document.paths?.['/api.php/second']?.post?.requestBody as oas31.RequestBodyObject).content['application/x-www-form-urlencoded']?.schema as Json;
    expect(body['x-mediawiki-required']).toEqual(['$id']);
    expect(body.allOf).not.toContainEqual(expect.objectContaining({ required: expect.anything() }));
    // Still documented and accepted: query parameters carry the names (a name is a value there).
    expect(parameterNames(document, document.paths?.['/api.php/first']?.get)).toEqual(expect.arrayContaining(KEYWORD_NAMES.map((name) => `query:${name}`)));
    expect(document.components?.parameters?.['second._u24_id']).toMatchObject({ name: '$id', required: true });
    // No example or encoding map uses such a name as a key.
    const first = (document.paths?.['/api.php/first']?.post?.requestBody as oas31.RequestBodyObject).content['application/x-www-form-urlencoded'];
    expect(first?.examples).toBeUndefined();
    expect(first?.encoding).toBeUndefined();
    expect(await schemaValidatorErrors(document)).toEqual([]);
    const v30 = plain(toOpenApi(dollarNames, { version: '3.0' }));
    expect((v30.components?.schemas?.['params.second'] as Json)['x-mediawiki-unlisted-parameters']).toEqual(['$id', '$anchor']);
    expect(await schemaValidatorErrors(v30)).toEqual([]);
  });

  it('openapi-dollar-name-posted-module: a POST-only module still names its `$` parameter (x-mediawiki-name beside the pattern)', () => {
    const document = plain(toOpenApi(dollarNames));
    expect(document.paths?.['/api.php/posted']?.get).toBeUndefined();
    const schema = document.components?.schemas?.['params.posted'] as Json & { patternProperties?: Record<string, Json> };
    expect(schema.patternProperties?.['^\\$break$']).toMatchObject({ type: 'string', 'x-mediawiki-name': '$break' });
  });

  it('openapi-pattern-schema-example-in-allof: a params schema with patternProperties says it is open, and the example is kept', () => {
    const document = plain(toOpenApi(patternExample));
    expect(document.components?.schemas?.['params.query']).toMatchObject({ patternProperties: { '^text-.+$': expect.anything() }, additionalProperties: true });
    const content = (document.paths?.['/api.php/query']?.post?.requestBody as oas31.RequestBodyObject).content['application/x-www-form-urlencoded'];
    expect(content?.examples?.['example-1']?.value).toEqual({ list: ['v'], x: 'a' });
  });

  it('openapi-hasownproperty-property: a parameter named hasOwnProperty is a pattern property, so Redocly can check `required`', () => {
    const schema = plain(toOpenApi(hasOwnProperty)).components?.schemas?.['params.first'] as Json & { properties?: Json; patternProperties?: Json };
    expect(Object.keys(schema.properties ?? {})).toEqual(['other']);
    expect(Object.keys(schema.patternProperties ?? {})).toEqual(['^hasOwnProperty$']);
  });

  it('openapi-selector-wire-collision: each (name, in) once per operation; a module no request can reach says so', () => {
    const document = plain(toOpenApi(selectorCollision));
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const operation of [item.get, item.post]) {
        const names = parameterNames(document, operation);
        expect(names, path).toEqual([...new Set(names)]);
      }
    }
    const inner = document.paths?.['/api.php/outer/submodule/schemas/submodule/y'];
    const selector = inner?.get?.parameters?.[1] as oas31.ParameterObject;
    expect(selector).toMatchObject({ name: 'f-submodule', required: true, schema: { type: 'string', const: 'schemas' } });
    expect(selector.description).toContain('`f-submodule=y` (read by `outer+schemas`)');
    expect(inner?.['x-mediawiki-module']).toMatchObject({ unreachable: [{ parameter: 'f-submodule', values: ['schemas', 'y'] }] });
    // The same value at both levels is one reachable request: `f-submodule=same`.
    const same = document.paths?.['/api.php/outer/submodule/same/submodule/same'];
    expect(parameterNames(document, same?.get).filter((name) => name === 'query:f-submodule')).toHaveLength(1);
    expect(same?.['x-mediawiki-module']).not.toHaveProperty('unreachable');
  });

  it('openapi-javascript-sitename / openapi-script-in-generator-name: no description trips no-unsafe-markdown', () => {
    for (const [name, input] of cases) {
      for (const version of ['3.1', '3.0'] as const) expect(unsafeMarkdown(plain(toOpenApi(input, { version }))), `${name} ${version}`).toEqual([]);
    }
    const document = plain(toOpenApi(javascriptSitename));
    // The text is kept (escaped), not dropped: the entity renders as the colon.
    expect(document.info.description).toContain('href="javascript&#58;alert(1)"');
    expect(document.servers?.[0]?.description).toContain('javascript&#58;alert(1)');
    const generator = plain(toOpenApi(scriptInName)).components?.parameters?.['query.let._g.gptext-_u3c_script_u3e_alert_u28_1_u29__u3c__u2f_script_u3e_'] as oas31.ParameterObject;
    expect(generator.description).toMatch(/^Generator form of ptext-&lt;script>alert\(1\)&lt;\/script> \(when `let` is the generator\)/);
  });

  it('every regression document passes @seriousme/openapi-schema-validator (3.1 and 3.0) and Redocly recommended-strict', async () => {
    mkdirSync(outDir, { recursive: true });
    const files: string[] = [];
    for (const [name, input] of cases) {
      for (const version of ['3.1', '3.0'] as const) {
        const document = toOpenApi(input, { version });
        expect(await schemaValidatorErrors(plain(document)), `${name} ${version}`).toEqual([]);
        const file = join(outDir, `${name}-${version}.json`);
        writeFileSync(file, serializeOpenApi(document, 'json'));
        files.push(file);
      }
    }
    const { stdout, stderr } = await promisify(execFile)(join(root, 'node_modules/.bin/redocly'), ['lint', '--extends=recommended-strict', '--format=json', ...files], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }));
    expect(stderr).not.toMatch(/Something went wrong/);
    const reports = stdout
      .slice(stdout.indexOf('{'))
      .split(/(?<=\})\s*(?=\{\s*"totals")/)
      .map((chunk) => JSON.parse(chunk) as { problems: Array<{ ruleId: string; message: string; location?: Array<{ pointer?: string }> }> });
    expect(reports).toHaveLength(files.length);
    expect(reports.flatMap((report, index) => report.problems.map((problem) => `${files[index]}: ${problem.ruleId}: ${problem.message} ${problem.location?.[0]?.pointer ?? ''}`))).toEqual([]);
  }, 120_000);
});
