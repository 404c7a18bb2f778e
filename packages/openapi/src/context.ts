import { helpToMarkdown, helpToMarkdownMemo, type HelpMarkdownMemo } from '@wikispec/helptext';
import { articleUrl, indexModules, type ApiModule, type Snapshot } from '@wikispec/snapshot';
import { serverUrl } from './keys.js';

/** OpenAPI versions the generator can write. */
export type OpenApiVersion = '3.1' | '3.0';

/** Options of toOpenApi(). */
export interface ToOpenApiOptions {
  /** `3.1` (default) or `3.0` (3.0.3, for tools that cannot read 3.1). */
  version?: OpenApiVersion;
  /** Source name put in `info` (`x-wikispec-source`); no path or time is ever written otherwise. */
  source?: string;
  /** Work shared with other documents given the same memo (all wikis of one build); output is byte-identical. */
  memo?: { markdown: HelpMarkdownMemo };
}

/** What every transform reads: the snapshot, its module index and the shared conversions. */
export interface TransformContext {
  snapshot: Snapshot;
  version: OpenApiVersion;
  modules: ReadonlyMap<string, ApiModule>;
  server: string | undefined;
  /** Help text of the snapshot as Markdown with absolute links (memoized: main help repeats a lot). */
  markdown(text: string): string;
}

/** Builds the transform context once per document. */
export function createContext(snapshot: Snapshot, options: ToOpenApiOptions): TransformContext {
  const cache = new Map<string, string>();
  const server = serverUrl(snapshot);
  const wikiUrl = (title: string) => articleUrl(snapshot, title);
  return {
    snapshot,
    version: options.version ?? '3.1',
    modules: indexModules(snapshot),
    server,
    markdown(text) {
      let markdown = cache.get(text);
      if (markdown === undefined) {
        const markdownOptions = { helpformat: snapshot.helpformat, wikiUrl, baseUrl: snapshot.wiki.server ?? server };
        markdown = options.memo === undefined ? helpToMarkdown(text, markdownOptions) : helpToMarkdownMemo(options.memo.markdown, text, markdownOptions);
        cache.set(text, markdown);
      }
      return markdown;
    },
  };
}

/** Sets an own enumerable property, even for keys such as `__proto__` that plain assignment would misread. */
export function setKey<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Plain text (a site or extension name) made safe for a Markdown description: entities for `<`/`&`, escapes for syntax,
 * and the colon of a script URL scheme as an entity (it renders as the same colon, but no Markdown sanitizer such as
 * Redocly's no-unsafe-markdown takes the text for a `javascript:` link).
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/([\\`*_[\]#|])/g, '\\$1')
    .replace(/(javascript|vbscript)(\s*):/gi, '$1$2&#58;');
}

/**
 * A literal (a wire name, a module path, a query) for a Markdown description: a code span when it is plain enough to
 * show as code, escaped text otherwise. Code spans cannot hold entities, so a literal with `<` (a tag such as
 * `<script>` or `<b onclick=…>`) or a script URL scheme is written as escaped text instead: it reads the same, and no
 * raw markup from the snapshot reaches the document.
 */
export function markdownLiteral(literal: string): string {
  if (literal === '') return '""';
  if (/[<\u0000-\u001f\u007f]|(?:javascript|vbscript)\s*:/i.test(literal)) return markdownText(literal) || '""';
  // A fence longer than any backtick run inside; padded when the literal starts or ends with a backtick.
  const fence = '`'.repeat(Math.max(0, ...[...literal.matchAll(/`+/g)].map((match) => match[0].length)) + 1);
  const pad = literal.startsWith('`') || literal.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${literal}${pad}${fence}`;
}

/**
 * Whether a wire name must never be an object key of the document (a schema's `properties`, an `encoding` map, an
 * example value): names starting with `$` read as JSON Schema / JSON Reference keywords (`$ref`, `$id`, `$anchor`,
 * `$dynamicAnchor`, `$schema`, `$defs`, …) to tools that walk the whole document (@seriousme/openapi-schema-validator
 * takes every `$id` key for a schema id), and `hasOwnProperty` shadows the method Redocly calls on a `properties` map
 * (it crashes). Such parameters are described by exact-name `patternProperties` instead (OpenAPI 3.1; 3.0 lists them
 * in `x-mediawiki-unlisted-parameters`), and stay named in their query parameter objects, where a name is a value.
 */
export function isUnsafeKey(name: string): boolean {
  return name.startsWith('$') || name === 'hasOwnProperty';
}
