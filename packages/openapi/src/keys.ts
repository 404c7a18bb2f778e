import type { ApiModule, Snapshot } from '@wikispec/snapshot';

/**
 * Encodes a name for a component key (`^[a-zA-Z0-9._-]+$`) injectively: letters, digits and `-` stay, `_` becomes
 * `__`, anything else `_u<hex>_`. `.` is never produced, so callers can join encoded parts with `.`.
 */
export function encodeKeyPart(name: string): string {
  if (name === '') return '_e_';
  let out = '';
  for (const char of name) {
    if (/[A-Za-z0-9-]/.test(char)) out += char;
    else if (char === '_') out += '__';
    else out += `_u${(char.codePointAt(0) as number).toString(16)}_`;
  }
  return out;
}

/** The component key of a module: its path segments encoded and joined with `.` (`query+allpages` -> `query.allpages`). */
export function moduleKey(path: string): string {
  return path.split('+').map(encodeKeyPart).join('.');
}

/** One path segment, percent-encoded; dot-only segments are encoded too so no client normalizes them away. */
function pathSegment(text: string): string {
  const encoded = encodeURIComponent(text);
  return /^\.+$/.test(encoded) ? encoded.replace(/\./g, '%2E') : encoded;
}

/**
 * The virtual path of a module: `/api.php/` followed by each selecting parameter and module name below `main`
 * (`parse` -> `/api.php/parse`, `query+allpages` -> `/api.php/query/list/allpages`).
 */
export function virtualPath(module: ApiModule, modules: ReadonlyMap<string, ApiModule>): string {
  const parts: string[] = [];
  for (let current: ApiModule | undefined = module; current !== undefined && current.path !== 'main'; ) {
    const cut = current.path.lastIndexOf('+');
    parts.unshift(current.name);
    if (cut === -1) break;
    parts.unshift(current.group ?? 'submodule');
    current = modules.get(current.path.slice(0, cut));
  }
  return `/api.php/${parts.map(pathSegment).join('/')}`;
}

/** Where api.php is, for the document's `servers` (api.php's directory) and the rewrite note. */
export function serverUrl(snapshot: Pick<Snapshot, 'wiki'>): string | undefined {
  const { apiUrl, server, scriptpath } = snapshot.wiki;
  if (apiUrl !== undefined && /\/api\.php$/.test(apiUrl)) return absolute(apiUrl.replace(/\/api\.php$/, ''));
  if (server !== undefined) return absolute(`${server}${scriptpath ?? ''}`);
  return undefined;
}

function absolute(url: string): string {
  return url.startsWith('//') ? `https:${url}` : url;
}
