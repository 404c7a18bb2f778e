import { defineRule } from '../define-rule.js';
import { commonParameters, isSubmoduleValue, moduleRef, valuePointer, valueRulesApply, valueSource } from '../rule-helpers.js';

/** A value that was neither deprecated nor internal was removed from an enum parameter (single or multi-value). */
export const enumValueRemoved = defineRule({
  id: 'enum-value-removed',
  severity: 'breaking',
  area: 'value',
  kind: 'removal',
  description: 'A value was removed from an enum parameter, single-value or multi-value (values that select submodules are left to the module rules; internal values are internal-enum-value-removed).',
  why: 'Requests that send the value now fail with an "unrecognized value" error (multi-value parameters drop it with a warning).',
  example: 'Value "php" of parameter format of the main module was removed; requests sending it fail.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (p.values === undefined || !valueRulesApply(p)) continue;
      const deprecated = new Set(p.base.deprecatedvalues ?? []);
      const internal = new Set(p.base.internalvalues ?? []);
      for (const value of p.values.removed) {
        if (deprecated.has(value) || internal.has(value) || isSubmoduleValue(p.base, value, diff.basePaths)) continue;
        const kind = p.base.multi ? 'multi-value parameter' : 'parameter';
        const effect = p.base.multi ? 'requests sending it get an "unrecognized value" warning and lose it' : 'requests sending it fail with an "unrecognized value" error';
        report({
          module: p.modulePath,
          parameter: p.headWireName,
          value,
          before: value,
          message: `Value ${JSON.stringify(value)} of ${kind} ${p.headWireName} of ${moduleRef(p.headModule)} was removed; ${effect}.`,
          location: { snapshot: 'base', pointer: valuePointer(p.basePointer, p.values.baseIndex.get(value)) },
          ...valueSource(p),
        });
      }
    }
  },
});
