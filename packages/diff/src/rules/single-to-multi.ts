import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** A single-value parameter now takes several values. */
export const singleToMulti = defineRule({
  id: 'single-to-multi',
  severity: 'warning',
  area: 'parameter',
  kind: 'multiplicity',
  description: 'A single-value parameter now accepts several values joined with "|".',
  why: 'Values that contain "|" are now split into several values, which changes their meaning.',
  example: 'Parameter title of action=parse now takes several values; a value containing "|" is now split.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (p.base.multi || !p.head.multi) continue;
      report(
        headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} now takes several values; a value containing "|" is now split.`, {
          before: false,
          after: true,
          location: { snapshot: 'head', pointer: `${p.headPointer}/multi` },
        }),
      );
    }
  },
});
