import { describe, expect, it } from 'vitest';
import { IgnoreFileError, isExpired, parseIgnoreFile } from './ignore.js';

describe('parseIgnoreFile', () => {
  it('reads entries', () => {
    const text = JSON.stringify({ ignore: [{ rule: 'enum-value-removed', module: 'main', parameter: 'format', reason: 'php output unused', expires: '2026-12-31' }, { rule: 'module-removed', module: 'tokens', reason: 'migrated' }] });
    expect(parseIgnoreFile(text, 'wikispec-ignore.json')).toEqual([
      { rule: 'enum-value-removed', module: 'main', parameter: 'format', reason: 'php output unused', expires: '2026-12-31' },
      { rule: 'module-removed', module: 'tokens', reason: 'migrated' },
    ]);
  });

  it.each([
    ['not an object', '[]', 'x.json: /: expected an object with an "ignore" array'],
    ['missing reason', '{"ignore":[{"rule":"a","module":"b"}]}', 'x.json: /ignore/0/reason: expected a non-empty string'],
    ['bad date', '{"ignore":[{"rule":"a","module":"b","reason":"c","expires":"2026-02-30"}]}', 'x.json: /ignore/0/expires: expected a date YYYY-MM-DD'],
    ['unknown key', '{"ignore":[{"rule":"a","module":"b","reason":"c","until":"x"}]}', 'x.json: /ignore/0/until: unknown key (allowed: rule, module, parameter, reason, expires)'],
  ])('rejects %s with a one-line error naming the entry', (_name, text, message) => {
    expect(() => parseIgnoreFile(text, 'x.json')).toThrow(IgnoreFileError);
    expect(() => parseIgnoreFile(text, 'x.json')).toThrow(message);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseIgnoreFile('{', 'x.json')).toThrow(/x\.json/);
  });
});

describe('isExpired', () => {
  const entry = { rule: 'a', module: 'b', reason: 'c', expires: '2026-06-15' };
  it('applies through the whole expiry day (UTC)', () => {
    expect(isExpired(entry, new Date('2026-06-15T23:59:59Z'))).toBe(false);
    expect(isExpired(entry, new Date('2026-06-16T00:00:00Z'))).toBe(true);
    expect(isExpired({ rule: 'a', module: 'b', reason: 'c' }, new Date('2999-01-01'))).toBe(false);
  });
});
