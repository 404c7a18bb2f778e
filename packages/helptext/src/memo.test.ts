import { describe, expect, it } from 'vitest';
import { helpToMarkdown } from './markdown.js';
import { helpToMarkdownMemo } from './memo.js';

const texts: Array<['html' | 'wikitext', string]> = [
  ['html', 'See <a href="/w/index.php/Special:ApiHelp/query">query</a>, <a href="https://wiki12.example.org/x">self</a> and <a href="//other.org/y">other</a>.'],
  ['wikitext', 'See [[Special:ApiHelp/query|query]], [https://wiki12.example.org/z literal] and [[mw:API:Main_page|docs]].'],
  ['html', 'Holds the placeholder: https://xxxx00.xxxxxxx.xxx/ and <a href="/a">a</a>.'],
];

describe('helpToMarkdownMemo', () => {
  it('gives what helpToMarkdown gives, for wikis sharing one memo (same host shape, other shapes, protocol-relative)', () => {
    const memo = new Map<string, string>();
    for (const server of ['https://wiki12.example.org', 'https://wiki34.example.org', 'https://w1.example.org', '//wiki56.example.org', 'http://127.0.0.1:8080']) {
      const base = server.startsWith('//') ? `https:${server}` : server;
      const options = { baseUrl: server, wikiUrl: (title: string) => `${base}/w/index.php/${encodeURIComponent(title)}` };
      for (const [helpformat, text] of texts) {
        expect(helpToMarkdownMemo(memo, text, { ...options, helpformat }), `${server} ${text}`).toBe(helpToMarkdown(text, { ...options, helpformat }));
      }
    }
    // wiki12 and wiki34 share their conversions (same shape): fewer entries than wikis × texts.
    expect(memo.size).toBeLessThan(5 * texts.length);
  });
});
