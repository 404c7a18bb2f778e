import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';
import { typeName, typeRelation } from '../type-relation.js';

/** A parameter's type changed to one that neither includes nor is included in the old one. */
export const typeChanged = defineRule({
  id: 'type-changed',
  severity: 'breaking',
  area: 'parameter',
  kind: 'type',
  description: 'A parameter type changed incompatibly (for example integer -> boolean, or enum -> namespace).',
  why: 'Values callers send for the old type are refused or mean something else.',
  example: 'Parameter redirects of action=query changed type from integer to boolean; callers must send values of the new type.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (typeRelation(p.base, p.head).relation !== 'changed') continue;
      report(
        headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} changed type from ${typeName(p.base)} to ${typeName(p.head)}; callers must send values of the new type.`, {
          before: p.base.type,
          after: p.head.type,
          location: { snapshot: 'head', pointer: `${p.headPointer}/type` },
        }),
      );
    }
  },
});
