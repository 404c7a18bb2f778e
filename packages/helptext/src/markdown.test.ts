import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpToMarkdown } from './markdown.js';

const wikiUrl = (title: string) => `http://127.0.0.1:8139/index.php/${encodeURIComponent(title.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':')}`;
const wikitext = (text: string) => helpToMarkdown(text, { helpformat: 'wikitext', wikiUrl });
const html = (text: string) => helpToMarkdown(text, { helpformat: 'html', baseUrl: 'http://127.0.0.1:8139' });

interface CapturedModule {
  path: string;
  description: string;
  examples?: Array<{ description: string }>;
  parameters: Array<{ name: string; description: string }>;
}
const capture = JSON.parse(readFileSync(new URL('../../../test/fixtures/wikis/mw-1.39-full/paraminfo-capture.json', import.meta.url), 'utf8')) as {
  paraminfo: { modules: CapturedModule[] };
};
const modules = new Map(capture.paraminfo.modules.map((module) => [module.path, module]));
const captured = (path: string, parameter?: string): string => {
  const module = modules.get(path);
  if (!module) throw new Error(`no module ${path}`);
  if (parameter === undefined) return module.description;
  const found = module.parameters.find((candidate) => candidate.name === parameter);
  if (!found) throw new Error(`no parameter ${path}.${parameter}`);
  return found.description;
};
const htmlSamples = JSON.parse(readFileSync(new URL('./__fixtures__/html-help.json', import.meta.url), 'utf8')) as {
  texts: Array<{ path: string; field: string; text: string }>;
};

