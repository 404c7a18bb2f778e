import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** Out-of-range values are now refused instead of clamped. */
export const enforcerangeAdded = defineRule({
  id: 'enforcerange-added',
  severity: 'warning',
  area: 'parameter',
  kind: 'range',
  description: 'An integer parameter now enforces its range (enforcerange): out-of-range values are refused instead of clamped.',
  why: 'Callers that relied on clamping (for example a limit above max) now get an "outofrange" error.',
  example: 'Parameter exchars of prop=extracts (query+extracts) now refuses out-of-range values instead of clamping them.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (p.base.enforcerange === true || p.head.enforcerange !== true) continue;
      report(headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} now refuses out-of-range values instead of clamping them.`, { before: false, after: true, location: { snapshot: 'head', pointer: `${p.headPointer}/enforcerange` } }));
    }
  },
});
