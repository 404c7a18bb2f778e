import { describe, expect, it } from 'vitest';
import type { ApiParameter, Snapshot } from '@wikispec/snapshot';
import { parameterType } from './param-types.js';

const snapshot = { wiki: { extensions: [], namespaces: [{ id: -2, name: 'Media' }, { id: -1, name: 'Special' }, { id: 0, name: '' }, { id: 4, name: 'Project' }] } } as unknown as Snapshot;
const param = (type: ApiParameter['type'], extra: Partial<ApiParameter> = {}): ApiParameter => ({ index: 1, name: 'p', description: '', type, required: false, multi: false, ...extra });

describe('parameterType', () => {
  const cases: Array<[string, { given: ApiParameter; want: string }]> = [
    ['enum: literal union in code-unit order', { given: param(['b', 'B', 'a']), want: '"B" | "a" | "b"' }],
    ['empty enum: never', { given: param([]), want: 'never' }],
    ['empty multi enum: an empty list only', { given: param([], { multi: true }), want: 'readonly never[]' }],
    ['multi enum with allspecifier', { given: param(['x', 'y'], { multi: true, allspecifier: '*' }), want: 'Multi<"x" | "y" | "*">' }],
    ['enum values with quotes, backslashes and newlines', { given: param(['a"b', 'c\\d', 'e\nf']), want: '"a\\"b" | "c\\\\d" | "e\\nf"' }],
    ['limit', { given: param('limit'), want: "number | 'max'" }],
    ['integer and float', { given: param('integer'), want: 'number' }],
    ['multi integer', { given: param('integer', { multi: true }), want: 'Multi<number>' }],
    ['boolean', { given: param('boolean'), want: 'boolean' }],
    ['timestamp', { given: param('timestamp'), want: 'string | Date' }],
    ['multi timestamp', { given: param('timestamp', { multi: true }), want: 'Multi<string | Date>' }],
    ['namespace: the wiki ids (non-negative) plus extra ones', { given: param('namespace', { extranamespaces: [-1] }), want: '(-1) | 0 | 4' }],
    ['multi namespace with allspecifier', { given: param('namespace', { multi: true, allspecifier: '*' }), want: 'Multi<0 | 4 | "*">' }],
    ['upload: Blob', { given: param('upload'), want: 'Blob' }],
    ['string-like named types', { given: param('title'), want: 'string' }],
    ['a type a newer MediaWiki invents: string', { given: param('hologram'), want: 'string' }],
    ['multi string', { given: param('user', { multi: true }), want: 'Multi<string>' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(parameterType(snapshot, given)).toBe(want);
  });
});
