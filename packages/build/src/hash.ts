import { createHash } from 'node:crypto';

/** Hex SHA-256 of text or bytes: the key of content-addressed caches and changelog entry ids. */
export function sha256(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  return hash.digest('hex');
}
