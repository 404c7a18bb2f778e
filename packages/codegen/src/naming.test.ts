import { describe, expect, it } from 'vitest';
import { pascalCase, reservedNames, stringLiteral, templateLiteralText, toIdentifier, typePropertyKey, valuePropertyKey } from './naming.js';

describe('toIdentifier', () => {
  const cases: Array<[string, { given: string[]; want: string[] }]> = [
    ['plain names pass through', { given: ['EditParams', 'parse'], want: ['EditParams', 'parse'] }],
    ['reserved words get a suffix', { given: ['delete', 'default', 'import', 'constructor', '__proto__', 'continue'], want: ['delete_2', 'default_2', 'import_2', 'constructor_2', '__proto___2', 'continue_2'] }],
    ['runtime export names are taken', { given: ['MediaWikiApiError', 'createApiClient'], want: ['MediaWikiApiError_2', 'createApiClient_2'] }],
    ['duplicates get increasing suffixes', { given: ['Foo', 'Foo', 'Foo'], want: ['Foo', 'Foo_2', 'Foo_3'] }],
    ['a suffixed name that is itself taken moves on', { given: ['Foo_2', 'Foo', 'Foo'], want: ['Foo_2', 'Foo', 'Foo_3'] }],
    ['invalid characters become _', { given: ['my-module', 'dotted.name', 'a b'], want: ['my_module', 'dotted_name', 'a_b'] }],
    ['leading digits and empty names', { given: ['1st', ''], want: ['_1st', '_'] }],
    ['non-ASCII as hex', { given: ['ünï', '☃'], want: ['xfcnxef', 'x2603'] }],
    ['$ stays valid', { given: ['$ref'], want: ['$ref'] }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    const taken = reservedNames();
    expect(given.map((name) => toIdentifier(name, taken))).toEqual(want);
  });

  it('gives the same names for the same call order (deterministic)', () => {
    const names = ['a-b', 'a_b', 'a.b', 'delete', 'delete_2'];
    expect(names.map((n) => toIdentifier(n, reservedNames()))).toEqual(names.map((n) => toIdentifier(n, reservedNames())));
    const taken = reservedNames();
    expect(names.map((n) => toIdentifier(n, taken))).toEqual(['a_b', 'a_b_2', 'a_b_3', 'delete_2', 'delete_2_2']);
  });
});

describe('property keys and literals', () => {
  const cases: Array<[string, { given: string; type: string; value: string }]> = [
    ['identifier', { given: 'aplimit', type: 'aplimit', value: 'aplimit' }],
    ['dash', { given: 'my-prop', type: '"my-prop"', value: '"my-prop"' }],
    ['reserved words are fine as property names', { given: 'delete', type: 'delete', value: 'delete' }],
    ['__proto__ is quoted in types and computed in values', { given: '__proto__', type: '"__proto__"', value: '["__proto__"]' }],
    ['quotes and backslashes', { given: 'a"b\\c', type: '"a\\"b\\\\c"', value: '"a\\"b\\\\c"' }],
    ['newline', { given: 'a\nb', type: '"a\\nb"', value: '"a\\nb"' }],
    ['empty', { given: '', type: '""', value: '""' }],
  ];
  it.each(cases)('%s', (_name, { given, type, value }) => {
    expect(typePropertyKey(given)).toBe(type);
    expect(valuePropertyKey(given)).toBe(value);
  });

  it('escapes line separators and lone surrogates in string literals', () => {
    expect(stringLiteral('a\u2028b\u2029')).toBe('"a\\u2028b\\u2029"');
    expect(stringLiteral('\ud800')).toBe('"\\ud800"');
    expect(JSON.parse(stringLiteral('x\u2028'))).toBe('x\u2028');
  });

  it('escapes template literal type text', () => {
    expect(templateLiteralText('a`b${c}\\d\n')).toBe('a\\`b\\${c}\\\\d\\u000a');
  });

  // ts-morph's writer takes a quote after a backslash for an escaped one (see stringLiteral): no literal ends in one.
  it('writes a trailing backslash as \\u005c, so no closing quote or backtick follows a backslash', () => {
    const values = ['\\', 'a\\', '\\\\', '"\\', 'a\\b', '\\"'];
    for (const value of values) {
      const literal = stringLiteral(value);
      expect(JSON.parse(literal), literal).toBe(value);
      expect(literal.slice(0, -1), literal).not.toMatch(/\\$/);
      expect(new Function(`return ${literal};`)(), literal).toBe(value);
      const text = templateLiteralText(value);
      expect(text, text).not.toMatch(/\\\\$/);
      expect(new Function(`return \`${text}\`;`)(), text).toBe(value);
    }
    expect(stringLiteral('\\')).toBe('"\\u005c"');
    expect(stringLiteral('a\\b')).toBe('"a\\\\b"');
    expect(templateLiteralText('x\\')).toBe('x\\u005c');
  });

  it('pascal-cases module paths', () => {
    expect(pascalCase('query+allpages')).toBe('QueryAllpages');
    expect(pascalCase('my-module')).toBe('MyModule');
    expect(pascalCase('__proto__')).toBe('Proto');
    expect(pascalCase('+++')).toBe('');
  });
});
