import { defineRule } from '../define-rule.js';
import { commonParameters, isSubmoduleValue, moduleRef, valuePointer, valueRulesApply, valueSource } from '../rule-helpers.js';

/** A deprecated enum value was removed: the end of its deprecation. */
export const deprecatedEnumValueRemoved = defineRule({
  id: 'deprecated-enum-value-removed',
  severity: 'warning',
  area: 'value',
  kind: 'deprecation-ended',
  description: 'An enum value that the base already listed in deprecatedvalues was removed (the expected end of a deprecation).',
  why: 'Callers were warned; any that still send the value now get an error.',
  example: 'Value "raw" of parameter errorformat of the main module was removed; it was already deprecated in MediaWiki 1.39.17, so this is the expected end of its deprecation.',
  check(diff, report, context) {
    for (const p of commonParameters(diff)) {
      if (p.values === undefined || !valueRulesApply(p)) continue;
      const deprecated = new Set(p.base.deprecatedvalues ?? []);
      for (const value of p.values.removed) {
        if (!deprecated.has(value) || isSubmoduleValue(p.base, value, diff.basePaths)) continue;
        report({
          module: p.modulePath,
          parameter: p.headWireName,
          value,
          before: value,
          message: `Value ${JSON.stringify(value)} of parameter ${p.headWireName} of ${moduleRef(p.headModule)} was removed; it was already deprecated in ${context.baseLabel}, so this is the expected end of its deprecation.`,
          location: { snapshot: 'base', pointer: valuePointer(p.basePointer, p.values.baseIndex.get(value)) },
          deprecationEnded: { since: context.baseLabel },
          ...valueSource(p),
        });
      }
    }
  },
});
