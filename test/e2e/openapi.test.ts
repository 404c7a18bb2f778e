// The OpenAPI document against the real local MediaWiki (scripts/wiki.sh): requests built from the document carry
// wire names the wiki recognizes, and openapi-typescript + openapi-fetch + the shipped rewrite call the wiki.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { oas31 } from 'openapi3-ts';
import { parseSnapshot } from '@wikispec/snapshot';
import { serializeOpenApi, toOpenApi } from '@wikispec/openapi';
import { localWikis } from '../support/wikis.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(root, 'test-artifacts', 'openapi-e2e');
mkdirSync(work, { recursive: true });
const wikis = localWikis();

const snapshot = parseSnapshot(readFileSync(join(root, 'test/fixtures/wikis/mw-1.39-full/paraminfo-capture.json'), 'utf8'), { source: 'mw-1.39-full' });
const document = toOpenApi(snapshot);
const documentFile = join(work, 'mw-1.39-full.openapi.json');
writeFileSync(documentFile, serializeOpenApi(document, 'json'));

function resolveParameter(parameter: oas31.ParameterObject | oas31.ReferenceObject): oas31.ParameterObject {
  if (!('$ref' in parameter)) return parameter;
  const key = parameter.$ref.replace('#/components/parameters/', '');
  const found = document.components?.parameters?.[key];
  if (found === undefined || '$ref' in found) throw new Error(`unresolved ${parameter.$ref}`);
  return found;
}

/** A value for a parameter taken from the document alone: the const, the default, or the first allowed value. */
function sampleValue(schema: oas31.SchemaObject): string | undefined {
  // Booleans are switches (present = on): sending them would change the request (export=1 answers XML).
  if (schema['x-mediawiki-type'] === 'boolean') return undefined;
  if (schema.const !== undefined) return String(schema.const);
  if (schema.type === 'array') {
    if (Array.isArray(schema.default)) return schema.default.join('|');
    const items = schema.items as oas31.SchemaObject;
    const first = items.enum?.find((value) => value !== '' && value !== '*');
    return first === undefined ? undefined : String(first);
  }
  if (schema.default !== undefined) return String(schema.default);
  return undefined;
}

/** The GET request the document describes for a path, with every parameter that has a const or default value. */
function requestFor(path: string, extra: Record<string, string> = {}, modules?: readonly string[]): { url: URL; sent: string[] } {
  const operation = document.paths?.[path]?.get;
  if (operation === undefined) throw new Error(`no GET ${path}`);
  const url = new URL(wikis?.full.apiUrl ?? 'http://127.0.0.1:8139/api.php');
  const sent: string[] = [];
  // In the combined query, only parameters of the selected submodules (and query's and main's own) apply.
  const applies = (parameter: oas31.ParameterObject | oas31.ReferenceObject) =>
    modules === undefined || !('$ref' in parameter) || modules.some((prefix) => parameter.$ref.startsWith(`#/components/parameters/${prefix}`)) || /^#\/components\/parameters\/(main|json|query)\.[^.]+$/.test(parameter.$ref);
  for (const parameter of (operation.parameters ?? []).filter(applies).map(resolveParameter)) {
    if (Object.hasOwn(extra, parameter.name)) continue;
    if (parameter.in !== 'query' || ['format', 'formatversion', 'errorformat', 'callback', 'maxlag', 'smaxage', 'maxage', 'uselang', 'variant', 'origin'].includes(parameter.name)) continue;
    const value = sampleValue(parameter.schema as oas31.SchemaObject);
    if (value === undefined) continue;
    url.searchParams.set(parameter.name, value);
    sent.push(parameter.name);
  }
  for (const [name, value] of Object.entries({ format: 'json', formatversion: '2', errorformat: 'plaintext', ...extra })) url.searchParams.set(name, value);
  return { url, sent };
}

