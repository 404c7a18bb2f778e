import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** A required parameter is now optional. */
export const parameterBecameOptional = defineRule({
  id: 'parameter-became-optional',
  severity: 'info',
  area: 'parameter',
  kind: 'requiredness',
  description: 'A required parameter is now optional.',
  why: 'Existing calls keep working; generated clients may make the parameter optional.',
  example: 'Parameter bluser of action=block is now optional.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (!p.base.required || p.head.required) continue;
      report(headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} is now optional.`, { before: true, after: false, location: { snapshot: 'head', pointer: `${p.headPointer}/required` } }));
    }
  },
});
