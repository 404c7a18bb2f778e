import { defineRule } from '../define-rule.js';
import { commonParameters, isSubmoduleValue, moduleRef, valuePointer, valueRulesApply, valueSource } from '../rule-helpers.js';

/** An enum parameter accepts a new value. */
export const enumValueAdded = defineRule({
  id: 'enum-value-added',
  severity: 'info',
  area: 'value',
  kind: 'addition',
  description: 'An enum parameter accepts a new value (values that select new submodules are reported as module additions).',
  why: 'New functionality; callers that switch over the values (or over responses keyed by them) may want to handle it.',
  example: 'Parameter model of action=changecontentmodel accepts a new value "vue".',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (p.values === undefined || !valueRulesApply(p)) continue;
      for (const value of p.values.added) {
        if (isSubmoduleValue(p.head, value, diff.headPaths)) continue;
        report({
          module: p.modulePath,
          parameter: p.headWireName,
          value,
          after: value,
          message: `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} accepts a new value ${JSON.stringify(value)}.`,
          location: { snapshot: 'head', pointer: valuePointer(p.headPointer, p.values.headIndex.get(value)) },
          ...valueSource(p),
        });
      }
    }
  },
});
