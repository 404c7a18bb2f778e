import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** A numeric parameter's minimum went up (or a minimum appeared). */
export const minRaised = defineRule({
  id: 'min-raised',
  severity: 'warning',
  area: 'parameter',
  kind: 'range',
  description: 'The minimum of an integer or limit parameter was raised, or a minimum was added.',
  why: 'MediaWiki clamps smaller values to the minimum with a warning (or refuses them when enforcerange is set), so callers get a different result.',
  example: 'Parameter maxage of the main module has a higher minimum: (none) -> 0; smaller values are clamped or refused.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      const before = p.base.min;
      const after = p.head.min;
      if (after === undefined || (before !== undefined && after <= before)) continue;
      report(
        headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} has a higher minimum: ${before ?? '(none)'} -> ${after}; smaller values are clamped or refused.`, {
          before,
          after,
          location: { snapshot: 'head', pointer: `${p.headPointer}/min` },
        }),
      );
    }
  },
});
