import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FORMAT, type ApiParameter, type Snapshot } from '@wikispec/snapshot';
import { createContext } from '../context.js';
import { parameterSchema } from './schema.js';

const snapshot: Snapshot = {
  format: SNAPSHOT_FORMAT,
  helpformat: 'wikitext',
  wiki: { extensions: [], namespaces: [{ id: 0, name: '' }, { id: 1, name: 'Talk' }, { id: -1, name: 'Special' }] },
  modules: [],
};
const param = (fields: Partial<ApiParameter>): ApiParameter => ({ index: 1, name: 'p', description: '', type: 'string', required: false, multi: false, ...fields });

describe('parameterSchema (3.1)', () => {
  const context = createContext(snapshot, {});
  it.each<[string, Partial<ApiParameter>, unknown]>([
    ['string', {}, { type: 'string' }],
    ['text keeps its MediaWiki type', { type: 'text' }, { type: 'string', 'x-mediawiki-type': 'text' }],
    ['integer with bounds (highmax wins for maximum)', { type: 'integer', min: 1, max: 50, highmax: 500 }, { type: 'integer', minimum: 1, maximum: 500, 'x-mediawiki-max': 50 }],
    [
      'limit as integer or "max", default typed',
      { type: 'limit', min: 1, max: 500, highmax: 5000, default: 10 },
      { oneOf: [{ type: 'integer', minimum: 1, maximum: 5000 }, { type: 'string', const: 'max' }], 'x-mediawiki-max': 500, 'x-mediawiki-highmax': 5000, default: 10 },
    ],
    ['boolean: only true (presence)', { type: 'boolean' }, { type: 'boolean', const: true, 'x-mediawiki-type': 'boolean' }],
    ['timestamp', { type: 'timestamp' }, { type: 'string', 'x-mediawiki-type': 'timestamp' }],
    ['namespace from siteinfo plus extra namespaces', { type: 'namespace', extranamespaces: [-2] }, { type: 'integer', enum: [-2, -1, 0, 1], 'x-mediawiki-type': 'namespace' }],
    ['upload', { type: 'upload' }, { type: 'string', contentMediaType: 'application/octet-stream' }],
    ['password', { type: 'password' }, { type: 'string', format: 'password', writeOnly: true }],
    ['enum with empty string and quotes', { type: ['', 'a "b"', 'c|d'], default: '' }, { type: 'string', enum: ['', 'a "b"', 'c|d'], default: '' }],
    ['empty enum accepts only ""', { type: [] }, { type: 'string', maxLength: 0, 'x-mediawiki-empty-enum': true }],
    ['default outside the enum is kept as an extension', { type: ['json'], default: 'jsonfm' }, { type: 'string', enum: ['json'], 'x-mediawiki-default': 'jsonfm' }],
    [
      'multi enum with allspecifier, limits and default',
      { type: ['a', 'b'], multi: true, allspecifier: '*', lowlimit: 50, highlimit: 500, default: 'a|b', deprecatedvalues: ['b'] },
      {
        type: 'array',
        items: { type: 'string', enum: ['a', 'b', '*'], 'x-mediawiki-deprecated-values': ['b'] },
        maxItems: 500,
        'x-mediawiki-lowlimit': 50,
        uniqueItems: true,
        'x-mediawiki-allspecifier': '*',
        default: ['a', 'b'],
      },
    ],
    ['deprecated', { deprecated: true }, { type: 'string', deprecated: true }],
  ])('%s', (_name, fields, want) => {
    expect(parameterSchema(context, param(fields))).toEqual(want);
  });
});

describe('parameterSchema (3.0)', () => {
  const context = createContext(snapshot, { version: '3.0' });
  it.each<[string, Partial<ApiParameter>, unknown]>([
    ['boolean as a one-value enum', { type: 'boolean' }, { type: 'boolean', enum: [true], 'x-mediawiki-type': 'boolean' }],
    ['upload as binary', { type: 'upload' }, { type: 'string', format: 'binary' }],
    ['limit "max" as a one-value enum', { type: 'limit', min: 1, max: 10 }, { oneOf: [{ type: 'integer', minimum: 1, maximum: 10 }, { type: 'string', enum: ['max'] }], 'x-mediawiki-max': 10 }],
  ])('%s', (_name, fields, want) => {
    expect(parameterSchema(context, param(fields))).toEqual(want);
  });
});
