import { countSnapshot } from '@wikispec/snapshot';
import type { WikiBuildResult } from './pipeline.js';

function errorLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? '';
}

/** Pads cells into an aligned plain-text table. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0))).join('  ').trimEnd()).join('\n');
}

/** The summary table printed after a build: one row per wiki with its outcome, then totals. */
export function formatBuildSummary(results: readonly WikiBuildResult[], written: ReadonlyMap<string, number> = new Map()): string {
  const rows: string[][] = [['wiki', 'status', 'MediaWiki', 'modules', 'parameters', 'API changes', 'files written']];
  for (const result of results) {
    if (!result.ok) {
      rows.push([result.name, 'FAILED', '-', '-', '-', '-', `${result.step}: ${errorLine(result.error)}`]);
      continue;
    }
    const counts = countSnapshot(result.snapshot);
    const changes = result.changes === undefined ? (result.changelogEntryAdded ? 'first snapshot' : 'none') : `${result.changes.changes} (${result.changes.breaking} breaking)`;
    rows.push([result.name, 'ok', result.snapshot.wiki.mediawikiVersion ?? '?', String(counts.modules), String(counts.parameters), changes, String(written.get(result.name) ?? 0)]);
  }
  const failed = results.filter((result) => !result.ok).length;
  return `${formatTable(rows)}\n\n${results.length - failed} of ${results.length} wikis built${failed > 0 ? `, ${failed} failed` : ''}.\n`;
}
