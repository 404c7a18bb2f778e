/** Appends one reference token to a JSON pointer (RFC 6901 escaping of `~` and `/`). */
export function pointerTo(base: string, token: string | number): string {
  return `${base}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
