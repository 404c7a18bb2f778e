import TurndownService from 'turndown';
import { escapeHtml, safeUrl, wikitextToHtml, type WikiUrlResolver } from './wikitext.js';

/** Help text markup, as paraminfo's `helpformat` returned it. */
export type HelpFormat = 'html' | 'wikitext' | 'raw' | 'none';

/** Options of {@link helpToMarkdown}. */
export interface HelpToMarkdownOptions {
  /** How the text is marked up. `raw` and `none` are treated as plain text. */
  helpformat: HelpFormat;
  /** Absolute URL of a page of the wiki; links whose page has no URL become plain text. */
  wikiUrl?: WikiUrlResolver;
  /** Base for relative links in HTML help (`/index.php/Special:ApiHelp/query`), e.g. the wiki's server URL. */
  baseUrl?: string;
}

/** Elements whose content must never reach the output. */
const REMOVED = new Set(['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'template', 'textarea', 'title', 'head', 'img', 'picture', 'video', 'audio', 'svg', 'math', 'form', 'input', 'button', 'select']);

/** An inline code span whose fence is longer than any backtick run inside (CommonMark). */
function codeSpan(content: string): string {
  const text = content.replace(/\n+/g, ' ');
  if (text.trim() === '') return text;
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function createService(baseUrl: string | undefined): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  service.remove((node) => REMOVED.has(node.nodeName.toLowerCase()));
  // `<` and `&…;` in text would be raw HTML or an entity to a Markdown renderer: write them as entities (not `\<`,
  // which linters still read as a tag such as `<script>`).
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string) => escapeMarkdown(text).replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;').replace(/</g, '&lt;');
  service.addRule('inlineCode', {
    filter: (node) => {
      const name = node.nodeName;
      const inPre = node.parentNode?.nodeName === 'PRE';
      return !inPre && (name === 'CODE' || name === 'KBD' || name === 'SAMP' || name === 'TT');
    },
    replacement: (_content, node) => codeSpan(node.textContent ?? ''),
  });
  service.addRule('variable', {
    filter: ['var'],
    replacement: (content) => (content.trim() === '' ? content : `_${content}_`),
  });
  service.addRule('safeLink', {
    filter: (node) => node.nodeName === 'A',
    replacement: (content, node) => {
      const href = (node as HTMLElement).getAttribute('href');
      const url = href === null || href.startsWith('#') ? undefined : safeUrl(href, baseUrl);
      if (url === undefined || content.trim() === '') return content;
      const destination = url.replace(/[()<>\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
      return `[${content.trim()}](${destination})`;
    },
  });
  service.addRule('listItem', {
    filter: ['li'],
    replacement: (content, node) => {
      const parent = node.parentNode as HTMLElement | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1');
        const index = Array.prototype.indexOf.call(parent.children, node) as number;
        prefix = `${(Number.isFinite(start) ? start : 1) + index}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });
  service.addRule('definitionList', {
    filter: ['dl'],
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });
  service.addRule('definitionTerm', {
    filter: ['dt'],
    replacement: (content) => `\n- **${content.trim()}**`,
  });
  service.addRule('definition', {
    filter: ['dd'],
    replacement: (content, node) => {
      const text = content.trim().replace(/\n+/g, ' ');
      return node.previousSibling?.nodeName === 'DT' ? `: ${text}` : `\n  ${text}`;
    },
  });
  return service;
}

const services = new Map<string, TurndownService>();

function serviceFor(baseUrl: string | undefined): TurndownService {
  const key = baseUrl ?? '';
  let service = services.get(key);
  if (service === undefined) {
    service = createService(baseUrl);
    services.set(key, service);
  }
  return service;
}

/** Removes what turndown leaves that a doc comment or a description should not carry. */
function tidy(markdown: string): string {
  return markdown
    // Plain-text help that shows a script link as text (`href="javascript:…"`, `](javascript:…`) is harmless but still
    // trips Markdown sanitizers such as Redocly's no-unsafe-markdown; the entity renders as the same colon.
    .replace(/(\]\(\s*|\b(?:href|src)\s*=\s*["']?\s*)(javascript|vbscript)(\s*):/gi, '$1$2$3&#58;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u2028\u2029\uE000\uE001]/g, '')
    .replace(/(\S)[ \t]{2,}(?=\S)/g, '$1 ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Converts one MediaWiki API help text to clean Markdown with absolute links. HTML goes straight through turndown;
 * wikitext is first turned into the equivalent small HTML. Scripts, styles and attributes never survive; unbalanced
 * markup becomes text. Deterministic. Does not escape `*\/` (that is the doc-comment writer's job).
 */
export function helpToMarkdown(text: string, options: HelpToMarkdownOptions): string {
  if (text.trim() === '') return '';
  let html: string;
  switch (options.helpformat) {
    case 'html':
      html = text;
      break;
    case 'wikitext':
      html = wikitextToHtml(text, options.wikiUrl);
      break;
    default:
      html = text
        .split(/\n{2,}/)
        .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
        .join('');
  }
  return tidy(serviceFor(options.baseUrl).turndown(html));
}
