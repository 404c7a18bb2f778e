import { describe, expect, it } from 'vitest';
import { createSecretStore, REDACTED, redactDeep, redactUrl } from './redact.js';

describe('redactUrl', () => {
  it.each([
    ['http://bob:pw@wiki.example/w/api.php', 'http://wiki.example/w/api.php'],
    ['https://bob@wiki.example:8080/w/api.php?action=query', 'https://wiki.example:8080/w/api.php?action=query'],
    // WHATWG URLs take everything up to the last `@` before the path as userinfo.
    ['http://bob:p@ss@wiki.example/api.php', 'http://wiki.example/api.php'],
    ['HTTP://bob:Pw-%C3%A9@127.0.0.1:1/w/api.php', 'HTTP://127.0.0.1:1/w/api.php'],
    ['cannot reach http://a:b@x.example/api.php: refused; then https://c:d@y.example/', 'cannot reach http://x.example/api.php: refused; then https://y.example/'],
  ])('%s', (text, want) => {
    expect(redactUrl(text)).toBe(want);
  });

  it.each([
    'http://wiki.example/w/index.php?title=User:Bob@home',
    'https://wiki.example/w/api.php#me@there',
    'mail bob@example.org about it',
    'See https://wiki.example/w/api.php for API usage.',
  ])('leaves %s alone', (text) => {
    expect(redactUrl(text)).toBe(text);
  });
});

describe('redactDeep', () => {
  it('applies the redaction to every string, keys included, and keeps the shape', () => {
    const value = { errors: [{ code: 'x', text: 'a SECRET b', data: { SECRET: ['SECRET', 1, true, null] } }], n: 2, u: undefined };
    const out = redactDeep(value, (text) => text.split('SECRET').join(REDACTED));
    expect(out).toEqual({ errors: [{ code: 'x', text: 'a [redacted] b', data: { '[redacted]': ['[redacted]', 1, true, null] } }], n: 2, u: undefined });
    expect(Array.isArray(out.errors)).toBe(true);
    expect(value.errors[0]?.text).toBe('a SECRET b'); // a copy: the input is untouched
  });
});

describe('createSecretStore', () => {
  it('redacts remembered values in raw and encoded forms, and userinfo of URLs', () => {
    const store = createSecretStore();
    store.add('tok+\\');
    store.add('+\\'); // too short to be a secret: the anonymous token
    expect(store.redact('t=tok+\\ u=tok%2B%5C anon=+\\ at http://u:p@h.example/x')).toBe('t=[redacted] u=[redacted] anon=+\\ at http://h.example/x');
  });
});
