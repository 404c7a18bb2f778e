import type { Snapshot } from '@wikispec/snapshot';
import { diffSnapshots } from './compare/modules.js';
import { isExpired, matchesFinding } from './ignore.js';
import { rules as allRules } from './rules/index.js';
import { SEVERITIES, type Finding, type IgnoreEntry, type IgnoreNotice, type Report, type Rule, type RuleContext, type Severity, type SeverityCounts, type Verdict } from './types.js';

/** Options of checkSnapshots. */
export interface CheckOptions {
  /** Rules to run; every registered rule by default. */
  rules?: readonly Rule[];
  /** Also report help text changes (info). */
  includeDocs?: boolean;
  /** The clock, for ignore-file expiry dates. */
  now: Date;
  /** Accepted changes (see parseIgnoreFile). */
  ignore?: readonly IgnoreEntry[];
  /** Names for snapshots that do not say their MediaWiki version (file names, say); default "the base/head snapshot". */
  labels?: { base?: string; head?: string };
}

function compare(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The one total order of findings: severity (worst first), module path, parameter, rule id, message, pointer. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    compare(a.module, b.module) ||
    compare(a.parameter, b.parameter) ||
    compare(a.rule, b.rule) ||
    compare(a.message, b.message) ||
    compare(a.location.pointer, b.location.pointer)
  );
}

function label(snapshot: Snapshot, fallback: string): string {
  return snapshot.wiki.mediawikiVersion === undefined ? fallback : `MediaWiki ${snapshot.wiki.mediawikiVersion}`;
}

function wikiName(snapshot: Snapshot): string | undefined {
  return snapshot.wiki.wikiid ?? snapshot.wiki.sitename ?? snapshot.wiki.server;
}

function emptyCounts(): SeverityCounts {
  return { breaking: 0, warning: 0, info: 0 };
}

/** Semver verdict: breaking -> major; warnings or additions -> minor; anything else (or nothing) -> patch. */
export function verdictFor(findings: readonly Finding[], rulesById: ReadonlyMap<string, Rule>): Verdict {
  const code = findings.filter((finding) => finding.origin === 'code');
  if (code.some((finding) => finding.severity === 'breaking')) return 'major';
  if (code.some((finding) => finding.severity === 'warning' || rulesById.get(finding.rule)?.kind === 'addition')) return 'minor';
  return 'patch';
}

/** Runs the rules over two snapshots and returns the findings in one total order, with a summary and a verdict. */
export function checkSnapshots(base: Snapshot, head: Snapshot, options: CheckOptions): Report {
  const rules = options.rules ?? allRules;
  const diff = diffSnapshots(base, head);
  const context: RuleContext = {
    now: options.now,
    baseLabel: label(base, options.labels?.base ?? 'the base snapshot'),
    headLabel: label(head, options.labels?.head ?? 'the head snapshot'),
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.docsOnly === true && options.includeDocs !== true) continue;
    rule.check(
      diff,
      (draft) => {
        const { configurationSource, ...rest } = draft;
        const configuration = diff.differentWikis && configurationSource !== undefined;
        findings.push({
          rule: rule.id,
          severity: rule.severity,
          ...rest,
          origin: configuration ? 'configuration' : 'code',
          ...(configuration ? { configurationSource } : {}),
        });
      },
      context,
    );
  }
  findings.sort(compareFindings);

  const ignoreNotices: IgnoreNotice[] = [];
  const active: IgnoreEntry[] = [];
  for (const entry of options.ignore ?? []) {
    if (isExpired(entry, options.now)) ignoreNotices.push({ entry, state: 'expired' });
    else active.push(entry);
  }
  const used = new Set<IgnoreEntry>();
  const kept: Finding[] = [];
  const ignored: Report['ignored'] = [];
  for (const finding of findings) {
    const entry = active.find((candidate) => matchesFinding(candidate, finding));
    if (entry === undefined) kept.push(finding);
    else {
      used.add(entry);
      ignored.push({ finding, reason: entry.reason });
    }
  }
  for (const entry of active) if (!used.has(entry)) ignoreNotices.push({ entry, state: 'unused' });

  const counts = emptyCounts();
  const configuration = emptyCounts();
  for (const finding of kept) (finding.origin === 'code' ? counts : configuration)[finding.severity] += 1;
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const baseWiki = wikiName(base);
  const headWiki = wikiName(head);
  return {
    base: { label: context.baseLabel, ...(baseWiki === undefined ? {} : { wiki: baseWiki }) },
    head: { label: context.headLabel, ...(headWiki === undefined ? {} : { wiki: headWiki }) },
    differentWikis: diff.differentWikis,
    findings: kept,
    ignored,
    ignoreNotices,
    summary: { verdict: verdictFor(kept, rulesById), counts, configuration, ignored: ignored.length },
  };
}

/** Whether a report has code findings at or above a severity (`never` never fails). */
export function failsAt(report: Report, level: Severity | 'never'): boolean {
  if (level === 'never') return false;
  const rank = SEVERITIES.indexOf(level);
  return report.findings.some((finding) => finding.origin === 'code' && SEVERITIES.indexOf(finding.severity) <= rank);
}
