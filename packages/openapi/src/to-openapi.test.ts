import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { oas31 } from 'openapi3-ts';
import { parseSnapshot, wireName, type Snapshot } from '@wikispec/snapshot';
import { moduleKey } from './keys.js';
import { toOpenApi } from './to-openapi.js';

const load = (path: string) => parseSnapshot(readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url), 'utf8'), { source: path });
const small = load('small/snapshot.json');
const full = load('wikis/mw-1.39-full/paraminfo-capture.json');
const core = load('wikis/mw-1.39-core/paraminfo-capture.json');
const hostile = load('hostile/snapshot.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const plain = (document: oas31.OpenAPIObject) => JSON.parse(JSON.stringify(document)) as { [key: string]: Json } & oas31.OpenAPIObject;

/** Every object in the document, with its JSON pointer. */
function* objects(node: Json, pointer = ''): Generator<[string, { [key: string]: Json }]> {
  if (Array.isArray(node)) for (const [index, item] of node.entries()) yield* objects(item, `${pointer}/${index}`);
  else if (node !== null && typeof node === 'object') {
    yield [pointer, node];
    for (const [key, value] of Object.entries(node)) yield* objects(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
}

function resolve(document: Json, ref: string): Json | undefined {
  let node: Json | undefined = document;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node !== null && typeof node === 'object' && !Array.isArray(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  }
  return node;
}

/** Checks that every module and every parameter of the snapshot appears in the document, and counts them. */
function coverage(snapshot: Snapshot, document: ReturnType<typeof plain>): { modules: number; parameters: number } {
  const items = Object.values(document.paths ?? {}) as Array<oas31.PathItemObject & { 'x-mediawiki-module': { path: string } }>;
  const byPath = new Map(items.map((item) => [item['x-mediawiki-module'].path, item]));
  const formats = new Map(((document['x-mediawiki-format-modules'] ?? []) as Array<{ module: string; parameters: Array<{ name: string }> }>).map((entry) => [entry.module, entry]));
  const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: Record<string, unknown>; patternProperties?: Record<string, unknown>; 'x-mediawiki-unlisted-parameters'?: string[] }>;
  const queryParameters = new Set(Object.values(document.components?.parameters ?? {}).map((parameter) => (parameter as oas31.ParameterObject).name));
  let modules = 0;
  let parameters = 0;
  for (const module of snapshot.modules) {
    const isFormat = module.group === 'format';
    if (isFormat) expect(formats.has(module.path), module.path).toBe(true);
    else if (module.path !== 'main') expect(byPath.has(module.path), module.path).toBe(true);
    modules++;
    // `json` format parameters are shared with main's.
    const schema = schemas[module.path === 'json' ? 'params.main' : `params.${moduleKey(module.path)}`];
    for (const parameter of [...module.parameters, ...module.templatedparameters]) {
      const wire = wireName(module, parameter);
      if (module.path === 'main' && parameter.name === 'action') {
        // `action` is each operation's required one-value selector.
        expect(items.length).toBeGreaterThan(0);
      } else if (isFormat && module.path !== 'json') {
        expect(formats.get(module.path)?.parameters.map((entry) => entry.name), `${module.path} ${wire}`).toContain(wire);
      } else {
        const inBody =
          (schema?.properties !== undefined && Object.hasOwn(schema.properties, wire)) ||
          Object.keys(schema?.patternProperties ?? {}).some((pattern) => new RegExp(pattern, 'u').test(wire.replace(/\{[^}]*\}/g, 'x'))) ||
          (schema?.['x-mediawiki-unlisted-parameters'] ?? []).includes(wire) ||
          Object.keys(schema?.properties ?? {}).some((name) => name.startsWith(wire.replace(/\{[^}]*\}.*$/, '')) && wire.includes('{'));
        expect(inBody, `${module.path} ${wire} in params.${moduleKey(module.path)}`).toBe(true);
        if (!module.mustbeposted && parameter.type !== 'upload' && !wire.includes('{')) expect(queryParameters.has(wire), `${module.path} ${wire} as a query parameter`).toBe(true);
      }
      parameters++;
    }
  }
  return { modules, parameters };
}

