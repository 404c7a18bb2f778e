/**
 * The one doc-text choke point: everything written into a JSDoc comment passes through {@link escapeDocText}, and
 * the JSDoc of modules and parameters is assembled here from the snapshot.
 */
import { helpToMarkdown, helpToMarkdownMemo, type HelpMarkdownMemo } from '@wikispec/helptext';
import {
  apiHelpUrl,
  articleUrl,
  enumValues,
  multiValueLimits,
  numericBounds,
  valueKind,
  type ApiModule,
  type ApiParameter,
  type Snapshot,
} from '@wikispec/snapshot';

/**
 * Makes text safe inside a `/** … *\/` comment: `*\/` cannot close it, a line-leading `@` cannot start a tag, line
 * terminators of every kind become `\n`, and control characters are dropped. Idempotent on its own output.
 */
export function escapeDocText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\*\//g, '*\\/')
    .replace(/(^|[\s{])@/g, '$1\\@')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An inline code span for a value, with a fence longer than any backtick run inside (CommonMark). */
export function codeSpan(value: string): string {
  const text = value.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text === '' || text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Help text of the snapshot as Markdown (links made absolute against the wiki when it knows its URL). */
export function helpMarkdown(snapshot: Snapshot, text: string): string {
  if (text.trim() === '') return '';
  let cache = markdownCache.get(snapshot);
  if (!cache) markdownCache.set(snapshot, (cache = new Map()));
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const options = {
    helpformat: snapshot.helpformat,
    wikiUrl: (title: string) => articleUrl(snapshot, title),
    ...(snapshot.wiki.server === undefined ? {} : { baseUrl: snapshot.wiki.server.startsWith('//') ? `https:${snapshot.wiki.server}` : snapshot.wiki.server }),
  };
  const shared = sharedMarkdown.get(snapshot);
  const markdown = shared === undefined ? helpToMarkdown(text, options) : helpToMarkdownMemo(shared, text, options);
  cache.set(text, markdown);
  return markdown;
}

/** Help texts repeat a lot (`continue`, `limit`, token help): convert each distinct text once per snapshot. */
const markdownCache = new WeakMap<Snapshot, Map<string, string>>();

/** Conversions shared across wikis: `generateClient` registers its memo's map for the snapshot it generates. */
export const sharedMarkdown = new WeakMap<Snapshot, HelpMarkdownMemo>();

const list = (values: readonly string[], max = 20): string => {
  const shown = values.slice(0, max).map(codeSpan).join(', ');
  return values.length > max ? `${shown}, … (${values.length - max} more)` : shown;
};

/** JSDoc lines (unescaped parts escaped here) of one parameter: help, values, default, limits, flags, link. */
export function parameterDoc(snapshot: Snapshot, module: ApiModule, parameter: ApiParameter, wire: string): string {
  const parts: string[] = [];
  const help = helpMarkdown(snapshot, parameter.description);
  parts.push(escapeDocText(help === '' ? `Parameter ${codeSpan(wire)} of ${codeSpan(module.path)}.` : help));
  const facts: string[] = [];
  const kind = valueKind(parameter);
  const values = enumValues(parameter);
  if (parameter.tokentype !== undefined) facts.push(`Token of type ${codeSpan(parameter.tokentype)}: filled in by the client when omitted.`);
  if (values !== undefined && values.length === 0) facts.push('This wiki accepts no value here (empty list).');
  if (parameter.deprecatedvalues?.length) facts.push(`Deprecated values: ${list(parameter.deprecatedvalues)}.`);
  if (parameter.internalvalues?.length) facts.push(`Internal values (may change without notice): ${list(parameter.internalvalues)}.`);
  if (parameter.allspecifier !== undefined) facts.push(`${codeSpan(parameter.allspecifier)} selects all values.`);
  const limits = multiValueLimits(parameter);
  if (limits) facts.push(`Up to ${limits.lowlimit} values (${limits.highlimit} with \`apihighlimits\`).`);
  const bounds = numericBounds(parameter);
  if (kind === 'limit') {
    facts.push(`\`max\` asks for the highest limit allowed${bounds.max === undefined ? '' : ` (${bounds.max}, ${bounds.highmax ?? bounds.max} with \`apihighlimits\`)`}.`);
  } else if (bounds.min !== undefined || bounds.max !== undefined) {
    facts.push(`Range: ${bounds.min ?? '−∞'} to ${bounds.max ?? '∞'}${bounds.highmax !== undefined && bounds.highmax !== bounds.max ? ` (${bounds.highmax} with \`apihighlimits\`)` : ''}${parameter.enforcerange ? ', enforced' : ', clamped'}.`);
  }
  if (parameter.maxbytes !== undefined) facts.push(`At most ${parameter.maxbytes} bytes.`);
  if (parameter.maxchars !== undefined) facts.push(`At most ${parameter.maxchars} characters.`);
  if (parameter.sensitive) facts.push('Sensitive: always sent in the POST body, never in URLs or logs.');
  if (facts.length > 0) parts.push(escapeDocText(facts.join('\n')));
  const tags: string[] = [];
  if (parameter.default !== undefined && parameter.default !== '') tags.push(`@defaultValue ${escapeDocText(codeSpan(String(parameter.default)))}`);
  if (parameter.deprecated) tags.push('@deprecated This parameter is deprecated.');
  const url = apiHelpUrl(snapshot, module.path);
  if (url !== undefined) tags.push(`@see {@link ${escapeDocText(url)} | Special:ApiHelp/${escapeDocText(module.path)}}`);
  if (tags.length > 0) parts.push(tags.join('\n'));
  return parts.join('\n\n');
}

/** JSDoc of a module: help, flags (POST, token, rights, internal), `@deprecated`, link to Special:ApiHelp. */
export function moduleDoc(snapshot: Snapshot, module: ApiModule, heading: string, token?: string): string {
  const parts: string[] = [escapeDocText(heading)];
  const help = helpMarkdown(snapshot, module.description);
  if (help !== '') parts.push(escapeDocText(help));
  const facts: string[] = [];
  if (module.internal) facts.push('**Internal module**: typed for completeness, but it may change or disappear without notice.');
  if (module.mustbeposted) facts.push('Sent as POST (the module requires it).');
  if (token !== undefined) facts.push(`Needs a ${codeSpan(token)} token, which the client fetches and caches.`);
  if (module.writerights) facts.push('Needs write rights.');
  if (module.readrights === false) facts.push('Works without read rights.');
  if (module.generator) facts.push('Can be used as a generator (`generator` with `g`-prefixed parameters).');
  if (module.source !== undefined && module.source !== 'MediaWiki') facts.push(`From ${codeSpan(module.source)}.`);
  if (facts.length > 0) parts.push(escapeDocText(facts.join('\n')));
  const tags: string[] = [];
  if (module.deprecated) tags.push('@deprecated This module is deprecated.');
  const url = apiHelpUrl(snapshot, module.path);
  if (url !== undefined) tags.push(`@see {@link ${escapeDocText(url)} | Special:ApiHelp/${escapeDocText(module.path)}}`);
  if (tags.length > 0) parts.push(tags.join('\n'));
  return parts.join('\n\n');
}
