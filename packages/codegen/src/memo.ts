/**
 * Sharing work across the clients of a wiki farm: the slow steps of a file (prettier, the parse backstops, the
 * transpile to `dist/`) are cached by the SHA-256 of their input text, so wikis whose generated files are equal
 * (after masking the wiki's server URL, see {@link serverMask}) format and compile each file once per run.
 * A memo is a plain object of Maps created by the caller; keys are content hashes, never wiki names.
 */
import { createHash } from 'node:crypto';
import type { HelpMarkdownMemo } from '@wikispec/helptext';

/** Caches shared by every `generateClient` call given the same memo (e.g. all wikis of one build). */
export interface GenerationMemo {
  /** Unformatted file text hash → formatted (and checked) text. */
  formatted: Map<string, string>;
  /** Formatted file text hash → transpiled output. */
  compiled: Map<string, { js: string; dts: string }>;
  /** Help text conversions (shareable with `toOpenApi`'s memo). */
  markdown: HelpMarkdownMemo;
}

/** A new, empty memo. */
export function createGenerationMemo(): GenerationMemo {
  return { formatted: new Map(), compiled: new Map(), markdown: new Map() };
}

/** Hex SHA-256 of a path and a text. */
export function textKey(path: string, text: string): string {
  return createHash('sha256').update(path).update('\0').update(text).digest('hex');
}

/** A reversible replacement of one per-wiki string (the server URL) by a same-length placeholder. */
export interface Mask {
  /** The masked text, or undefined when this text cannot be masked reversibly (then it must not be shared). */
  hide(text: string): string | undefined;
  show(text: string): string;
}

const IDENTITY: Mask = { hide: (text) => text, show: (text) => text };
const FILLER = 'WikispecServerPlaceholderQ';

/**
 * The mask of a wiki's server URL. The placeholder has the same length and only letters, and the URL only
 * `[A-Za-z0-9:/._-]` (no quote, backslash or `*`), so prettier and TypeScript lay out and emit the masked text exactly
 * as the real one: the URL only ever sits in comments and string literals, which both copy verbatim. Servers that
 * do not fit (other characters, too short) get no mask, and so share only with byte-identical files.
 */
export function serverMask(server: string | undefined): Mask {
  if (server === undefined || server.length < 12 || !/^[A-Za-z0-9:/._-]+$/.test(server)) return IDENTITY;
  let placeholder = '';
  while (placeholder.length < server.length) placeholder += FILLER;
  placeholder = placeholder.slice(0, server.length);
  return {
    hide(text) {
      // A text already holding the placeholder would not round-trip: it is not shared.
      if (text.includes(placeholder)) return undefined;
      const hidden = text.replaceAll(server, placeholder);
      return hidden.replaceAll(placeholder, server) === text ? hidden : undefined;
    },
    show: (text) => text.replaceAll(placeholder, server),
  };
}
