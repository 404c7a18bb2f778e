import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, loweredUpperLimits, moduleRef } from '../rule-helpers.js';

/** A string parameter accepts shorter values than before. */
export const maxLengthLowered = defineRule({
  id: 'max-length-lowered',
  severity: 'breaking',
  area: 'parameter',
  kind: 'range',
  description: 'The length limit of a string parameter (maxbytes or maxchars) was lowered, or a limit was added.',
  why: 'Longer values are now refused with a "toolong" error.',
  example: 'Parameter reason of action=block accepts shorter values: maxchars 1000 -> 500; longer values are refused.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      const lowered = loweredUpperLimits(p, ['maxbytes', 'maxchars'] as const);
      if (lowered === undefined) continue;
      const { detail, ...values } = lowered;
      report(headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} accepts shorter values: ${detail}; longer values are refused.`, values));
    }
  },
});
