import type { Finding, Report } from '../types.js';
import { isFailure, titleOf, type FormatOptions } from './shared.js';

/** Escapes a workflow-command message (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow-command property value (also `:` and `,`). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(finding: Finding, options: FormatOptions): string {
  const level = isFailure(finding, options.failOn) ? 'error' : finding.severity === 'info' ? 'notice' : 'warning';
  const where = [finding.module, finding.parameter].filter(Boolean).join(' ');
  const properties = [`title=${escapeProperty(`${finding.rule}: ${where}`)}`];
  const file = finding.location.snapshot === 'base' ? options.artifacts?.base : options.artifacts?.head;
  if (file !== undefined) properties.unshift(`file=${escapeProperty(file)}`);
  return `::${level} ${properties.join(',')}::${escapeData(finding.message)}\n`;
}

/** GitHub Actions workflow commands: one annotation per finding (error at --fail-on, else warning or notice). */
export function formatGithub(report: Report, options: FormatOptions = {}): string {
  const lines = report.findings.map((finding) => command(finding, options));
  lines.push(`::notice title=${escapeProperty('wikispec diff')}::${escapeData(`${titleOf(report)}: verdict ${report.summary.verdict}`)}\n`);
  return lines.join('');
}