describe('toOpenApi', () => {
  const document = plain(toOpenApi(small));

  it('gives each module a virtual path and GET+POST, POST only where mustbeposted', () => {
    const paths = document.paths ?? {};
    expect(Object.keys(paths)).toContain('/api.php/parse');
    expect(paths['/api.php/parse']?.get).toBeDefined();
    expect(paths['/api.php/parse']?.post).toBeDefined();
    expect(paths['/api.php/edit']?.get).toBeUndefined();
    expect(Object.keys(paths['/api.php/edit']?.post?.requestBody && 'content' in paths['/api.php/edit'].post.requestBody ? paths['/api.php/edit'].post.requestBody.content : {})).toEqual(['application/x-www-form-urlencoded']);
    const upload = paths['/api.php/upload']?.post?.requestBody as oas31.RequestBodyObject;
    expect(Object.keys(upload.content)).toEqual(['multipart/form-data']);
  });

  it('selects modules with required one-value parameters', () => {
    const get = document.paths?.['/api.php/query/list/allpages']?.get;
    expect(get?.parameters?.slice(0, 2)).toEqual([
      { name: 'action', in: 'query', required: true, description: 'Selects this module: `action=query`.', schema: { type: 'string', const: 'query' } },
      { name: 'list', in: 'query', required: true, description: 'Selects this module: `list=allpages`.', schema: { type: 'string', const: 'allpages' } },
    ]);
  });

  it('defines the shared main parameters once and references them from every GET operation', () => {
    const parameters = document.components?.parameters ?? {};
    expect(parameters['main.maxlag']).toMatchObject({ name: 'maxlag', in: 'query', schema: { type: 'integer' } });
    expect(parameters['json.formatversion']).toMatchObject({ name: 'formatversion', in: 'query' });
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      if (item.get) expect(item.get.parameters, path).toContainEqual({ $ref: '#/components/parameters/main.maxlag' });
      const body = (item.post?.requestBody as oas31.RequestBodyObject).content;
      const schema = Object.values(body)[0]?.schema as oas31.SchemaObject;
      expect(schema.allOf, path).toContainEqual({ $ref: '#/components/schemas/params.main' });
    }
  });

  it('describes the combined query with every prop/list/meta parameter and generator forms', () => {
    const get = document.paths?.['/api.php/query']?.get;
    const refs = (get?.parameters ?? []).map((parameter) => ('$ref' in parameter ? parameter.$ref : parameter.name));
    expect(refs).toContain('#/components/parameters/query.allpages.aplimit');
    expect(refs).toContain('#/components/parameters/query.allpages._g.gaplimit');
    expect(refs).toContain('#/components/parameters/query.revisions.rvprop');
    // Required by list=search only: an optional copy in the combined operation.
    expect(get?.parameters).toContainEqual(expect.objectContaining({ name: 'srsearch', in: 'query', description: 'Required when `query+search` is used; see its own operation.' }));
    expect(get?.parameters?.some((parameter) => !('$ref' in parameter) && parameter.required && !['action'].includes(parameter.name))).toBe(false);
  });

  it('shares the response envelope, the error header and cookie session security', () => {
    expect(document.components?.responses?.ApiResponse).toMatchObject({ headers: { 'MediaWiki-API-Error': { $ref: '#/components/headers/MediaWiki-API-Error' } } });
    expect(Object.keys((document.components?.schemas?.ApiResponse as oas31.SchemaObject).properties ?? {})).toEqual(expect.arrayContaining(['error', 'errors', 'warnings', 'continue', 'batchcomplete', 'servedby', 'curtimestamp']));
    expect(document.components?.securitySchemes?.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'wiki_session' });
    expect(document.security).toEqual([{}, { session: [] }]);
  });

  it('marks tokens, internal and deprecated modules, and expands templated parameters', () => {
    const schemas = document.components?.schemas ?? {};
    expect((schemas['params.edit'] as oas31.SchemaObject).properties?.token).toMatchObject({ 'x-mediawiki-token': 'csrf' });
    expect(document.paths?.['/api.php/edit']?.['x-mediawiki-module']).toMatchObject({ mustbeposted: true, writerights: true, token: { parameter: 'token', type: 'csrf' } });
    expect(Object.keys((schemas['params.compare'] as oas31.SchemaObject).properties ?? {})).toContain('fromtext-main');
    expect(document.components?.parameters?.['compare.fromtext-main']).toMatchObject({ name: 'fromtext-main', 'x-mediawiki-templated': 'fromtext-{slot}' });
    expect(document.paths?.['/api.php/visualeditoredit']?.post?.summary).toMatch(/^\(internal\) /);
  });

  it('takes info and servers from siteinfo', () => {
    expect(document.info).toMatchObject({ title: 'LocalWiki Action API', version: '1.39.17' });
    expect(document.info.description).toContain('Send every request to `api.php` itself');
    expect(document.servers).toEqual([{ url: 'http://127.0.0.1:8139', description: 'LocalWiki (api.php lives at http://127.0.0.1:8139/api.php)' }]);
  });

  it('turns paraminfo examples into typed body examples that fit the operation', () => {
    const content = (document.paths?.['/api.php/query/list/allpages']?.post?.requestBody as oas31.RequestBodyObject).content['application/x-www-form-urlencoded'];
    expect(content?.examples?.['example-1']).toEqual({ summary: 'Show a list of pages starting at the letter `B`.', value: { apfrom: 'B' } });
  });

  it.each([
    ['small', small],
    ['core capture', core],
    ['full capture', full],
    ['hostile', hostile],
  ])('covers every module and parameter of the %s snapshot', (_name, snapshot) => {
    for (const version of ['3.1', '3.0'] as const) {
      const counted = coverage(snapshot, plain(toOpenApi(snapshot, { version })));
      expect(counted.modules).toBe(snapshot.modules.length);
      expect(counted.parameters).toBe(snapshot.modules.reduce((sum, module) => sum + module.parameters.length + module.templatedparameters.length, 0));
    }
  });

  it('matches the capture counts (142 modules, 1071 parameters)', () => {
    expect(coverage(full, plain(toOpenApi(full)))).toEqual({ modules: 142, parameters: 1080 });
  });

  it('is deterministic', () => {
    expect(JSON.stringify(toOpenApi(full))).toBe(JSON.stringify(toOpenApi(full)));
  });
});

