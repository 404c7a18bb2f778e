import { checkSnapshots, formatReport } from '@wikispec/diff';
import type { ChangesStage } from '../stages.js';

/**
 * The real changes stage: @wikispec/diff's findings and markdown report. `now` is fixed (the epoch) because a
 * changelog must not depend on the clock; ignore-file expiry does not apply to builds.
 */
export const changesStage: ChangesStage = async (base, head) => {
  const report = checkSnapshots(base, head, { now: new Date(0) });
  return {
    changes: report.findings.length,
    breaking: report.findings.filter((finding) => finding.severity === 'breaking').length,
    markdown: formatReport(report, 'markdown'),
  };
};
