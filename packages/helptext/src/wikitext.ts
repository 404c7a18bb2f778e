/**
 * Wikitext -> small HTML, for the few constructs MediaWiki's API help uses (see
 * https://www.mediawiki.org/wiki/Help:Formatting): internal and interwiki links, external links, `;term:definition`
 * lists, bullets and numbered lists, bold/italic quotes, a handful of inline tags and entities. Everything else is
 * escaped as text, so unbalanced or hostile markup can only ever become visible text. The HTML then goes through the
 * same turndown conversion as help fetched with helpformat=html.
 */

/** Turns a page title into its absolute URL on the wiki, or undefined when unknown (the link becomes plain text). */
export type WikiUrlResolver = (title: string) => string | undefined;

/** Interwiki prefixes MediaWiki's own help links use, mapped to their article URL prefix. */
const INTERWIKI: Readonly<Record<string, string>> = {
  mw: 'https://www.mediawiki.org/wiki/',
  mediawikiwiki: 'https://www.mediawiki.org/wiki/',
  m: 'https://meta.wikimedia.org/wiki/',
  meta: 'https://meta.wikimedia.org/wiki/',
  metawikimedia: 'https://meta.wikimedia.org/wiki/',
  w: 'https://en.wikipedia.org/wiki/',
  wikipedia: 'https://en.wikipedia.org/wiki/',
  wikibooks: 'https://en.wikibooks.org/wiki/',
  phab: 'https://phabricator.wikimedia.org/',
  phabricator: 'https://phabricator.wikimedia.org/',
};

/** Inline and block tags kept (without attributes) from wikitext help; anything else is shown as text. */
const KEPT_TAGS = new Set(['b', 'i', 'em', 'strong', 'kbd', 'var', 'samp', 'code', 'tt', 's', 'del', 'ins', 'u', 'sub', 'sup', 'small', 'big', 'span', 'div', 'p', 'br', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'blockquote']);
/** Tags whose content is dropped entirely, not shown. */
const DROPPED_ELEMENTS = ['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'template', 'textarea', 'title', 'xmp', 'noembed', 'noframes'];

// Placeholders for protected runs use private-use characters; any such characters in the input are removed first.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PRIVATE_USE = /[\uE000\uE001]/g;

/** Escapes text for an HTML text node or double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const ENTITY = /^&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/;

/** Escapes `<`, `>` and stray `&` of a text run, keeping well-formed character references (`&#x7B;`, `&amp;`). */
function escapeTextKeepingEntities(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '&') {
      const entity = ENTITY.exec(text.slice(i, i + 40));
      if (entity) {
        out += entity[0];
        i += entity[0].length - 1;
      } else out += '&amp;';
    } else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '"') out += '&quot;';
    else out += char;
  }
  return out;
}

