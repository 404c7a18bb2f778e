export { helpToMarkdown, type HelpFormat, type HelpToMarkdownOptions } from './markdown.js';
export { safeUrl, wikitextToHtml, type WikiUrlResolver } from './wikitext.js';
export { helpToMarkdownMemo, type HelpMarkdownMemo } from './memo.js';
