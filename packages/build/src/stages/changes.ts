import { checkSnapshots, formatReport } from '@wikispec/diff';
import type { ChangesStage } from '../stages.js';

/**
 * The real changes stage: @wikispec/diff's findings and markdown report. `now` is fixed (the epoch) because a
 * changelog must not depend on the clock; ignore-file expiry does not apply to builds.
 */
export const changesStage: ChangesStage = async (base, head) => {
  const report = checkSnapshots(base, head, { now: new Date(0) });
  // Code findings only: configuration differences (two different wikis) are not API changes of one wiki.
  const counts = report.summary.counts;
  return {
    changes: counts.breaking + counts.warning + counts.info,
    breaking: counts.breaking,
    markdown: formatReport(report, 'markdown'),
  };
};
