import { describe, expect, it } from 'vitest';
import { ts } from 'ts-morph';
import { codeSpan, escapeDocText } from './doc.js';

describe('escapeDocText', () => {
  const cases: Array<[string, { given: string; want: string }]> = [
    ['closing comment', { given: 'ends */ here', want: 'ends *\\/ here' }],
    ['closing comment twice', { given: '**/*/', want: '**\\/*\\/' }],
    ['line-leading @ is not a tag', { given: 'x\n@deprecated no', want: 'x\n\\@deprecated no' }],
    ['inline tag start', { given: 'see {@link x}', want: 'see {\\@link x}' }],
    ['@ inside a word stays', { given: 'user@example.org', want: 'user@example.org' }],
    ['CR LF and line separators', { given: 'a\r\nb\rc\u2028d\u2029e', want: 'a\nb\nc\nd\ne' }],
    ['control characters dropped', { given: 'a\u0000b\u0007c', want: 'abc' }],
    ['blank line runs collapse', { given: 'a\n\n\n\nb', want: 'a\n\nb' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(escapeDocText(given)).toBe(want);
  });

  it('keeps any text inside one comment (TypeScript sees one JSDoc and the declaration after it)', () => {
    const nasty = 'a */ b /* c `d` ${e} \\ f\u2028@param x\r\n*/';
    const source = `/** ${escapeDocText(nasty)} */\nexport const x = 1;\n`;
    const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
    expect(file.statements).toHaveLength(1);
    const docs = ts.getJSDocCommentsAndTags(file.statements[0] as ts.Node);
    expect(docs).toHaveLength(1);
    expect(ts.getJSDocTags(file.statements[0] as ts.Node)).toHaveLength(0);
  });
});

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run', () => {
    expect(codeSpan('a')).toBe('`a`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('')).toBe('`  `');
  });
});
