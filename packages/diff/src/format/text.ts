import type { Finding, Report, Severity } from '../types.js';
import { countsLine, splitByOrigin, titleOf, type FormatOptions } from './shared.js';

const COLORS: Record<Severity, string> = { breaking: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

function line(finding: Finding, color: boolean): string {
  const tag = finding.severity.toUpperCase().padEnd(8);
  const where = [finding.module, finding.parameter].filter(Boolean).join(' ');
  const head = color ? `${COLORS[finding.severity]}${tag}${RESET}` : tag;
  return `${head} ${where} [${finding.rule}]\n         ${finding.message}\n`;
}

/** Plain text for terminals; ANSI colours only when asked (the CLI asks on a TTY without NO_COLOR). */
export function formatText(report: Report, options: FormatOptions = {}): string {
  const color = options.color === true;
  const bold = (text: string): string => (color ? `${BOLD}${text}${RESET}` : text);
  const { code, configuration } = splitByOrigin(report);
  let out = `${bold(`wikispec diff: ${titleOf(report)}`)}\n`;
  out += `verdict: ${report.summary.verdict} (${countsLine(report.summary.counts)})\n`;
  if (code.length === 0) out += '\nNo changes found.\n';
  else out += `\n${code.map((finding) => line(finding, color)).join('')}`;
  if (configuration.length > 0) {
    out += `\n${bold('Configuration differences between the two wikis')} (not code changes; not counted in the verdict: ${countsLine(report.summary.configuration)})\n`;
    out += configuration.map((finding) => line(finding, color)).join('');
  }
  if (report.ignored.length > 0) out += `\n${report.ignored.length} finding(s) accepted by the ignore file.\n`;
  for (const notice of report.ignoreNotices) {
    const { entry } = notice;
    const what = [entry.rule, entry.module, entry.parameter].filter(Boolean).join(' ');
    out += notice.state === 'expired' ? `ignore entry expired on ${entry.expires}: ${what}\n` : `ignore entry matched nothing: ${what}\n`;
  }
  return out;
}