describe('toOpenApi on hostile input', () => {
  it.each(['3.1', '3.0'] as const)('never makes a data value look like a JSON reference (%s)', (version) => {
    const document = plain(toOpenApi(hostile, { version }));
    let refs = 0;
    for (const [pointer, object] of objects(document)) {
      if (!Object.hasOwn(object, '$ref')) continue;
      refs++;
      expect(Object.keys(object), pointer).toEqual(['$ref']);
      expect(object.$ref, pointer).toMatch(/^#\/components\/(parameters|schemas|responses|headers)\/[A-Za-z0-9._-]+$/);
      expect(resolve(document, object.$ref as string), `${pointer} -> ${String(object.$ref)}`).toBeDefined();
    }
    expect(refs).toBeGreaterThan(50);
    const submodules = (document.components?.parameters as Record<string, { 'x-mediawiki-submodules'?: unknown }>)['query.list']?.['x-mediawiki-submodules'];
    expect(submodules).toEqual([
      { value: '$ref', module: 'query+$ref' },
      { value: 'all-pages', module: 'query+all-pages' },
    ]);
  });

  it('keeps parameters named $ref and __proto__ as data', () => {
    const document = toOpenApi(hostile);
    const schema = document.components?.schemas?.['params._u24_ref'] as oas31.SchemaObject & { patternProperties?: Record<string, unknown> };
    // Every `$`-name is an exact pattern (see isUnsafeKey), `$$ref` too.
    expect(Object.keys(schema.patternProperties ?? {})).toEqual(['^\\$ref$', '^\\$\\$ref$']);
    expect(schema.properties).toBeUndefined();
    const proto = document.components?.parameters?.['my-module.my-____proto____'] as oas31.ParameterObject;
    expect(proto.name).toBe('my-__proto__');
    expect(Object.getPrototypeOf(document.components?.schemas?.['params.my-module']?.properties)).toBe(Object.prototype);
  });

  it('leaves no script, handler or raw tag in any description or summary', () => {
    let texts = 0;
    for (const [pointer, object] of objects(plain(toOpenApi(hostile)))) {
      for (const key of ['description', 'summary']) {
        const text = object[key];
        if (typeof text !== 'string') continue;
        texts++;
        const bad = /<script|onclick|\]\(javascript:|<\/?(div|b|i)>/i.exec(text);
        expect(bad?.[0], `${pointer}/${key}`).toBeUndefined();
      }
    }
    expect(texts).toBeGreaterThan(50);
  });

  it('writes no 3.1-only keywords in 3.0 documents', () => {
    const document = plain(toOpenApi(hostile, { version: '3.0' }));
    expect(document.openapi).toBe('3.0.3');
    for (const [pointer, object] of objects(document)) {
      if (pointer.includes('/x-mediawiki') || pointer.includes('/examples/')) continue;
      for (const keyword of ['const', 'contentMediaType', 'patternProperties']) expect(Object.hasOwn(object, keyword), `${pointer}/${keyword}`).toBe(false);
      if (Object.hasOwn(object, 'type') && pointer.includes('schema')) expect(typeof object.type, pointer).toBe('string');
    }
  });
});
