import { defineRule } from '../define-rule.js';
import { commonParameters, isSubmoduleValue, moduleRef, valuePointer, valueRulesApply, valueSource } from '../rule-helpers.js';

/** An internal enum value was removed. */
export const internalEnumValueRemoved = defineRule({
  id: 'internal-enum-value-removed',
  severity: 'info',
  area: 'value',
  kind: 'removal',
  description: 'An enum value that the base listed in internalvalues was removed.',
  why: 'Internal values are not meant for outside callers and may go without notice; only tools that used one anyway notice.',
  example: 'Internal value "raw" of parameter errorformat of the main module was removed.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (p.values === undefined || !valueRulesApply(p)) continue;
      const internal = new Set(p.base.internalvalues ?? []);
      for (const value of p.values.removed) {
        if (!internal.has(value) || isSubmoduleValue(p.base, value, diff.basePaths)) continue;
        report({
          module: p.modulePath,
          parameter: p.headWireName,
          value,
          before: value,
          message: `Internal value ${JSON.stringify(value)} of parameter ${p.headWireName} of ${moduleRef(p.headModule)} was removed.`,
          location: { snapshot: 'base', pointer: valuePointer(p.basePointer, p.values.baseIndex.get(value)) },
          ...valueSource(p),
        });
      }
    }
  },
});
