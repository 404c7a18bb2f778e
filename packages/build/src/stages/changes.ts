import type { Snapshot } from '@wikispec/snapshot';
import type { ChangesStage } from '../stages.js';

interface DiffModule {
  checkSnapshots(base: Snapshot, head: Snapshot, options: { now: Date }): { findings: Array<{ severity: string }> };
  formatReport(report: unknown, format: 'markdown'): string;
}

const specifier = '@wikispec/diff';
let loaded: Promise<DiffModule> | undefined;

/**
 * The real changes stage: @wikispec/diff's findings and markdown report. `now` is fixed (the epoch) because the
 * changelog must not depend on the clock; ignore-file expiry does not apply to builds.
 */
export const changesStage: ChangesStage = async (base, head) => {
  loaded ??= import(specifier) as Promise<DiffModule>;
  const diff = await loaded;
  const report = diff.checkSnapshots(base, head, { now: new Date(0) });
  return {
    changes: report.findings.length,
    breaking: report.findings.filter((finding) => finding.severity === 'breaking').length,
    markdown: diff.formatReport(report, 'markdown'),
  };
};
