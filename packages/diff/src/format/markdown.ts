import { SEVERITIES, type Finding, type Report } from '../types.js';
import { splitByOrigin, titleOf } from './shared.js';

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

function table(findings: readonly Finding[]): string {
  const rows = findings.map((f) => `| \`${cell(f.rule)}\` | \`${cell(f.module)}\` | ${f.parameter === undefined ? '' : `\`${cell(f.parameter)}\``} | ${cell(f.message)} |`);
  return ['| Rule | Module | Parameter | Change |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Markdown for pull-request comments: summary table first, then one collapsible section per severity. */
export function formatMarkdown(report: Report): string {
  const { code, configuration } = splitByOrigin(report);
  const parts: string[] = [];
  parts.push(`## wikispec diff: ${cell(titleOf(report))}`);
  const header = report.differentWikis ? '| Severity | Code changes | Configuration differences |\n| --- | ---: | ---: |' : '| Severity | Changes |\n| --- | ---: |';
  const rows = SEVERITIES.map((severity) =>
    report.differentWikis
      ? `| ${severity} | ${report.summary.counts[severity]} | ${report.summary.configuration[severity]} |`
      : `| ${severity} | ${report.summary.counts[severity]} |`,
  );
  parts.push([header, ...rows].join('\n'));
  parts.push(`**Verdict: ${report.summary.verdict}**${report.summary.ignored > 0 ? ` (${report.summary.ignored} accepted by the ignore file)` : ''}`);
  for (const severity of SEVERITIES) {
    const findings = code.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    parts.push(`<details${severity === 'breaking' ? ' open' : ''}><summary>${severity} (${findings.length})</summary>\n\n${table(findings)}\n\n</details>`);
  }
  if (configuration.length > 0) {
    parts.push(`<details><summary>Configuration differences between the two wikis (${configuration.length}, not code changes)</summary>\n\n${table(configuration)}\n\n</details>`);
  }
  if (code.length === 0 && configuration.length === 0) parts.push('No changes found.');
  return `${parts.join('\n\n')}\n`;
}
