import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';
import { typeName, typeRelation } from '../type-relation.js';

/** A parameter accepts more values than before. */
export const typeWidened = defineRule({
  id: 'type-widened',
  severity: 'info',
  area: 'parameter',
  kind: 'type',
  description: 'A parameter type now accepts more values: enum -> free string, integer -> float, or a `user` parameter that accepts more subtypes.',
  why: 'Existing calls keep working; generated clients with closed value types should be regenerated.',
  example: 'User parameter user of action=block now also accepts temp user names.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      const relation = typeRelation(p.base, p.head);
      if (relation.subtypesAdded.length > 0) {
        report(
          headParameterFinding(p, `User parameter ${p.headWireName} of ${moduleRef(p.headModule)} now also accepts ${relation.subtypesAdded.join(', ')} user names.`, {
            before: p.base.subtypes,
            after: p.head.subtypes,
            location: { snapshot: 'head', pointer: `${p.headPointer}/subtypes` },
          }),
        );
      } else if (relation.relation === 'widened' && relation.subtypesRemoved.length === 0) {
        report(
          headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} changed type from ${typeName(p.base)} to ${typeName(p.head)}, which accepts more values.`, {
            before: p.base.type,
            after: p.head.type,
            location: { snapshot: 'head', pointer: `${p.headPointer}/type` },
          }),
        );
      }
    }
  },
});
