/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A complete HTML page with the shared stylesheet; `root` is the relative path to the site root (`.` or `..`). */
export function page(options: { title: string; root: string; body: string; head?: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="wikispec">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${options.root}/assets/site.css">
${options.head ?? ''}</head>
<body>
${options.body}
</body>
</html>
`;
}

function unescapeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function inline(text: string): string {
  return escapeHtml(unescapeEntities(text))
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

/**
 * Renders the small markdown subset wikispec's own reports use (headings, lists, pipe tables, paragraphs, inline
 * code, bold). Everything is escaped first, so report text can never inject markup.
 */
export function renderMarkdown(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.split('\n');
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    const details = /^<details( open)?><summary>([^<]*)<\/summary>$/.exec(line.trim());
    if (details) {
      // The diff report folds each severity in <details>; rebuilt here from escaped text, never passed through.
      out.push(`<details${details[1] ?? ''}><summary>${escapeHtml(unescapeEntities(details[2] ?? ''))}</summary>`);
      index++;
    } else if (line.trim() === '</details>') {
      out.push('</details>');
      index++;
    } else if (heading) {
      const level = Math.min(6, (heading[1] ?? '#').length);
      out.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
      index++;
    } else if (/^\s*[-*] /.test(line)) {
      out.push('<ul>');
      while (index < lines.length && /^\s*[-*] /.test(lines[index] ?? '')) {
        out.push(`<li>${inline((lines[index] ?? '').replace(/^\s*[-*] /, ''))}</li>`);
        index++;
      }
      out.push('</ul>');
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      while (index < lines.length && (lines[index] ?? '').startsWith('|')) {
        const cells = (lines[index] ?? '')
          .trim()
          .replace(/^\|/, '')
          .replace(/(?<!\\)\|$/, '')
          .split(/(?<!\\)\|/)
          .map((cell) => cell.trim().replace(/\\([|\\])/g, '$1'));
        if (!cells.every((cell) => /^:?-+:?$/.test(cell))) rows.push(cells);
        index++;
      }
      const [head, ...body] = rows;
      out.push('<table>');
      if (head) out.push(`<thead><tr>${head.map((cell) => `<th>${inline(cell)}</th>`).join('')}</tr></thead>`);
      out.push(`<tbody>${body.map((row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`).join('\n')}</tbody>`);
      out.push('</table>');
    } else if (line.trim() === '') {
      index++;
    } else {
      const paragraph: string[] = [line];
      index++;
      while (index < lines.length && (lines[index] ?? '').trim() !== '' && !/^(#{1,6} |\s*[-*] |\||<details|<\/details>)/.test((lines[index] ?? '').trim())) {
        paragraph.push(lines[index] ?? '');
        index++;
      }
      out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}
