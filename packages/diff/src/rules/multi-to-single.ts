import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** A multi-value parameter now takes one value. */
export const multiToSingle = defineRule({
  id: 'multi-to-single',
  severity: 'breaking',
  area: 'parameter',
  kind: 'multiplicity',
  description: 'A multi-value parameter (values joined with "|") now accepts a single value.',
  why: 'Callers that send several values joined with "|" now get an error or a different meaning.',
  example: 'Parameter rvprop of prop=revisions (query+revisions) now takes a single value; "|"-joined lists are refused.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (!p.base.multi || p.head.multi) continue;
      report(
        headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} now takes a single value; "|"-joined lists are refused.`, {
          before: true,
          after: false,
          location: { snapshot: 'head', pointer: `${p.headPointer}/multi` },
        }),
      );
    }
  },
});
