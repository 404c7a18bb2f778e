import { helpToMarkdown, type HelpToMarkdownOptions } from './markdown.js';

/**
 * Help text → Markdown conversions shared across the wikis of a farm (a plain Map the caller creates, e.g. one per
 * build). Keys hold the text, the help format and the wiki's link shape; the server's host name is masked (letters as
 * `x`, digits as `0`), so wikis that differ only in their host share one conversion, and the real host is put back.
 */
export type HelpMarkdownMemo = Map<string, string>;

interface HostMask {
  host: string;
  placeholder: string;
}

/** The host of a canonical `http(s)://host` or `//host` server URL and its same-shaped placeholder, or undefined. */
function hostMask(baseUrl: string | undefined): HostMask | undefined {
  const match = baseUrl === undefined ? null : /^(?:https?:)?\/\/([a-z][a-z0-9.-]*)$/.exec(baseUrl);
  const host = match?.[1];
  if (host === undefined || host.includes('xn--') || !/(^|\.)[a-z][a-z0-9-]*$/.test(host)) return undefined;
  const placeholder = host.replace(/[a-z]/g, 'x').replace(/[0-9]/g, '0');
  // Both must already be in the URL parser's canonical form, so links resolve to the same text around the host.
  for (const name of [host, placeholder]) {
    try {
      if (new URL(`https://${name}`).host !== name) return undefined;
    } catch {
      return undefined;
    }
  }
  return { host, placeholder };
}

/**
 * `helpToMarkdown` through `memo`: byte-identical to calling it directly. `wikiUrl` must be an article-path resolver
 * (like `articleUrl` of @wikispec/snapshot): the key records its URL for the title `X` as its whole behaviour.
 */
export function helpToMarkdownMemo(memo: HelpMarkdownMemo, text: string, options: HelpToMarkdownOptions): string {
  if (text.trim() === '') return '';
  const probe = options.wikiUrl?.('X') ?? '';
  const mask = hostMask(options.baseUrl);
  if (mask === undefined || text.includes(mask.placeholder)) {
    const key = `plain\0${options.helpformat}\0${options.baseUrl ?? ''}\0${probe}\0${text}`;
    let markdown = memo.get(key);
    if (markdown === undefined) memo.set(key, (markdown = helpToMarkdown(text, options)));
    return markdown;
  }
  const hide = (url: string): string => url.replaceAll(mask.host, mask.placeholder);
  const key = `masked\0${options.helpformat}\0${hide(options.baseUrl ?? '')}\0${hide(probe)}\0${text}`;
  let hidden = memo.get(key);
  if (hidden === undefined) {
    const wikiUrl = options.wikiUrl;
    hidden = helpToMarkdown(text, {
      helpformat: options.helpformat,
      baseUrl: hide(options.baseUrl ?? ''),
      ...(wikiUrl === undefined ? {} : { wikiUrl: (title: string) => { const url = wikiUrl(title); return url === undefined ? undefined : hide(url); } }),
    });
    memo.set(key, hidden);
  }
  return hidden.replaceAll(mask.placeholder, mask.host);
}