describe('helpToMarkdown, wikitext help from the real 1.39 capture', () => {
  it('turns the main module help into Markdown with absolute links', () => {
    const markdown = wikitext(captured('main'));
    expect(markdown).toContain('- [Documentation](https://www.mediawiki.org/wiki/Special:MyLanguage/API:Main_page)');
    expect(markdown).toContain('[Special:ApiSandbox](http://127.0.0.1:8139/index.php/Special:ApiSandbox)');
    expect(markdown).toContain('**Status:** The MediaWiki API is a mature');
    expect(markdown).not.toMatch(/\[\[|<div|class=/);
  });

  it('turns the ;term:definition list of main.action into a bullet per module', () => {
    const markdown = wikitext(captured('main', 'action'));
    expect(markdown.startsWith('Which action to perform.\n\n- **[abusefiltercheckmatch](http://127.0.0.1:8139/index.php/Special:ApiHelp/abusefiltercheckmatch)**: Check to see')).toBe(true);
    expect(markdown.split('\n').filter((line) => line.startsWith('- **')).length).toBeGreaterThan(50);
    expect(markdown).not.toContain('<span');
  });

  it('keeps nowiki content literal in a code span', () => {
    expect(wikitext('Expand the wikitext <kbd><nowiki>{{Project:Sandbox}}</nowiki></kbd>.')).toBe('Expand the wikitext `{{Project:Sandbox}}`.');
  });

  it('links [[mw:…]] interwiki to mediawiki.org, keeping the label', () => {
    expect(wikitext(captured('query+allpages', 'continue'))).toBe(
      'When more results are available, use this to continue. More detailed information on how to continue queries [can be found on mediawiki.org](https://www.mediawiki.org/wiki/Special:MyLanguage/API:Continue).',
    );
  });

  it.each([
    ['italic and bold quotes', "''a'' and '''b'''", '_a_ and **b**'],
    ['kbd, var, samp and code', '<kbd>x</kbd> <var>y</var> <samp>z</samp> <code>w</code>', '`x` _y_ `z` `w`'],
    ['hex and decimal entities', 'a &#x7B;b&#125; &lt;c&gt;', 'a {b} &lt;c>'],
    ['an external link with label', '[https://example.org/a_(b) ext]', '[ext](https://example.org/a_%28b%29)'],
    ['a bare external link', '[https://example.org/]', '[https://example.org/](https://example.org/)'],
    ['an internal link without label', '[[Special:ApiHelp/query]]', '[Special:ApiHelp/query](http://127.0.0.1:8139/index.php/Special:ApiHelp/query)'],
    ['bullets', '* one\n* two', '- one\n- two'],
    ['numbered', '# one\n# two', '1. one\n2. two'],
    ['paragraphs', 'a\nb\n\nc', 'a b\n\nc'],
  ])('converts %s', (_name, given, want) => {
    expect(wikitext(given)).toBe(want);
  });

  it('leaves an unknown page link as its label when no URL is known', () => {
    expect(helpToMarkdown('See [[Special:ApiHelp/query|query]].', { helpformat: 'wikitext' })).toBe('See query.');
  });

  it('converts every help text of the capture without leftover wikitext links or tags, deterministically', () => {
    let texts = 0;
    for (const module of capture.paraminfo.modules) {
      for (const text of [module.description, ...module.parameters.map((p) => p.description), ...(module.examples ?? []).map((e) => e.description)]) {
        const markdown = wikitext(text);
        texts++;
        expect(markdown).not.toMatch(/\[\[[^\]]*\]\]|<(span|kbd|var|samp|div|nowiki)\b/);
        expect(wikitext(text)).toBe(markdown);
      }
    }
    expect(texts).toBeGreaterThan(1000);
  });
});

describe('helpToMarkdown, HTML help (helpformat=html from the local 1.39 wiki)', () => {
  it('converts the main module help, resolving relative links against the server', () => {
    const main = htmlSamples.texts.find((sample) => sample.path === 'main' && sample.field === 'description');
    const markdown = html(main?.text ?? '');
    expect(markdown).toContain('- [Documentation](https://www.mediawiki.org/wiki/Special:MyLanguage/API:Main_page)');
    expect(markdown).toContain('- [Etiquette & usage guidelines](https://www.mediawiki.org/wiki/Special:MyLanguage/API:Etiquette)');
    expect(markdown).toMatch(/\[Special:ApiSandbox\]\(http:\/\/127\.0\.0\.1:8139\/index\.php\/Special:ApiSandbox\)/);
  });

  it('gives the same Markdown as the wikitext capture for a simple parameter', () => {
    const sample = htmlSamples.texts.find((candidate) => candidate.path === 'query+allpages' && candidate.field === 'parameters/continue');
    expect(html(sample?.text ?? '')).toBe(wikitext(captured('query+allpages', 'continue')));
  });

  it('never leaves HTML tags or relative links in any sample', () => {
    expect(htmlSamples.texts.length).toBeGreaterThan(20);
    for (const sample of htmlSamples.texts) {
      const markdown = html(sample.text);
      // Tags shown in code spans (`<head>`) are text, not markup.
      expect(markdown.replace(/`[^`]*`/g, ''), sample.field).not.toMatch(/<\/?[a-z]+[\s>]/i);
      expect(markdown, sample.field).not.toMatch(/\]\(\//);
    }
  });
});

describe('helpToMarkdown, hostile input', () => {
  const hostile = [
    'x <script>alert(1)</script> y',
    '<style>p{color:red}</style>z',
    '<b onclick="steal()">bold <i>unbalanced',
    '</div></span>closing only</p>',
    '<a href="javascript:alert(1)">js</a>',
    '<img src=x onerror=alert(1)>',
    '*/ end of comment and `backticks` ``double``',
    "''unbalanced italic",
    '[[unterminated link',
    '[javascript:alert(1) label]',
    '<scr<script>ipt>alert(1)</script>',
    '<script>never closed',
    '\u0000control\u0007chars\u2028',
  ];
  it.each(['wikitext', 'html'] as const)('drops scripts, styles, handlers and unsafe URLs (%s)', (helpformat) => {
    for (const text of hostile) {
      const markdown = helpToMarkdown(text, { helpformat, wikiUrl, baseUrl: 'http://127.0.0.1:8139' });
      expect(markdown, text).not.toMatch(/alert\(1\)\s*<\/script|steal|\]\(javascript:|onerror|onclick|color:red|<script/i);
      expect(markdown, text).not.toMatch(/[\u0000-\u0008\u2028]/);
      expect(helpToMarkdown(text, { helpformat, wikiUrl, baseUrl: 'http://127.0.0.1:8139' })).toBe(markdown);
    }
  });

  it('keeps script text out but the surrounding text in', () => {
    expect(wikitext('x <script>alert(1)</script> y')).toBe('x y');
    expect(html('x <script>alert(1)</script> y')).toBe('x y');
  });

  it('shows unknown or unbalanced tags as escaped text in wikitext', () => {
    expect(wikitext('a <foo bar="1"> b')).toBe('a &lt;foo bar="1"> b');
    expect(wikitext('<b>bold')).toBe('**bold**');
  });

  it('leaves */ for the doc-comment writer and escapes backticks in text', () => {
    expect(wikitext('a */ and `x`')).toBe('a \\*/ and \\`x\\`');
    // At the start of a line, `*` is a wikitext bullet.
    expect(wikitext('*/ x')).toBe('- / x');
    expect(wikitext('<code>a`b</code>')).toBe('``a`b``');
  });

  it('treats raw and none as plain text', () => {
    expect(helpToMarkdown('a <b>c</b>\n\nd', { helpformat: 'none' })).toBe('a &lt;b>c&lt;/b>\n\nd');
    expect(helpToMarkdown('', { helpformat: 'raw' })).toBe('');
  });
});

describe('script URLs shown as text', () => {
  it('keeps a javascript: link in plain-text help readable without a sanitizer-tripping href="javascript:"', () => {
    const markdown = helpToMarkdown('See <a href="javascript:alert(1)">this</a>.', { helpformat: 'none', wikiUrl: () => undefined });
    expect(markdown).toContain('javascript&#58;alert(1)');
    expect(markdown).not.toMatch(/(?:\]\(\s*|\b(?:href|src)\s*=\s*["']?\s*)javascript:/i);
  });
});
