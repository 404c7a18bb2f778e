import { describe, expect, it } from 'vitest';
import { encodeParams, encodeValue } from './encode.js';
import type { ParamValue } from './types.js';

describe('encodeValue', () => {
  const cases: [string, ParamValue, string | undefined][] = [
    ['string', 'Main Page', 'Main Page'],
    ['empty string', '', ''],
    ['number', 42, '42'],
    ['zero', 0, '0'],
    ['true is an empty string', true, ''],
    ['false is omitted', false, undefined],
    ['undefined is omitted', undefined, undefined],
    ['null is omitted', null, undefined],
    ['Date at whole seconds', new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), '2024-01-02T03:04:05Z'],
    ['Date with milliseconds', new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)), '2024-01-02T03:04:05.678Z'],
    ['multi-value joined with |', ['text', 'categories'], 'text|categories'],
    ['multi-value of numbers', [1, 2, 3], '1|2|3'],
    ['multi-value containing | uses \\x1f', ['a|b', 'c'], '\x1fa|b\x1fc'],
    ['single multi-value', ['only'], 'only'],
    ['empty multi-value', [], ''],
    ['multi-value of dates', [new Date(Date.UTC(2020, 5, 1))], '2020-06-01T00:00:00Z'],
  ];
  it.each(cases)('%s', (_name, given, want) => {
    expect(encodeValue(given)).toBe(want);
  });

  it('keeps a Blob as is', () => {
    const blob = new Blob(['x']);
    expect(encodeValue(blob)).toBe(blob);
  });
});

describe('encodeParams', () => {
  it('omits false values and puts token parameters last', () => {
    expect(
      encodeParams({ action: 'edit', token: 'abc+\\', title: 'A', minor: false, bot: true, lgtoken: 'x', text: 'hi' }),
    ).toEqual([
      ['action', 'edit'],
      ['title', 'A'],
      ['bot', ''],
      ['text', 'hi'],
      ['token', 'abc+\\'],
      ['lgtoken', 'x'],
    ]);
  });
});
