import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';
import { typeName, typeRelation } from '../type-relation.js';

/** A parameter accepts fewer values than before. */
export const typeNarrowed = defineRule({
  id: 'type-narrowed',
  severity: 'breaking',
  area: 'parameter',
  kind: 'type',
  description: 'A parameter type now accepts fewer values: free string -> enum, string -> integer, float -> integer, or a `user` parameter that accepts fewer subtypes.',
  why: 'Values that used to be accepted are now refused with a "badvalue"/"badinteger" error.',
  example: 'Parameter bluser of action=block changed type from string to user; values that are not user names are now refused.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      const relation = typeRelation(p.base, p.head);
      if (relation.subtypesRemoved.length > 0) {
        report(
          headParameterFinding(p, `User parameter ${p.headWireName} of ${moduleRef(p.headModule)} no longer accepts ${relation.subtypesRemoved.join(', ')} user names.`, {
            before: p.base.subtypes,
            after: p.head.subtypes,
            location: { snapshot: 'head', pointer: `${p.headPointer}/subtypes` },
          }),
        );
      } else if (relation.relation === 'narrowed') {
        report(
          headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} changed type from ${typeName(p.base)} to ${typeName(p.head)}; values outside the new type are now refused.`, {
            before: p.base.type,
            after: p.head.type,
            location: { snapshot: 'head', pointer: `${p.headPointer}/type` },
          }),
        );
      }
    }
  },
});
