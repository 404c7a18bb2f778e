import { SEVERITIES, type Finding, type Report, type Severity } from '../types.js';

/** Options every formatter accepts. */
export interface FormatOptions {
  /** ANSI colours (text format only). */
  color?: boolean;
  /** Which severities count as failures (junit failures, github error level); `breaking` by default. */
  failOn?: Severity | 'never';
  /** File names of the two snapshots, for formats that point at files (sarif, github). */
  artifacts?: { base?: string; head?: string };
}

/** Findings grouped as reports show them: code changes first, configuration differences apart. */
export function splitByOrigin(report: Report): { code: Finding[]; configuration: Finding[] } {
  return {
    code: report.findings.filter((finding) => finding.origin === 'code'),
    configuration: report.findings.filter((finding) => finding.origin === 'configuration'),
  };
}

/** Whether a finding counts as a failure at a --fail-on level. */
export function isFailure(finding: Finding, failOn: Severity | 'never' = 'breaking'): boolean {
  return finding.origin === 'code' && failOn !== 'never' && SEVERITIES.indexOf(finding.severity) <= SEVERITIES.indexOf(failOn);
}

/** "MediaWiki 1.39.17 (wiki) -> MediaWiki 1.46.0 (wiki)" */
export function titleOf(report: Report): string {
  const side = (s: Report['base']): string => (s.wiki === undefined ? s.label : `${s.label} (${s.wiki})`);
  return `${side(report.base)} -> ${side(report.head)}`;
}

/** "2 breaking, 1 warning, 5 info" */
export function countsLine(counts: Record<Severity, number>): string {
  return SEVERITIES.map((severity) => `${counts[severity]} ${severity}`).join(', ');
}

/** A finding in the documented JSON shape, with a fixed key order. */
export function findingJson(finding: Finding): Record<string, unknown> {
  return {
    rule: finding.rule,
    severity: finding.severity,
    module: finding.module,
    parameter: finding.parameter ?? null,
    value: finding.value,
    message: finding.message,
    before: finding.before ?? null,
    after: finding.after ?? null,
    location: finding.location,
    origin: finding.origin,
    configurationSource: finding.configurationSource,
    deprecationEnded: finding.deprecationEnded,
  };
}
