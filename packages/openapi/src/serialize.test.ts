import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseSnapshot } from '@wikispec/snapshot';
import { serializeOpenApi } from './serialize.js';
import { toOpenApi } from './to-openapi.js';

const hostile = parseSnapshot(readFileSync(new URL('../../../test/fixtures/hostile/snapshot.json', import.meta.url), 'utf8'));

describe('serializeOpenApi', () => {
  it('keeps small containers on one line and ends with a newline', () => {
    const text = serializeOpenApi({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { parameters: { a: { $ref: '#/x' } as never } } });
    expect(text).toBe('{\n  "openapi": "3.1.0",\n  "info": { "title": "t", "version": "1" },\n  "paths": {},\n  "components": { "parameters": { "a": { "$ref": "#/x" } } }\n}\n');
  });

  it.each(['3.1', '3.0'] as const)('writes JSON and YAML that parse back to the same document (%s, hostile fixture)', (version) => {
    const document = toOpenApi(hostile, { version });
    const json = serializeOpenApi(document, 'json');
    const yaml = serializeOpenApi(document, 'yaml');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(document)));
    expect(parseYaml(yaml)).toEqual(JSON.parse(json));
    expect(yaml).not.toMatch(/[&*]a\d+\b|^\s*<<:/m);
    expect(serializeOpenApi(toOpenApi(hostile, { version }), 'json')).toBe(json);
    expect(serializeOpenApi(toOpenApi(hostile, { version }), 'yaml')).toBe(yaml);
  });
});
