import { describe, expect, it } from 'vitest';
import { createCookieJar } from './cookies.js';

const setCookie = (...lines: string[]) => {
  const h = new Headers();
  for (const line of lines) h.append('set-cookie', line);
  return h;
};

describe('cookie jar', () => {
  it('stores cookies from the wiki origin and sends them back there only', () => {
    const jar = createCookieJar('http://127.0.0.1:8080/w/api.php');
    jar.store('http://127.0.0.1:8080/w/api.php', setCookie('wiki_session=abc; path=/; HttpOnly', 'wikiUserID=7; path=/'));
    expect(jar.header('http://127.0.0.1:8080/w/api.php?action=query')).toBe('wiki_session=abc; wikiUserID=7');
    expect(jar.header('http://127.0.0.1:8081/w/api.php')).toBeUndefined();
    expect(jar.header('https://127.0.0.1:8080/w/api.php')).toBeUndefined();
    expect(jar.header('http://evil.example/w/api.php')).toBeUndefined();
  });

  it('ignores cookies set by another origin', () => {
    const jar = createCookieJar('http://127.0.0.1:8080/api.php');
    jar.store('http://other.example/api.php', setCookie('stolen=1; path=/'));
    jar.store('http://127.0.0.1:9999/api.php', setCookie('port=1; path=/'));
    expect(jar.header('http://127.0.0.1:8080/api.php')).toBeUndefined();
  });

  it('honours path, Secure, Max-Age and Expires, and replaces by name', () => {
    let t = Date.UTC(2024, 0, 1);
    const jar = createCookieJar('https://wiki.example/w/api.php', () => t);
    jar.store(
      'https://wiki.example/w/api.php',
      setCookie(
        'a=1; path=/w',
        'b=2; path=/other',
        's=3; path=/; Secure',
        'short=4; path=/; Max-Age=60',
        'gone=5; path=/; expires=Thu, 01 Jan 1970 00:00:01 GMT',
      ),
    );
    expect(jar.header('https://wiki.example/w/api.php')).toBe('a=1; s=3; short=4');
    jar.store('https://wiki.example/w/api.php', setCookie('a=9; path=/w'));
    t += 61_000;
    expect(jar.header('https://wiki.example/w/api.php')).toBe('a=9; s=3');
    jar.clear();
    expect(jar.header('https://wiki.example/w/api.php')).toBeUndefined();
  });

  it('defaults the path to the directory of the request', () => {
    const jar = createCookieJar('http://127.0.0.1/w/api.php');
    jar.store('http://127.0.0.1/w/api.php', setCookie('x=1'));
    expect(jar.header('http://127.0.0.1/w/index.php')).toBe('x=1');
    expect(jar.header('http://127.0.0.1/api.php')).toBeUndefined();
  });
});
