import type { ApiParams, ParamValue } from './types.js';

/** Separator MediaWiki accepts instead of `|` when a multi-value contains `|` (must also prefix the value). */
const UNIT_SEPARATOR = '\x1f';

/** Parameter names whose values are secrets: never in URLs, logs or messages. */
export const SECRET_PARAM = /token$|password|^retype$|secret/i;

/** Formats a Date as MediaWiki expects (ISO 8601, whole seconds when the milliseconds are zero). */
const isoDate = (d: Date): string => d.toISOString().replace('.000Z', 'Z');

/** Encodes one value; `undefined` means the parameter is omitted. */
export function encodeValue(value: ParamValue): string | Blob | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof Blob !== 'undefined' && value instanceof Blob) return value;
  if (Array.isArray(value)) {
    const parts = (value as readonly (string | number | Date)[]).map((v) => (v instanceof Date ? isoDate(v) : String(v)));
    return parts.some((p) => p.includes('|'))
      ? UNIT_SEPARATOR + parts.join(UNIT_SEPARATOR)
      : parts.join('|');
  }
  return String(value);
}

/** Encodes parameters into ordered entries; token parameters go last (a truncated POST then fails with badtoken). */
export function encodeParams(params: ApiParams): [string, string | Blob][] {
  const head: [string, string | Blob][] = [];
  const tail: [string, string | Blob][] = [];
  for (const name of Object.keys(params)) {
    const encoded = encodeValue(params[name]);
    if (encoded !== undefined) (/token$/.test(name) ? tail : head).push([name, encoded]);
  }
  return head.concat(tail);
}
