import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** An optional parameter is now required. */
export const parameterBecameRequired = defineRule({
  id: 'parameter-became-required',
  severity: 'breaking',
  area: 'parameter',
  kind: 'requiredness',
  description: 'An optional parameter is now required.',
  why: 'Existing calls that omit the parameter now fail with a "missingparam" error.',
  example: 'Parameter bluser of action=block is now required; calls without it fail with "missingparam".',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (p.base.required || !p.head.required) continue;
      report(
        headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} is now required; calls without it fail with "missingparam".`, {
          before: false,
          after: true,
          location: { snapshot: 'head', pointer: `${p.headPointer}/required` },
        }),
      );
    }
  },
});
