// Regression tests for JSON syntax errors (found by the hardening work): Node 20's JSON.parse messages often carry no
// position and embed the input's newlines, which made `wikispec` print "JSON syntax error: Unexpected token '{', ..."
// with no line or column, cut mid-message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SnapshotError } from './errors.js';
import { locateJsonError, parseJsonText } from './parse-json.js';

function syntaxError(text: string): string {
  try {
    parseJsonText(text, 'x.json');
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotError);
    return (error as Error).message;
  }
  throw new Error('expected a syntax error');
}

describe('JSON syntax errors', () => {
  it.each([
    ['a missing colon (Node 20 gives no position)', '{\n  "format": "x",\n  "wiki" {}\n}', "x.json: JSON syntax error at line 3, column 10: unexpected \"{\", expected ':' after a property name"],
    ['a trailing comma in an array', '{\n "a": [1, 2,]\n}', 'x.json: JSON syntax error at line 2, column 13: unexpected "]", expected a value'],
    ['a doubled comma', '{\n  "a": 1,,\n}', 'x.json: JSON syntax error at line 2, column 10: unexpected ",", expected a double-quoted property name'],
    ['the end of the input', '{"paraminfo": {"modules": [', 'x.json: JSON syntax error at line 1, column 28: unexpected end of input, expected a value'],
    ['a raw newline in a string', '{"a": "x\ny"}', 'x.json: JSON syntax error at line 1, column 9: control character in a string (escape it, e.g. \\n)'],
    ['data after the value', '{}\n{}', 'x.json: JSON syntax error at line 2, column 1: unexpected "{" after the end of the JSON value'],
    ['single quotes', "{'a': 1}", 'x.json: JSON syntax error at line 1, column 2: unexpected "\'", expected a double-quoted property name'],
    ['a bad escape', '["\\x"]', 'x.json: JSON syntax error at line 1, column 3: invalid escape in a string'],
    ['a leading zero', '[01]', "x.json: JSON syntax error at line 1, column 3: unexpected \"1\", expected ',' or ']'"],
    ['an unclosed object', '{"a": 1', "x.json: JSON syntax error at line 1, column 8: unexpected end of input, expected ',' or '}'"],
  ])('%s: one line with line and column', (_label, text, expected) => {
    const message = syntaxError(text);
    expect(message).toBe(expected);
    expect(message).not.toContain('\n');
  });

  it('agrees with JSON.parse on what is valid, and always gives a position for invalid text', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.json().chain((text) => fc.tuple(fc.nat(text.length), fc.constantFrom('', ',', '}', ']', '"', ':', '\n', 'x', '{', '[')).map(([cut, insert]) => text.slice(0, cut) + insert + text.slice(cut))),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const located = locateJsonError(text);
        expect(located === undefined).toBe(valid);
        if (located) expect(located.position).toBeLessThanOrEqual(text.length);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('empty files', () => {
  // Regression: build configs and diff ignore files share parseJsonText, and an empty config was reported as
  // "expected a wikispec snapshot or a paraminfo response".
  it('say what was expected: JSON by default, a snapshot only when reading snapshots', () => {
    expect(() => parseJsonText(' \n', 'wikispec.config.json')).toThrow(/^wikispec\.config\.json: the file is empty; expected JSON$/);
    expect(() => parseJsonText('', 'ignore.json', 'an ignore file (JSON)')).toThrow(/^ignore\.json: the file is empty; expected an ignore file \(JSON\)$/);
  });
});
