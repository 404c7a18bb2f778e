import type { Report } from '../types.js';
import { findingJson } from './shared.js';

/** The JSON report format tag; bumped only on incompatible changes. */
export const DIFF_JSON_FORMAT = 'wikispec-diff/1';

/** JSON: `{ format, base, head, differentWikis, summary, findings, ignored, ignoreNotices }` (docs/diff.md). */
export function formatJson(report: Report): string {
  const document = {
    format: DIFF_JSON_FORMAT,
    base: report.base,
    head: report.head,
    differentWikis: report.differentWikis,
    summary: report.summary,
    findings: report.findings.map(findingJson),
    ignored: report.ignored.map(({ finding, reason }) => ({ ...findingJson(finding), reason })),
    ignoreNotices: report.ignoreNotices,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
