import { describe, expect, it } from 'vitest';
import { escapeHtml, renderMarkdown } from './html.js';

describe('renderMarkdown', () => {
  it.each([
    ['heading', '### API changes', '<h3>API changes</h3>'],
    ['list with code', '- module `query+allpages` removed', '<ul>\n<li>module <code>query+allpages</code> removed</li>\n</ul>'],
    ['script is text', '<script>alert(1)</script>', '<p>&#60;script&#62;alert(1)&#60;/script&#62;</p>'],
    ['details', '<details open><summary>breaking (2)</summary>\n\ntext\n\n</details>', '<details open><summary>breaking (2)</summary>\n<p>text</p>\n</details>'],
    [
      'table with escaped pipes',
      '| Rule | Change |\n| --- | ---: |\n| `a` | x \\| y |',
      '<table>\n<thead><tr><th>Rule</th><th>Change</th></tr></thead>\n<tbody><tr><td><code>a</code></td><td>x | y</td></tr></tbody>\n</table>',
    ],
    ['bold', '**Verdict: major**', '<p><strong>Verdict: major</strong></p>'],
  ])('%s', (_name, markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });
  it('never passes markup through a summary', () => {
    expect(renderMarkdown('<details><summary><img src=x onerror=alert(1)></summary>')).not.toContain('<img');
  });
  it('escapes attributes', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&#34;&#39;&#60;&#62;&#38;');
  });
});
