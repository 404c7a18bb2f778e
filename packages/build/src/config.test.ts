import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from './config-schema.js';
import { createConfigText, parseConfig, resolveConfig, selectWikis, validateWikiName } from './config.js';
import { ConfigError } from './errors.js';

const root = new URL('../../../', import.meta.url);

describe('validateWikiName', () => {
  it.each([
    ['../x', /is a path/],
    ['/etc', /is a path/],
    ['a/b', /is a path/],
    ['a\\b', /is a path/],
    ['..', /not allowed/],
    ['a..b', /not allowed/],
    ['.', /not allowed/],
    ['', /non-empty/],
    ['white space', /not allowed/],
    ['site', /reserved/],
  ])('refuses %j', (name, message) => {
    expect(() => validateWikiName(name)).toThrow(ConfigError);
    expect(() => validateWikiName(name)).toThrow(message);
  });
  it.each(['mw-1.39-core', 'en.wikipedia', 'A_b-9', '.hidden'])('accepts %j', (name) => {
    expect(validateWikiName(name)).toBe(name);
  });
});

describe('parseConfig', () => {
  it.each([
    ['not JSON', '{', /wikispec\.config\.json/],
    ['no wikis', '{"wikis": []}', /\/wikis: expected a non-empty array/],
    ['unknown key', '{"wikis": [{"name": "a", "apiUrl": "https://x/api.php", "colour": 1}]}', /\/wikis\/0\/colour: unknown key/],
    ['no source', '{"wikis": [{"name": "a"}]}', /needs "apiUrl" or "snapshot"/],
    ['bad URL', '{"wikis": [{"name": "a", "apiUrl": "ftp://x"}]}', /not an http\(s\) URL/],
    ['escaping name', '{"wikis": [{"name": "../x", "apiUrl": "https://x/api.php"}]}', /\/wikis\/0\/name: wiki name "\.\.\/x" is a path/],
    ['duplicate', '{"wikis": [{"name": "a", "snapshot": "a.json"}, {"name": "A", "snapshot": "b.json"}]}', /duplicate wiki name/],
    ['bad output', '{"wikis": [{"name": "a", "snapshot": "a.json", "outputs": ["pdf"]}]}', /unknown output "pdf"/],
    ['bad concurrency', '{"concurrency": 0, "wikis": [{"name": "a", "snapshot": "a.json"}]}', /concurrency: expected an integer/],
  ])('refuses %s with a pointer', (_name, text, message) => {
    expect(() => parseConfig(text, 'wikispec.config.json')).toThrow(message);
  });

  it('applies defaults and resolves paths against the config directory', () => {
    const file = parseConfig(
      JSON.stringify({ userAgent: 'ua', defaults: { outputs: ['snapshot', 'openapi-json'], helpformat: 'none' }, wikis: [{ name: 'one', snapshot: 's/one.json' }, { name: 'two', apiUrl: 'https://two.example/w/api.php', outputs: ['snapshot'], client: { packageName: '@x/two' } }] }),
    );
    const config = resolveConfig(file, '/base');
    expect(config.outDir).toBe('/base/generated');
    expect(config.concurrency).toBe(4);
    expect(config.wikis[0]).toMatchObject({ name: 'one', snapshot: '/base/s/one.json', userAgent: 'ua', helpformat: 'none', clientPackageName: 'one-api-client', openapiVersion: '3.1.0' });
    expect([...(config.wikis[0]?.outputs ?? [])]).toEqual(['snapshot', 'openapi-json']);
    expect([...(config.wikis[1]?.outputs ?? [])]).toEqual(['snapshot']);
    expect(config.wikis[1]?.clientPackageName).toBe('@x/two');
    expect(selectWikis(config, ['two']).map((wiki) => wiki.name)).toEqual(['two']);
    expect(() => selectWikis(config, ['three'])).toThrow(/unknown wiki\(s\): three/);
  });
});

describe('createConfigText', () => {
  it('writes a valid config for one wiki named after the host', () => {
    const text = createConfigText('https://en.wikipedia.org/w/api.php');
    const file = parseConfig(text);
    expect(file.wikis).toEqual([expect.objectContaining({ name: 'en.wikipedia.org', apiUrl: 'https://en.wikipedia.org/w/api.php' })]);
    expect(file.$schema).toMatch(/schema\.json$/);
  });
  it('refuses what is not an http(s) URL', () => {
    expect(() => createConfigText('not a url')).toThrow(/is not a URL/);
    expect(() => createConfigText('file:///etc/passwd')).toThrow(/not an http\(s\) URL/);
  });
});

describe('the repository files', () => {
  it('wikispec.config.schema.json is CONFIG_SCHEMA serialized', () => {
    expect(readFileSync(new URL('wikispec.config.schema.json', root), 'utf8')).toBe(`${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
  });
  it('wikispec.config.json is valid and lists the two bundled wikis with offline snapshots', () => {
    const file = parseConfig(readFileSync(new URL('wikispec.config.json', root), 'utf8'), 'wikispec.config.json');
    expect(file.wikis.map((wiki) => [wiki.name, wiki.apiUrl, wiki.snapshot])).toEqual([
      ['mw-1.39-core', 'http://127.0.0.1:8138/api.php', 'generated/mw-1.39-core/snapshot.json'],
      ['mw-1.39-full', 'http://127.0.0.1:8139/api.php', 'generated/mw-1.39-full/snapshot.json'],
    ]);
  });
});
