import { multiValueLimits } from '@wikispec/snapshot';
import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** A multi-value parameter accepts fewer values per request. */
export const multiValueLimitLowered = defineRule({
  id: 'multi-value-limit-lowered',
  severity: 'breaking',
  area: 'parameter',
  kind: 'limit',
  description: 'A multi-value parameter accepts fewer values per request (lowlimit for normal users or highlimit for apihighlimits users lowered).',
  why: 'Requests that pass as many values as before now fail with a "toomanyvalues" error.',
  example: 'Multi-value parameter titles of action=query accepts fewer values: lowlimit 50 -> 20.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      const before = multiValueLimits(p.base);
      const after = multiValueLimits(p.head);
      if (before === undefined || after === undefined) continue;
      const lowered = (['lowlimit', 'highlimit'] as const).filter((key) => after[key] < before[key]);
      if (lowered.length === 0) continue;
      const detail = lowered.map((key) => `${key} ${before[key]} -> ${after[key]}`).join(', ');
      report(
        headParameterFinding(p, `Multi-value parameter ${p.headWireName} of ${moduleRef(p.headModule)} accepts fewer values: ${detail}.`, {
          before,
          after,
          location: { snapshot: 'head', pointer: `${p.headPointer}/${lowered[0]}` },
        }),
      );
    }
  },
});
