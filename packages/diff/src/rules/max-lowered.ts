import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, loweredUpperLimits, moduleRef } from '../rule-helpers.js';

/** A numeric parameter's maximum (max or highmax) went down, or a maximum appeared. */
export const maxLowered = defineRule({
  id: 'max-lowered',
  severity: 'warning',
  area: 'parameter',
  kind: 'range',
  description: 'The maximum of an integer or limit parameter (max for normal users, highmax for apihighlimits users) was lowered, or a maximum was added.',
  why: 'MediaWiki clamps larger values to the maximum with a warning (or refuses them when enforcerange is set): callers get fewer results than they asked for.',
  example: 'Parameter aplimit of list=allpages (query+allpages) has a lower maximum: max 500 -> 100.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      const lowered = loweredUpperLimits(p, ['max', 'highmax'] as const);
      if (lowered === undefined) continue;
      const { detail, ...values } = lowered;
      report(headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} has a lower maximum: ${detail}.`, values));
    }
  },
});
