import { describe, expect, it } from 'vitest';
import { indexModules, parseSnapshot } from '@wikispec/snapshot';
import { readFileSync } from 'node:fs';
import { encodeKeyPart, moduleKey, virtualPath } from './keys.js';

describe('encodeKeyPart', () => {
  it.each([
    ['allpages', 'allpages'],
    ['my-module', 'my-module'],
    ['$ref', '_u24_ref'],
    ['__proto__', '____proto____'],
    ['dotted.name', 'dotted_u2e_name'],
    ['', '_e_'],
    ['ü', '_ufc_'],
  ])('%s -> %s', (given, want) => {
    expect(encodeKeyPart(given)).toBe(want);
    expect(want).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('is injective on names that naive escaping would merge', () => {
    const names = ['a_b', 'a.b', 'a-b', 'a__b', 'a_u2e_b', 'a+b', 'a b', '_', '__'];
    expect(new Set(names.map(encodeKeyPart)).size).toBe(names.length);
  });
});

describe('moduleKey and virtualPath', () => {
  const hostile = parseSnapshot(readFileSync(new URL('../../../test/fixtures/hostile/snapshot.json', import.meta.url), 'utf8'));
  const modules = indexModules(hostile);
  it.each([
    ['query+all-pages', 'query.all-pages', '/api.php/query/list/all-pages'],
    ['query+$ref', 'query._u24_ref', '/api.php/query/list/%24ref'],
    ['query+info.x', 'query.info_u2e_x', '/api.php/query/prop/info.x'],
    ['dotted.name', 'dotted_u2e_name', '/api.php/dotted.name'],
    ['__proto__', '____proto____', '/api.php/__proto__'],
  ])('%s', (path, key, virtual) => {
    const module = modules.get(path);
    expect(module).toBeDefined();
    expect(moduleKey(path)).toBe(key);
    expect(virtualPath(module!, modules)).toBe(virtual);
  });
});
