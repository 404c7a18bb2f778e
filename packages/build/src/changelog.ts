import { countSnapshot, type Snapshot } from '@wikispec/snapshot';
import type { ChangeReport } from './stages.js';
import { sha256 } from './hash.js';

/** One `## …` entry of a CHANGELOG.md. */
export interface ChangelogEntry {
  heading: string;
  body: string;
}

/** The first line of every changelog this package writes; entries follow, newest first. */
function changelogPreamble(wikiName: string): string {
  return (
    `# API changelog: ${wikiName}\n\n` +
    'Changes of this wiki\'s Action API, newest first. Each entry compares a snapshot with the one committed before it ' +
    '(written by `wikispec build`; do not edit).\n'
  );
}

/** The heading of an entry: the MediaWiki version and a short content id of the new snapshot. */
export function entryHeading(snapshot: Snapshot, serialized: string): string {
  const version = snapshot.wiki.mediawikiVersion ?? snapshot.wiki.generator ?? 'unknown version';
  return `MediaWiki ${version} (snapshot ${sha256(serialized).slice(0, 12)})`;
}

/** Splits a CHANGELOG.md into its entries (newest first), ignoring the preamble. */
export function parseChangelog(text: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let current: { heading: string; lines: string[] } | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      if (current !== undefined) entries.push({ heading: current.heading, body: current.lines.join('\n').trim() });
      current = { heading: line.slice(3).trim(), lines: [] };
    } else if (current !== undefined) {
      current.lines.push(line);
    }
  }
  if (current !== undefined) entries.push({ heading: current.heading, body: current.lines.join('\n').trim() });
  return entries;
}

/** Demotes markdown headings by `levels` so a report fits under an entry's `##` heading. */
function demoteHeadings(markdown: string, levels: number): string {
  return markdown.replace(/^(#{1,6}) /gm, (_match, hashes: string) => `${'#'.repeat(Math.min(6, hashes.length + levels))} `);
}

/**
 * Returns the new CHANGELOG.md text: the previous one with an entry for `head` added on top when the API changed
 * (or the first entry when there is no previous snapshot), or the previous text unchanged (byte for byte).
 */
export function updateChangelog(options: {
  wikiName: string;
  previousText: string | undefined;
  previous: Snapshot | undefined;
  head: Snapshot;
  headSerialized: string;
  report: ChangeReport | undefined;
}): { text: string; added: boolean } {
  const { wikiName, previousText, previous, head, headSerialized, report } = options;
  const entries = previousText === undefined ? [] : parseChangelog(previousText);
  const heading = entryHeading(head, headSerialized);
  let body: string | undefined;
  if (previous !== undefined && report !== undefined && report.changes > 0) {
    body = demoteHeadings(report.markdown.trim(), 2);
  } else if (previous === undefined || previousText === undefined) {
    // No earlier snapshot, or a snapshot committed without a changelog (e.g. fetched by `wikispec fetch`): the
    // history starts here.
    const counts = countSnapshot(head);
    body = `First snapshot: ${counts.modules} modules, ${counts.parameters} parameters, ${head.wiki.extensions.length} extensions.`;
  }
  const added = body !== undefined && entries[0]?.heading !== heading;
  if (!added && previousText !== undefined) return { text: previousText, added: false };
  const all = added ? [{ heading, body: body ?? '' }, ...entries] : entries;
  const text = `${changelogPreamble(wikiName)}${all.map((entry) => `\n## ${entry.heading}\n\n${entry.body}\n`).join('')}`;
  return { text, added };
}
