import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** A parameter is now deprecated. */
export const parameterBecameDeprecated = defineRule({
  id: 'parameter-became-deprecated',
  severity: 'warning',
  area: 'parameter',
  kind: 'deprecation',
  description: 'A parameter is now marked deprecated.',
  why: 'It still works but returns a deprecation warning and will be removed in a later version.',
  example: 'Parameter rvdiffto of prop=revisions (query+revisions) is now deprecated; plan to stop sending it.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (p.base.deprecated === true || p.head.deprecated !== true) continue;
      report(
        headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} is now deprecated; plan to stop sending it.`, {
          before: false,
          after: true,
          location: { snapshot: 'head', pointer: `${p.headPointer}/deprecated` },
        }),
      );
    }
  },
});
