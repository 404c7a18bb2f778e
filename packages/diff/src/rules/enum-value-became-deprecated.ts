import { defineRule } from '../define-rule.js';
import { commonParameters, moduleRef, submoduleFlagReported, valuePointer, valueRulesApply, valueSource } from '../rule-helpers.js';

/** An enum value is now deprecated. */
export const enumValueBecameDeprecated = defineRule({
  id: 'enum-value-became-deprecated',
  severity: 'warning',
  area: 'value',
  kind: 'deprecation',
  description: 'An existing enum value is now listed in deprecatedvalues (for a value that selects a module which itself became deprecated, module-became-deprecated reports it).',
  why: 'The value still works but returns a deprecation warning and will be removed in a later version.',
  example: 'Value "bc" of parameter errorformat of the main module is now deprecated; plan to stop sending it.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (p.values === undefined || !valueRulesApply(p)) continue;
      for (const value of p.values.becameDeprecated) {
        if (submoduleFlagReported(diff, p.head, value, 'deprecated')) continue;
        report({
          module: p.modulePath,
          parameter: p.headWireName,
          value,
          message: `Value ${JSON.stringify(value)} of parameter ${p.headWireName} of ${moduleRef(p.headModule)} is now deprecated; plan to stop sending it.`,
          location: { snapshot: 'head', pointer: valuePointer(p.headPointer, p.values.headIndex.get(value)) },
          ...valueSource(p),
        });
      }
    }
  },
});
