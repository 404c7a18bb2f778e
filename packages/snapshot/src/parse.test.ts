import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FORMAT, SnapshotError, countSnapshot, parseSnapshot, serializeSnapshot } from './index.js';

const capture = (name: string) => readFileSync(new URL(`../../../test/fixtures/wikis/${name}/paraminfo-capture.json`, import.meta.url), 'utf8');

function parseError(input: unknown, source = 'x.json'): SnapshotError {
  try {
    parseSnapshot(input, { source });
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
  throw new Error('expected parseSnapshot to throw');
}

describe('parseSnapshot on real captures', () => {
  it.each([
    ['mw-1.39-core', { modules: 121, parameters: 955, templatedParameters: 8 }],
    ['mw-1.39-full', { modules: 142, parameters: 1071, templatedParameters: 9 }],
  ])('reads the raw %s capture with every module and parameter', (name, counts) => {
    const snapshot = parseSnapshot(capture(name), { source: name });
    expect(snapshot.format).toBe(SNAPSHOT_FORMAT);
    expect(countSnapshot(snapshot)).toEqual(counts);
    expect(snapshot.helpformat).toBe('wikitext');
    expect(snapshot.wiki).toMatchObject({ sitename: 'LocalWiki', mediawikiVersion: '1.39.17', apiUrl: 'http://127.0.0.1:8139/api.php', articlepath: '/index.php/$1' });
    expect(snapshot.wiki).not.toHaveProperty('time');
  });

  it('keeps modules in code-unit path order and parameters in API order', () => {
    const snapshot = parseSnapshot(capture('mw-1.39-full'));
    const paths = snapshot.modules.map((module) => module.path);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const allpages = snapshot.modules.find((module) => module.path === 'query+allpages');
    expect(allpages?.prefix).toBe('ap');
    expect(allpages?.parameters.map((parameter) => parameter.index)).toEqual(allpages?.parameters.map((_, position) => position + 1));
  });

  it('keeps flags only when true and carries extension data', () => {
    const snapshot = parseSnapshot(capture('mw-1.39-full'));
    const edit = snapshot.modules.find((module) => module.path === 'edit');
    expect(edit).toMatchObject({ mustbeposted: true, writerights: true, readrights: true });
    expect(edit).not.toHaveProperty('internal');
    expect(snapshot.wiki.extensions.find((extension) => extension.name === 'ConfirmEdit')).toEqual({ type: 'antispam', name: 'ConfirmEdit', version: '1.6.0' });
    expect(snapshot.wiki.namespaces[0]).toMatchObject({ id: -2, canonical: 'Media' });
  });

  it('round-trips: parse(serialize(s)) serializes to the same bytes, and serialize is stable', () => {
    const snapshot = parseSnapshot(capture('mw-1.39-core'));
    const text = serializeSnapshot(snapshot);
    expect(parseSnapshot(text)).toEqual(snapshot);
    expect(serializeSnapshot(parseSnapshot(text))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "wikispec-snapshot/1",\n  "wiki": {')).toBe(true);
  });

  it('gives the same bytes whatever order modules and keys arrive in', () => {
    const raw = JSON.parse(capture('mw-1.39-core')) as { paraminfo: { modules: Array<Record<string, unknown>> } };
    const shuffled = structuredClone(raw);
    shuffled.paraminfo.modules.reverse();
    shuffled.paraminfo.modules = shuffled.paraminfo.modules.map((module) => Object.fromEntries(Object.entries(module).reverse()));
    expect(serializeSnapshot(parseSnapshot(shuffled))).toBe(serializeSnapshot(parseSnapshot(raw)));
  });
});

describe('parseSnapshot errors name the source and JSON pointer', () => {
  const minimal = (modules: unknown) => ({ format: SNAPSHOT_FORMAT, wiki: { extensions: [], namespaces: [] }, helpformat: 'none', modules });

  it.each<[string, unknown, string]>([
    ['a wrong parameter type', minimal([{ path: 'x', parameters: [{ name: 'a', type: null }] }]), 'x.json: /modules/0/parameters/0/type: expected string or string[], got null'],
    ['a missing path', minimal([{ name: 'x' }]), 'x.json: /modules/0/path: expected a string, got undefined undefined'],
    ['duplicate paths', minimal([{ path: 'x' }, { path: 'x' }]), 'x.json: /modules/1/path: duplicate module path "x"'],
    ['duplicate parameters', minimal([{ path: 'x', parameters: [{ name: 'a', type: 'string' }, { name: 'a', type: 'string' }] }]), 'x.json: /modules/0/parameters/1/name: duplicate parameter name "a"'],
    ['a bad flag', minimal([{ path: 'x', mustbeposted: 'yes' }]), 'x.json: /modules/0/mustbeposted: expected a boolean, got the string "yes"'],
    ['an unknown format version', { format: 'wikispec-snapshot/9' }, 'x.json: /format: unsupported snapshot format version "wikispec-snapshot/9"; this wikispec reads wikispec-snapshot/1'],
    ['an API error response', { error: { code: 'badvalue', info: 'Unrecognized value' } }, 'x.json: /error: this is an API error response, not paraminfo: badvalue: Unrecognized value'],
    ['an unrelated JSON document', { hello: 1 }, 'x.json: /: not a wikispec snapshot or paraminfo response: expected a "format" key (wikispec snapshot) or a "paraminfo" key (raw action=paraminfo response)'],
    ['a JSON array', [], 'x.json: /: expected an object, got an array'],
    ['a paraminfo response without modules', { paraminfo: { modules: [] } }, 'x.json: /paraminfo/modules: the paraminfo response lists no modules'],
  ])('%s', (_name, input, message) => {
    expect(parseError(input).message).toBe(message);
  });

  it('reports JSON syntax errors with line and column', () => {
    expect(parseError('{\n  "a": 1,,\n}').message).toMatch(/^x\.json: JSON syntax error at line 2, column 10: /);
    expect(parseError('{"paraminfo": {"modules": [').message).toMatch(/^x\.json: JSON syntax error at line 1, column 28: /);
  });

  it('reports an empty file as such', () => {
    expect(parseError('  \n').message).toBe('x.json: the file is empty; expected a wikispec snapshot or a paraminfo response (JSON)');
  });
});

describe('parseSnapshot accepts raw paraminfo variants', () => {
  it('reads formatversion=1 flags ("" for true) and a siteinfo merged under query', () => {
    const snapshot = parseSnapshot({
      query: { general: { sitename: 'W', generator: 'MediaWiki 1.35.0', server: '//w.example', scriptpath: '/w' } },
      paraminfo: { modules: [{ path: 'edit', name: 'edit', mustbeposted: '', parameters: [{ name: 'title', type: 'title', required: '' }] }] },
    });
    expect(snapshot.wiki).toMatchObject({ sitename: 'W', mediawikiVersion: '1.35.0', apiUrl: 'https://w.example/w/api.php' });
    expect(snapshot.modules[0]).toMatchObject({ mustbeposted: true, parameters: [{ name: 'title', required: true, multi: false, index: 1 }] });
  });

  it('takes apiUrl from the caller when the file does not say', () => {
    const snapshot = parseSnapshot({ paraminfo: { modules: [{ path: 'main' }] } }, { apiUrl: 'http://127.0.0.1:1/api.php' });
    expect(snapshot.wiki.apiUrl).toBe('http://127.0.0.1:1/api.php');
    expect(snapshot.helpformat).toBe('none');
  });

  it('keeps a key named __proto__ as data, not as a prototype', () => {
    const snapshot = parseSnapshot('{"paraminfo":{"modules":[{"path":"main","parameters":[{"name":"action","type":["__proto__"],"submodules":{"__proto__":"x"}}]}]}}');
    const submodules = snapshot.modules[0]?.parameters[0]?.submodules ?? {};
    expect(Object.keys(submodules)).toEqual(['__proto__']);
    expect(serializeSnapshot(snapshot)).toContain('"__proto__": "x"');
  });
});