describe.skipIf(!wikis)('OpenAPI document against the local wiki', () => {
  it.each<[string, Record<string, string>, string[] | undefined]>([
    ['/api.php/query/list/allpages', {}, undefined],
    ['/api.php/query/list/recentchanges', {}, undefined],
    ['/api.php/query/prop/revisions', { titles: 'Main Page' }, undefined],
    ['/api.php/query/meta/siteinfo', {}, undefined],
    ['/api.php/parse', { text: "''hello''", contentmodel: 'wikitext' }, undefined],
    ['/api.php/query', { list: 'allpages', prop: 'info', meta: 'siteinfo', generator: 'allpages' }, ['query.allpages.', 'query.info.', 'query.siteinfo.', 'query.allpages._g.']],
  ])('GET %s: every parameter from the document is recognized', async (path, extra, modules) => {
    const { url, sent } = requestFor(path, extra, modules);
    expect(sent.length).toBeGreaterThan(2);
    const response = await fetch(url);
    const body = (await response.json()) as { errors?: Array<{ code: string; text: string }>; warnings?: Array<{ code: string; text: string }> };
    expect(response.headers.get('mediawiki-api-error')).toBeNull();
    expect(body.errors ?? []).toEqual([]);
    const unrecognized = (body.warnings ?? []).filter((warning) => warning.code === 'unrecognizedparams' || /unrecognized parameter/i.test(warning.text));
    expect(unrecognized, `${url.search}`).toEqual([]);
  });

  it('openapi-typescript types compile with tsc, and openapi-fetch with the shipped rewrite calls the wiki', async () => {
    const typesFile = join(work, 'wiki-api.ts');
    // --default-non-nullable=false: otherwise openapi-typescript makes every body field with a default required.
    await run(join(root, 'node_modules/.bin/openapi-typescript'), [documentFile, '-o', typesFile, '--default-non-nullable=false'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    const rewrite = join(root, 'packages/openapi/src/rewrite.ts');
    const program = join(work, 'program.ts');
    writeFileSync(
      program,
      `import createClient from 'openapi-fetch';
import type { paths } from './wiki-api.ts';
import { apiPhpMiddleware } from ${JSON.stringify(rewrite)};

const client = createClient<paths>({
  baseUrl: process.argv[2] ?? 'http://127.0.0.1:8139',
  // MediaWiki wants multi-value parameters |-separated.
  querySerializer: { array: { style: 'pipeDelimited', explode: false } },
});
client.use(apiPhpMiddleware);

const pages = await client.GET('/api.php/query/list/allpages', {
  params: { query: { action: 'query', list: 'allpages', aplimit: 3, apnamespace: 0, prop: ['info'], format: 'json', formatversion: '2' } },
});
const parsed = await client.POST('/api.php/parse', {
  params: { query: { action: 'parse' } },
  body: { text: "''typed''", contentmodel: 'wikitext', prop: ['text'], format: 'json', formatversion: '2' },
  bodySerializer: (body) => new URLSearchParams(Object.entries(body ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value.join('|') : String(value)])),
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
});
if (process.argv[3] === 'never-true') {
  // @ts-expect-error the document only allows the module's own selector value
  await client.GET('/api.php/parse', { params: { query: { action: 'query' } } });
}
console.log(JSON.stringify({ pagesStatus: pages.response.status, pagesUrl: pages.response.url, pages: pages.data, parsedStatus: parsed.response.status, parsed: parsed.data }));
`,
    );
    const tsc = await run(
      join(root, 'node_modules/.bin/tsc'),
      ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--allowImportingTsExtensions', '--lib', 'es2022,dom', '--types', 'node', program],
      { cwd: work, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string; stderr?: string; code?: number }) => ({ stdout: `${error.stdout ?? ''}${error.stderr ?? ''}`, failed: error.code }));
    expect(tsc.stdout).toBe('');
    const server = new URL(wikis?.full.apiUrl ?? '').origin;
    const { stdout } = await run(join(root, 'node_modules/.bin/tsx'), [program, server], { cwd: work, maxBuffer: 16 * 1024 * 1024 });
    const result = JSON.parse(stdout) as { pagesStatus: number; pagesUrl: string; pages: { query?: { allpages?: unknown[] }; warnings?: unknown }; parsedStatus: number; parsed: { parse?: { text?: string } } };
    expect(result.pagesStatus).toBe(200);
    expect(result.pagesUrl.startsWith(`${server}/api.php?`)).toBe(true);
    expect(Array.isArray(result.pages.query?.allpages)).toBe(true);
    expect(result.pages.warnings).toBeUndefined();
    expect(result.parsedStatus).toBe(200);
    expect(result.parsed.parse?.text).toContain('<i>typed</i>');
  });
});