/** Decodes the few character references a link target may carry, so it can be URL-encoded. */
function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|amp|lt|gt|quot|apos|nbsp);/g, (whole, body: string) => {
    if (body === 'amp') return '&';
    if (body === 'lt') return '<';
    if (body === 'gt') return '>';
    if (body === 'quot') return '"';
    if (body === 'apos') return "'";
    if (body === 'nbsp') return ' ';
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * First pass: drops script-like elements and comments, protects `<nowiki>` runs, keeps allowed tags without any
 * attribute (so event handlers and styles vanish) and escapes everything else.
 */
function sanitize(wikitext: string, protectedRuns: string[]): string {
  let text = wikitext.replace(PRIVATE_USE, '').replace(/\r\n?/g, '\n');
  text = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const tag of DROPPED_ELEMENTS) {
    text = text.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?(?:<\\/${tag}\\s*>|$)`, 'gi'), '');
    text = text.replace(new RegExp(`<\\/?${tag}\\b[^>]*>?`, 'gi'), '');
  }
  text = text.replace(/<nowiki\s*\/>/gi, '');
  text = text.replace(/<nowiki\s*>([\s\S]*?)(?:<\/nowiki\s*>|$)/gi, (_whole, inner: string) => {
    protectedRuns.push(escapeTextKeepingEntities(inner));
    return `${OPEN}${protectedRuns.length - 1}${CLOSE}`;
  });
  let out = '';
  const tagPattern = /<(\/?)([A-Za-z][A-Za-z0-9]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*?(\/?)>/y;
  for (let i = 0; i < text.length; ) {
    if (text[i] === '<') {
      tagPattern.lastIndex = i;
      const tag = tagPattern.exec(text);
      if (tag) {
        const name = (tag[2] as string).toLowerCase();
        if (KEPT_TAGS.has(name)) out += name === 'br' ? '<br>' : `<${tag[1]}${name}>`;
        else if (name === 'a' || name === 'img' || name === 'nowiki') out += '';
        else out += escapeTextKeepingEntities(tag[0]);
        i = tagPattern.lastIndex;
        continue;
      }
    }
    const next = text.indexOf('<', i + 1);
    const end = next === -1 ? text.length : next;
    out += escapeTextKeepingEntities(text.slice(i, end));
    i = end;
  }
  return out;
}

/** A safe absolute http(s)/mailto URL, or undefined. */
export function safeUrl(url: string, base?: string): string | undefined {
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url.startsWith('//') ? `https:${url}` : url) : new URL(url, base.startsWith('//') ? `https:${base}` : base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'mailto:') return undefined;
  return parsed.href;
}

function titleToPath(title: string): string {
  return encodeURIComponent(title.trim().replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':');
}

function linkTarget(rawTarget: string, wikiUrl: WikiUrlResolver | undefined): string | undefined {
  let target = decodeEntities(rawTarget).trim();
  if (target.startsWith(':')) target = target.slice(1);
  const hash = target.indexOf('#');
  const fragment = hash === -1 ? '' : target.slice(hash + 1);
  if (hash !== -1) target = target.slice(0, hash);
  const colon = target.indexOf(':');
  let url: string | undefined;
  if (colon > 0) {
    const prefix = target.slice(0, colon).trim().toLowerCase();
    const base = Object.hasOwn(INTERWIKI, prefix) ? INTERWIKI[prefix] : undefined;
    if (base !== undefined) url = `${base}${titleToPath(target.slice(colon + 1))}`;
  }
  if (url === undefined) {
    if (target === '') return undefined;
    url = wikiUrl?.(target.trim());
  }
  if (url === undefined) return undefined;
  const safe = safeUrl(url);
  if (safe === undefined) return undefined;
  return fragment === '' ? safe : `${safe}#${encodeURIComponent(fragment.replace(/ /g, '_'))}`;
}

function anchor(url: string | undefined, label: string): string {
  return url === undefined ? label : `<a href="${escapeHtml(url)}">${label}</a>`;
}

/** Inline constructs of one line: links, then bold/italic quotes. */
function inline(line: string, wikiUrl: WikiUrlResolver | undefined): string {
  let text = line.replace(/\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]([a-z]*)/g, (_whole, target: string, label: string | undefined, trail: string) => {
    const shown = label === undefined || label === '' ? target.replace(/^:/, '') : label;
    return anchor(linkTarget(target, wikiUrl), `${shown}${trail}`);
  });
  text = text.replace(/\[((?:https?:)?\/\/[^\s[\]<>"]+|mailto:[^\s[\]<>"]+)(?:\s+([^\]]*))?\]/g, (whole, url: string, label: string | undefined) => {
    const safe = safeUrl(decodeEntities(url));
    if (safe === undefined) return whole;
    return anchor(safe, label === undefined || label.trim() === '' ? escapeHtml(safe) : label);
  });
  text = text.replace(/'''''(.+?)'''''/g, '<strong><em>$1</em></strong>');
  text = text.replace(/'''(.+?)'''/g, '<strong>$1</strong>');
  text = text.replace(/''(.+?)''/g, '<em>$1</em>');
  return text;
}

/** Index of the `:` that ends a `;term` (outside links and tags), or -1. */
function definitionColon(line: string): number {
  let squareDepth = 0;
  let inTag = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '<') inTag = true;
    else if (char === '>') inTag = false;
    else if (char === '[') squareDepth++;
    else if (char === ']') squareDepth = Math.max(0, squareDepth - 1);
    else if (char === ':' && squareDepth === 0 && !inTag) return i;
  }
  return -1;
}

type ListKind = 'ul' | 'ol' | 'dl';

/** Converts MediaWiki help wikitext to a small, attribute-free HTML fragment. */
export function wikitextToHtml(wikitext: string, wikiUrl?: WikiUrlResolver): string {
  const protectedRuns: string[] = [];
  const lines = sanitize(wikitext, protectedRuns).split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: ListKind | undefined;
  const flushParagraph = () => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.join(' ')}</p>`);
    paragraph = [];
  };
  const openList = (kind: ListKind) => {
    if (list === kind) return;
    closeList();
    out.push(`<${kind}>`);
    list = kind;
  };
  const closeList = () => {
    if (list !== undefined) out.push(`</${list}>`);
    list = undefined;
  };
  for (const rawLine of lines) {
    const line = rawLine.trimEnd();
    const marker = /^([*#;:]+)\s*/.exec(line);
    if (marker) {
      flushParagraph();
      const kind = (marker[1] as string).at(-1);
      const body = line.slice(marker[0].length);
      if (kind === '*') {
        openList('ul');
        out.push(`<li>${inline(body, wikiUrl)}</li>`);
      } else if (kind === '#') {
        openList('ol');
        out.push(`<li>${inline(body, wikiUrl)}</li>`);
      } else if (kind === ';') {
        openList('dl');
        const colon = definitionColon(body);
        if (colon === -1) out.push(`<dt>${inline(body, wikiUrl)}</dt>`);
        else out.push(`<dt>${inline(body.slice(0, colon).trim(), wikiUrl)}</dt><dd>${inline(body.slice(colon + 1).trim(), wikiUrl)}</dd>`);
      } else {
        openList('dl');
        out.push(`<dd>${inline(body, wikiUrl)}</dd>`);
      }
      continue;
    }
    closeList();
    if (line.trim() === '') flushParagraph();
    else paragraph.push(inline(line.trim(), wikiUrl));
  }
  flushParagraph();
  closeList();
  return out.join('\n').replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_whole, index: string) => protectedRuns[Number(index)] ?? '');
}
