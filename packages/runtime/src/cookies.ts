import type { CookieStore } from './transport.js';

interface Cookie {
  name: string;
  value: string;
  path: string;
  secure: boolean;
  expires: number;
}

/**
 * A cookie jar for Node, scoped to one origin (the wiki's): cookies set by any other origin are ignored and none are
 * ever sent to another origin. Browsers manage cookies themselves (use `credentials: 'include'`).
 */
export function createCookieJar(apiUrl: string | URL, now: () => number = Date.now): CookieStore {
  const origin = new URL(apiUrl).origin;
  const jar = new Map<string, Cookie>();
  return {
    header(url) {
      const target = new URL(url);
      if (target.origin !== origin) return undefined;
      const pairs: string[] = [];
      for (const c of jar.values()) {
        if (c.expires <= now() || (c.secure && target.protocol !== 'https:')) continue;
        if (target.pathname === c.path || target.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`)) {
          pairs.push(`${c.name}=${c.value}`);
        }
      }
      return pairs.length > 0 ? pairs.join('; ') : undefined;
    },
    store(url, headers) {
      const source = new URL(url);
      if (source.origin !== origin) return;
      for (const line of headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';');
        const eq = pair.indexOf('=');
        if (eq < 1) continue;
        const cookie: Cookie = {
          name: pair.slice(0, eq).trim(),
          value: pair.slice(eq + 1).trim(),
          path: source.pathname.replace(/\/[^/]*$/, '') || '/',
          secure: false,
          expires: Infinity,
        };
        for (const attribute of attributes) {
          const [key = '', value = ''] = attribute.split('=').map((s) => s.trim());
          const k = key.toLowerCase();
          if (k === 'path' && value.startsWith('/')) cookie.path = value;
          else if (k === 'secure') cookie.secure = true;
          else if (k === 'max-age') cookie.expires = now() + Number(value) * 1000;
          else if (k === 'expires' && cookie.expires === Infinity) cookie.expires = Date.parse(value) || Infinity;
        }
        jar.set(`${cookie.name};${cookie.path}`, cookie);
      }
    },
    clear() {
      jar.clear();
    },
  };
}
